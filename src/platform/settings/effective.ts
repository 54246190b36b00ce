// The pack the coach actually runs: the chosen pack, an organisation's pack if one is set, then the
// user's per-rule overrides and never-flag phrases.
import { builtInPack, isResolved, validatePack, withIgnored, type ResolvedPack } from '../../engine/packs';
import type { PackChoice, Settings } from './schema';

export interface Managed {
  /** A pack pushed by an administrator through browser policy; wins over the user's choice. */
  pack?: unknown;
  disabledSites?: string[];
}

export function effectivePack(settings: Settings, customPack: unknown, managed?: Managed): { pack: ResolvedPack; error?: string } {
  let pack: ResolvedPack = builtInPack(settings.pack === 'strict' ? 'strict' : 'standard');
  let error: string | undefined;
  const custom = managed?.pack ?? (settings.pack === 'custom' ? customPack : undefined);
  if (custom) {
    // The options page hands over a pack it has already validated (in slices): no second pass.
    const result = isResolved(custom) ? { ok: true as const, pack: custom } : validatePack(custom);
    if (result.ok) pack = result.pack;
    else error = result.error;
  }
  const overrides = Object.entries(settings.rules);
  if (overrides.length && !managed?.pack) {
    const rules = new Map(pack.rules);
    for (const [id, level] of overrides) {
      const current = rules.get(id);
      if (current) rules.set(id, { ...current, severity: level });
    }
    pack = { ...pack, rules, key: `${pack.key}|rules:${JSON.stringify(settings.rules)}` };
  }
  return { pack: withIgnored(pack, settings.ignoredPhrases), error };
}

/** The pack for one email, from the choice its audience gets (settings/audience.ts): a built-in choice sets a trainer's pack aside. */
export function effectivePackFor(choice: PackChoice, settings: Settings, customPack: unknown, managed?: Managed): { pack: ResolvedPack; error?: string } {
  if (choice === 'custom') return effectivePack({ ...settings, pack: 'custom' }, customPack, managed);
  return effectivePack({ ...settings, pack: choice }, undefined, managed?.pack === undefined ? managed : { ...managed, pack: undefined });
}
