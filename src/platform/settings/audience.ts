// Audience settings: which addresses and domains are clients, executives, colleagues or vendors,
// the user's own domains, and the pack each audience gets. Kept in their own storage item (sync:
// they follow the user) so they never collide with the main settings.
import { storage } from '#imports';
import { AUDIENCES, normalizeRuleKey, type Audience, type AudiencesJson } from '../../engine/audience';
import type { PackChoice, Settings } from './schema';

export interface AudienceSettings {
  version: 1;
  /** Address or domain → audience (the user's own rules; they win over a trainer's). */
  rules: Record<string, Audience>;
  /** Domains the user writes from; recipients there are colleagues unless a rule says otherwise. */
  ownDomains: string[];
  /** The pack per audience; an audience left out uses the pack chosen in the settings. */
  packs: Partial<Record<Audience, PackChoice>>;
}

export const DEFAULT_AUDIENCE: AudienceSettings = { version: 1, rules: {}, ownDomains: [], packs: { client: 'strict', executive: 'strict' } };

/** Whatever is stored, as valid audience settings. Never throws; unknown entries are dropped. */
export function normalizeAudience(raw: unknown): AudienceSettings {
  if (!raw || typeof raw !== 'object') return structuredClone(DEFAULT_AUDIENCE);
  const r = raw as Record<string, unknown>;
  const rules: Record<string, Audience> = {};
  for (const [key, value] of Object.entries((r.rules as Record<string, unknown>) ?? {})) {
    const k = normalizeRuleKey(key);
    if (k && AUDIENCES.includes(value as Audience)) rules[k] = value as Audience;
  }
  const ownDomains = (Array.isArray(r.ownDomains) ? r.ownDomains : []).map((d) => (typeof d === 'string' ? normalizeRuleKey(d) : undefined)).filter((d): d is string => !!d && !d.includes('@'));
  const packs: AudienceSettings['packs'] = {};
  const storedPacks = r.packs && typeof r.packs === 'object' ? (r.packs as Record<string, unknown>) : DEFAULT_AUDIENCE.packs;
  for (const [a, p] of Object.entries(storedPacks)) {
    if (AUDIENCES.includes(a as Audience) && (p === 'standard' || p === 'strict' || p === 'custom')) packs[a as Audience] = p;
  }
  return { version: 1, rules, ownDomains, packs };
}

export const audienceItem = storage.defineItem<unknown>('sync:audience', { fallback: DEFAULT_AUDIENCE });

export async function loadAudience(): Promise<AudienceSettings> {
  return normalizeAudience(await audienceItem.getValue().catch(() => undefined));
}

export async function saveAudience(next: AudienceSettings): Promise<void> {
  await audienceItem.setValue(next);
}

// Public mail services: sharing one with a recipient says nothing about working together.
const PUBLIC_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.ee', 'hot.ee', 'online.ee', 'aol.com']);

/** Own domains: the user's list, plus the domain the mail site says they write from (unless it is a public service). */
export function ownDomainsWith(settings: AudienceSettings, siteDomain: string | undefined): string[] {
  const site = siteDomain && !PUBLIC_DOMAINS.has(siteDomain) ? [siteDomain] : [];
  return [...new Set([...settings.ownDomains, ...site])];
}

/** The trainer's pack in force (an organisation's, else an imported one the user chose), if any. */
function trainerAudiences(settings: Settings, custom: unknown, managedPack: unknown): AudiencesJson | undefined {
  const pack = managedPack ?? (settings.pack === 'custom' ? custom : undefined);
  return pack && typeof pack === 'object' ? (pack as { audiences?: AudiencesJson }).audiences : undefined;
}

/** Rules in force: a trainer's, then the user's on top. */
export function audienceRules(settings: Settings, audience: AudienceSettings, custom: unknown, managedPack: unknown): Record<string, Audience> {
  const fromTrainer: Record<string, Audience> = {};
  for (const [key, value] of Object.entries(trainerAudiences(settings, custom, managedPack)?.recipients ?? {})) {
    const k = normalizeRuleKey(key);
    if (k) fromTrainer[k] = value;
  }
  return { ...fromTrainer, ...audience.rules };
}

/**
 * Which pack an audience gets: the trainer's choice for it, else the user's, else the pack chosen
 * in the settings. "custom" means the trainer's (or imported) pack itself.
 */
export function packChoiceFor(who: Audience, settings: Settings, audience: AudienceSettings, custom: unknown, managedPack: unknown): PackChoice {
  const fromTrainer = trainerAudiences(settings, custom, managedPack)?.packs?.[who];
  if (fromTrainer) return fromTrainer === 'self' ? 'custom' : fromTrainer;
  // An organisation's pack wins over the user's own choices.
  if (managedPack !== undefined) return 'custom';
  const mine = audience.packs[who];
  if (mine === 'custom' && !custom && !managedPack) return settings.pack;
  return mine ?? settings.pack;
}
