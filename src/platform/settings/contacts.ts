// "New contact": whether the user has written to an address before. Only a salted SHA-256 hash of
// each address already written to is kept (crypto.subtle; the salt never leaves this profile), so
// the list cannot be read back as addresses.
import { storage } from '#imports';

interface Contacts {
  salt: string;
  hashes: string[];
}

export const contactsItem = storage.defineItem<Contacts>('local:contacts', { fallback: { salt: '', hashes: [] } });

/** At most this many hashes are kept (the oldest go first): about 0.7 MB. */
const LIMIT = 10_000;

export async function hashAddress(address: string, salt: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${address.toLowerCase()}`));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function load(): Promise<Contacts> {
  const c = await contactsItem.getValue();
  if (c.salt) return c;
  const salt = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const fresh = { salt, hashes: c.hashes ?? [] };
  await contactsItem.setValue(fresh);
  return fresh;
}

/** True when any of the addresses has never been written to. */
export async function hasNewContact(addresses: readonly string[]): Promise<boolean> {
  if (!addresses.length) return false;
  const { salt, hashes } = await load();
  const known = new Set(hashes);
  for (const a of addresses) if (!known.has(await hashAddress(a, salt))) return true;
  return false;
}

export async function rememberContacts(addresses: readonly string[]): Promise<void> {
  if (!addresses.length) return;
  const c = await load();
  const added = await Promise.all(addresses.map((a) => hashAddress(a, c.salt)));
  const hashes = [...new Set([...c.hashes, ...added])].slice(-LIMIT);
  await contactsItem.setValue({ salt: c.salt, hashes });
}
