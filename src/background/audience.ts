// Who an email is for, worked out in the background worker: the recipients' addresses come in, an
// audience with domains (never addresses) goes out. The only trace kept of an address is a salted
// hash once an email to it has gone (settings/contacts.ts).
import { audienceOf, classify, domainOf, normalizeAddress, type Audience } from '../engine/audience';
import type { AudienceView, RecipientsInput } from '../platform/messages';
import { audienceRules, loadAudience, ownDomainsWith, packChoiceFor } from '../platform/settings/audience';
import { hasNewContact } from '../platform/settings/contacts';
import type { Managed } from '../platform/settings/effective';
import type { PackChoice } from '../platform/settings/schema';
import { customPackItem, loadSettings } from '../platform/settings/store';

export function cleanAddresses(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normalizeAddress).filter((a): a is string => !!a))];
}

export async function resolveAudience(input: RecipientsInput, managed: Managed): Promise<AudienceView> {
  const addresses = cleanAddresses(input.addresses);
  const [{ settings }, audience, custom] = await Promise.all([loadSettings(), loadAudience(), customPackItem.getValue()]);
  const own = normalizeAddress(input.ownAddress ?? '');
  const ownDomains = ownDomainsWith(audience, own ? domainOf(own) : undefined);
  const rules = audienceRules(settings, audience, custom, managed.pack);
  const found = classify(addresses, rules, ownDomains);
  const match = input.override ? { ...found, audience: input.override, source: 'override' as const } : found;
  // Colleagues are not "new contacts": a first note to a co-worker needs no formal address.
  const outside = addresses.filter((a) => audienceOf(a, rules, ownDomains).source !== 'own-domain');
  return { ...match, newContact: await hasNewContact(outside), recipients: addresses.length, domains: [...new Set(addresses.map(domainOf))] };
}

/** The pack choice for an audience under the current settings. */
export async function choiceFor(who: Audience, managed: Managed): Promise<PackChoice> {
  const [{ settings }, audience, custom] = await Promise.all([loadSettings(), loadAudience(), customPackItem.getValue()]);
  return packChoiceFor(who, settings, audience, custom, managed.pack);
}
