// "Ignore" lasts for the email: the ignored findings of each email, kept in session storage (in
// memory while the browser runs, so a page reload keeps them and nothing reaches the disk).
import { storage } from '#imports';

type Ignored = Record<string, { keys: string[]; at: number }>;
export const ignoredItem = storage.defineItem<Ignored>('session:ignored', { fallback: {} });

/** Emails untouched this long are forgotten. */
const KEEP_MS = 7 * 24 * 3600 * 1000;

export async function ignoredIn(email: string): Promise<string[]> {
  return (await ignoredItem.getValue())[email]?.keys ?? [];
}

export async function rememberIgnored(email: string, key: string, now = Date.now()): Promise<void> {
  const all = await ignoredItem.getValue();
  const kept: Ignored = {};
  for (const [k, v] of Object.entries(all)) if (now - v.at < KEEP_MS) kept[k] = v;
  kept[email] = { keys: [...new Set([...(kept[email]?.keys ?? []), key])], at: now };
  await ignoredItem.setValue(kept);
}
