// Audiences: recipients → client/executive/colleague/vendor/unknown by the user's and a trainer's
// rules, the pack each audience gets, and what a first email to someone new expects.
import { describe, expect, it } from 'vitest';
import { analyze, parsePack } from '../../src/engine';
import { classify, forNewContact, normalizeAddress, normalizeRuleKey } from '../../src/engine/audience';
import { builtInPack } from '../../src/engine/packs';
import { DEFAULT_AUDIENCE, audienceRules, normalizeAudience, ownDomainsWith, packChoiceFor } from '../../src/platform/settings/audience';
import { DEFAULT_SETTINGS } from '../../src/platform/settings/schema';
import { hashAddress } from '../../src/platform/settings/contacts';

const rules = { 'acme.com': 'client', 'ceo@example.org': 'executive', 'print.ee': 'vendor' } as const;

describe('audience', () => {
  it('reads addresses as pages write them', () => {
    expect(normalizeAddress('Anna Berg <Anna@Acme.com>')).toBe('anna@acme.com');
    expect(normalizeAddress('mailto:tom@example.org')).toBe('tom@example.org');
    expect(normalizeAddress('Anna Berg')).toBeUndefined();
    expect(normalizeRuleKey('@ACME.com ')).toBe('acme.com');
    expect(normalizeRuleKey('not a domain')).toBeUndefined();
  });

  it('maps an address by its own rule, its domain, or a parent domain; own domains are colleagues', () => {
    expect(classify(['anna@acme.com'], rules, [])).toEqual({ audience: 'client', domain: 'acme.com', source: 'rule' });
    expect(classify(['bob@mail.acme.com'], rules, []).audience).toBe('client');
    expect(classify(['ceo@example.org'], rules, ['example.org']).audience).toBe('executive');
    expect(classify(['tom@example.org'], rules, ['example.org'])).toEqual({ audience: 'colleague', domain: 'example.org', source: 'own-domain' });
    expect(classify(['x@other.com'], rules, []).audience).toBe('unknown');
    expect(classify([], rules, []).audience).toBe('unknown');
  });

  it('picks the most formal audience among the recipients: a note to a colleague copying a client is for the client', () => {
    expect(classify(['tom@example.org', 'anna@acme.com'], rules, ['example.org']).audience).toBe('client');
    expect(classify(['tom@example.org', 'x@other.com'], rules, ['example.org']).audience).toBe('unknown');
    expect(classify(['tom@example.org', 'sales@print.ee'], rules, ['example.org']).audience).toBe('vendor');
  });

  it('a public mail service is never the own domain', () => {
    expect(ownDomainsWith(DEFAULT_AUDIENCE, 'gmail.com')).toEqual([]);
    expect(ownDomainsWith({ ...DEFAULT_AUDIENCE, ownDomains: ['example.org'] }, 'corp.ee')).toEqual(['example.org', 'corp.ee']);
  });

  it('gives each audience its pack: a trainer first, then the user, then the chosen pack', () => {
    const settings = { ...DEFAULT_SETTINGS, pack: 'standard' as const };
    expect(packChoiceFor('client', settings, DEFAULT_AUDIENCE, null, undefined)).toBe('strict');
    expect(packChoiceFor('colleague', settings, DEFAULT_AUDIENCE, null, undefined)).toBe('standard');
    const trainer = { name: 'Trainer', audiences: { recipients: { 'globex.com': 'client' }, packs: { client: 'self', colleague: 'standard' } } };
    const custom = { ...settings, pack: 'custom' as const };
    expect(packChoiceFor('client', custom, DEFAULT_AUDIENCE, trainer, undefined)).toBe('custom');
    expect(packChoiceFor('colleague', custom, DEFAULT_AUDIENCE, trainer, undefined)).toBe('standard');
    // An organisation's pack wins where it names no pack for the audience.
    expect(packChoiceFor('vendor', settings, DEFAULT_AUDIENCE, null, { name: 'Org' })).toBe('custom');
    // The user's rules win over the trainer's for the same key.
    const mine = { ...DEFAULT_AUDIENCE, rules: { 'globex.com': 'vendor' as const } };
    expect(audienceRules(custom, DEFAULT_AUDIENCE, trainer, undefined)['globex.com']).toBe('client');
    expect(audienceRules(custom, mine, trainer, undefined)['globex.com']).toBe('vendor');
  });

  it('a trainer pack with audiences validates; a wrong audience is refused with its place', () => {
    expect(parsePack(JSON.stringify({ name: 'T', audiences: { recipients: { 'acme.com': 'client' }, packs: { client: 'strict' } } })).ok).toBe(true);
    const bad = parsePack(JSON.stringify({ name: 'T', audiences: { recipients: { 'acme.com': 'friend' } } }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('audiences.recipients.acme.com');
  });

  it('stored audience settings are cleaned: unknown audiences and bad keys dropped, defaults kept', () => {
    expect(normalizeAudience(undefined).packs).toEqual({ client: 'strict', executive: 'strict' });
    const n = normalizeAudience({ rules: { '@Acme.com': 'client', 'nope': 'client', 'x.com': 'friend' }, ownDomains: ['Example.org', 'a@b.com'], packs: { client: 'standard', boss: 'strict' } });
    expect(n).toEqual({ version: 1, rules: { 'acme.com': 'client' }, ownDomains: ['example.org'], packs: { client: 'standard' } });
  });

  it('a new contact expects a greeting and the formal address (Teie in Estonian)', () => {
    const en = 'Can you send me the signed contract by Friday? The team needs it for the launch.';
    const standard = analyze({ body: en }, 'standard');
    const fresh = analyze({ body: en }, forNewContact(builtInPack('standard')));
    expect(standard.findings.find((f) => f.rule === 'professionalism/missing-greeting')?.severity).not.toBe('warning');
    expect(fresh.findings.find((f) => f.rule === 'professionalism/missing-greeting')?.severity).toBe('warning');
    const et = 'Tere! Kas sa saad mulle lepingu reedeks saata? Meeskond vajab seda.';
    const found = analyze({ body: et }, forNewContact(builtInPack('standard'))).findings.find((f) => f.rule === 'professionalism/et-informal-address');
    expect(found?.severity).toBe('warning');
    expect(found?.suggestions[0].edits[0].text).toBe('Te');
  });

  it('hashes addresses one way, salted: the same address gives the same hash, another salt another', async () => {
    const a = await hashAddress('anna@acme.com', 'salt1');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('anna');
    expect(await hashAddress('Anna@Acme.com', 'salt1')).toBe(a);
    expect(await hashAddress('anna@acme.com', 'salt2')).not.toBe(a);
  });
});
