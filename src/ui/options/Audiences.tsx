// Options: who is who (domains and addresses → client, executive, colleague, vendor), the user's own
// domains, and the pack each audience gets.
import { useEffect, useState } from 'react';
import { AUDIENCES, normalizeRuleKey, type Audience } from '../../engine/audience';
import type { AudienceSettings } from '../../platform/settings/audience';
import type { PackChoice } from '../../platform/settings/schema';
import { t, type MessageKey } from '../../i18n';

export interface AudienceStore {
  load(): Promise<AudienceSettings>;
  save(next: AudienceSettings): Promise<void>;
}

const NAME: Record<Audience, MessageKey> = { client: 'audChoiceClient', executive: 'audChoiceExecutive', colleague: 'audChoiceColleague', vendor: 'audChoiceVendor', unknown: 'audChoiceUnknown' };

export function Audiences({ store, hasCustom }: { store: AudienceStore; hasCustom: boolean }) {
  const [data, setData] = useState<AudienceSettings>();
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<Audience>('client');
  const [error, setError] = useState('');
  useEffect(() => void store.load().then(setData), [store]);
  if (!data) return null;

  const save = async (next: AudienceSettings) => {
    await store.save(next);
    setData(next);
  };
  const add = async () => {
    const k = normalizeRuleKey(key);
    if (!k) return setError(t('audBadKey', key));
    setError('');
    setKey('');
    await save({ ...data, rules: { ...data.rules, [k]: kind } });
  };

  return (
    <section aria-labelledby="h-audiences" data-section="audiences">
      <h2 id="h-audiences">{t('optAudiences')}</h2>
      <p className="hint">{t('optAudiencesHint')}</p>
      <table className="rules">
        <tbody>
          {Object.entries(data.rules).map(([k, a]) => (
            <tr key={k} data-audience-rule={k}>
              <td><code>{k}</code></td>
              <td>
                <select aria-label={t('audRuleFor', k)} value={a} onChange={(e) => void save({ ...data, rules: { ...data.rules, [k]: e.target.value as Audience } })}>
                  {AUDIENCES.map((x) => <option key={x} value={x}>{t(NAME[x])}</option>)}
                </select>
              </td>
              <td>
                <button type="button" onClick={() => {
                  const { [k]: _gone, ...rest } = data.rules;
                  void save({ ...data, rules: rest });
                }}>{t('audRemove', k)}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row" onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}>
        <input type="text" aria-label={t('audKey')} placeholder="acme.com" value={key} onChange={(e) => setKey(e.target.value)} data-input="audience-key" />
        <select aria-label={t('audKind')} value={kind} onChange={(e) => setKind(e.target.value as Audience)} data-input="audience-kind">
          {AUDIENCES.map((x) => <option key={x} value={x}>{t(NAME[x])}</option>)}
        </select>
        <button type="submit" data-action="add-audience-rule">{t('audAdd')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <label htmlFor="own-domains">{t('audOwnDomains')}</label>
      <input id="own-domains" type="text" defaultValue={data.ownDomains.join(', ')} data-input="own-domains" onBlur={(e) => {
        const ownDomains = e.target.value.split(/[\s,;]+/).map((d) => normalizeRuleKey(d)).filter((d): d is string => !!d && !d.includes('@'));
        void save({ ...data, ownDomains });
      }} />
      <h3>{t('audPacks')}</h3>
      <table className="rules">
        <tbody>
          {AUDIENCES.map((a) => (
            <tr key={a}>
              <td>{t(NAME[a])}</td>
              <td>
                <select aria-label={t('audPackFor', t(NAME[a]))} value={data.packs[a] ?? ''} data-input={`audience-pack-${a}`} onChange={(e) => {
                  const packs = { ...data.packs };
                  if (e.target.value) packs[a] = e.target.value as PackChoice;
                  else delete packs[a];
                  void save({ ...data, packs });
                }}>
                  <option value="">{t('audPackChosen')}</option>
                  <option value="standard">{t('packStandard')}</option>
                  <option value="strict">{t('packStrict')}</option>
                  {hasCustom && <option value="custom">{t('audPackCustom')}</option>}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
