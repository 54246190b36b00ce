// Who an email is for: recipients' addresses mapped to an audience by rules the user or a trainer
// sets (an address or a domain → client, executive, colleague, vendor), and the pack each audience
// gets. Pure: addresses go in, an audience comes out; nothing here keeps or sends an address.
import * as v from 'valibot';

export type Audience = 'client' | 'executive' | 'colleague' | 'vendor' | 'unknown';
export const AUDIENCES: readonly Audience[] = ['client', 'executive', 'colleague', 'vendor', 'unknown'];

/** An address or a domain (lower case) → the audience it belongs to. */
export type AudienceRules = Readonly<Record<string, Audience>>;

export interface AudienceMatch {
  audience: Audience;
  /** The domain that decided it (shown to the user: "To a client (acme.com)"); no local part. */
  domain?: string;
  /** What decided it: a rule, the user's own domain, the user's choice for this email, or nothing. */
  source: 'rule' | 'own-domain' | 'override' | 'none';
}

// When recipients differ, the most formal audience sets the register: a note to a colleague that
// copies a client is written for the client, and one that copies someone outside the user's
// domains whom no rule sorts is not a note among colleagues.
const PRIORITY: readonly Audience[] = ['client', 'executive', 'vendor', 'unknown', 'colleague'];

const ADDRESS = /^[^\s@<>()",;]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/** The bare address in "Anna Berg <anna@acme.com>" or "anna@acme.com", lower case; undefined when it is not one. */
export function normalizeAddress(raw: string): string | undefined {
  const inBrackets = /<([^<>]+)>/.exec(raw);
  const s = (inBrackets ? inBrackets[1] : raw).trim().toLowerCase().replace(/^mailto:/, '');
  return ADDRESS.test(s) ? s : undefined;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** A rule key as the user typed it ("@Acme.com", "ACME.COM", "anna@acme.com") in the form rules are matched in. */
export function normalizeRuleKey(key: string): string | undefined {
  const k = key.trim().toLowerCase().replace(/^@/, '');
  if (k.includes('@')) return normalizeAddress(k);
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(k) ? k : undefined;
}

/** One address: its exact rule, else its domain's, else a parent domain's (mail.acme.com → acme.com). */
export function audienceOf(address: string, rules: AudienceRules, ownDomains: readonly string[]): AudienceMatch {
  const domain = domainOf(address);
  if (rules[address]) return { audience: rules[address], domain, source: 'rule' };
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    if (rules[d]) return { audience: rules[d], domain, source: 'rule' };
  }
  if (ownDomains.some((own) => domain === own || domain.endsWith(`.${own}`))) return { audience: 'colleague', domain, source: 'own-domain' };
  return { audience: 'unknown', domain, source: 'none' };
}

/** The audience of an email: the most formal among its recipients (To and Cc). */
export function classify(addresses: readonly string[], rules: AudienceRules, ownDomains: readonly string[]): AudienceMatch {
  const matches = addresses.map((a) => audienceOf(a, rules, ownDomains));
  matches.sort((a, b) => PRIORITY.indexOf(a.audience) - PRIORITY.indexOf(b.audience));
  return matches[0] ?? { audience: 'unknown', source: 'none' };
}

// A first email to someone new: a greeting and the formal address are expected, so the rules that
// check them count as warnings even where the pack keeps them quiet.
const NEW_CONTACT_RULES = ['professionalism/missing-greeting', 'professionalism/casual-greeting', 'professionalism/et-informal-address', 'professionalism/et-informal-greeting'];

export function forNewContact<P extends { rules: ReadonlyMap<string, { severity: string; options: Record<string, unknown> }>; key: string }>(pack: P): P {
  const rules = new Map(pack.rules);
  for (const id of NEW_CONTACT_RULES) {
    const current = rules.get(id);
    if (!current) continue;
    const options = id === 'professionalism/missing-greeting' ? { ...current.options, minWords: 0 } : current.options;
    rules.set(id, { ...current, severity: current.severity === 'error' ? 'error' : 'warning', options });
  }
  return { ...pack, rules, key: `${pack.key}|new-contact` };
}

/** A pack per audience: a built-in pack, or "self" for the trainer's own pack. */
export type AudiencePackChoice = 'standard' | 'strict' | 'self';

/** The part of a trainer's pack that says who is who and which pack each audience gets. */
export const AudiencesSchema = v.strictObject({
  recipients: v.optional(v.record(v.string(), v.picklist(AUDIENCES as Audience[]))),
  packs: v.optional(v.record(v.picklist(AUDIENCES as Audience[]), v.picklist(['standard', 'strict', 'self'] as AudiencePackChoice[]))),
});
export type AudiencesJson = v.InferOutput<typeof AudiencesSchema>;
