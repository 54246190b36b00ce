// The options page: the rule pack, per-rule switches, phrases never to flag, the trainer's import,
// export and live preview, the interface language, and what an organisation has set.
import { useEffect, useMemo, useState } from 'react';
import { analyze, parsePack, type PackJson } from '../../engine';
import { RULES } from '../../rules';
import { effectivePack } from '../../platform/settings/effective';
import type { PackChoice, Settings, UiLanguage } from '../../platform/settings/schema';
import type { Severity } from '../../core/types';
import { currentLocale, severityWord, t } from '../../i18n';
import type { OptionsStore } from './store';
import { Audiences, type AudienceStore } from './Audiences';

const SAMPLE = 'hey Tom,\n\nJust checking in: i need the signed contract ASAP!!! Due to the fact that the client is waiting, send it today 🙂\n\nthx';

export function Options({ store, audiences }: { store: OptionsStore; audiences?: AudienceStore }) {
  const [data, setData] = useState<Awaited<ReturnType<OptionsStore['load']>>>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const [editor, setEditor] = useState('');
  const [sample, setSample] = useState(SAMPLE);

  const reload = async () => {
    const d = await store.load();
    setData(d);
    setEditor(JSON.stringify(exportPack(d.settings, d.custom), null, 2));
  };
  useEffect(() => void reload(), []);

  const edited = useMemo(() => parsePack(editor), [editor]);
  const preview = useMemo(() => {
    if (!data) return undefined;
    const pack = edited.ok ? edited.pack : effectivePack(data.settings, data.custom, data.managed).pack;
    return analyze({ body: sample }, pack);
  }, [edited, sample, data]);

  if (!data) return <main className="options" aria-busy="true" />;
  const { settings, custom, managed } = data;
  const managedPack = managed.pack !== undefined;
  const update = async (change: Partial<Settings>, message = t('optSaved')) => {
    const next = { ...settings, ...change };
    await store.save(next);
    setData({ ...data, settings: next, notice: undefined });
    setStatus(message);
    setError('');
  };

  const importText = async (text: string) => {
    const result = parsePack(text);
    if (!result.ok) {
      // Refused whole: nothing is saved, the active pack stays.
      setError(result.error);
      setStatus('');
      return;
    }
    await store.saveCustomPack(result.json);
    const next = { ...settings, pack: 'custom' as PackChoice };
    await store.save(next);
    setData({ ...data, settings: next, custom: result.json });
    setEditor(JSON.stringify(result.json, null, 2));
    setError('');
    setStatus(t('optImported', result.json.name));
  };

  const packDefaults = effectivePack({ ...settings, rules: {} }, custom, managed).pack;
  const locale = currentLocale();
  const rules = RULES.filter((r) => !search || `${r.id} ${r.category} ${r.name[locale]}`.toLowerCase().includes(search.toLowerCase()));

  return (
    <main className="options">
      <h1>{t('optTitle')}</h1>
      {data.notice && <p className="notice" role="status">{data.notice}</p>}
      {status && <p className="status" role="status" data-status>{status}</p>}
      {error && <p className="error" role="alert" data-error>{error}</p>}

      <section aria-labelledby="h-pack">
        <h2 id="h-pack">{t('optPack')}</h2>
        {managedPack && <p className="managed" data-managed>{t('popupManaged')}</p>}
        <fieldset disabled={managedPack}>
          {(['standard', 'strict', 'custom'] as const).map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="pack" value={p} checked={settings.pack === p} disabled={p === 'custom' && !custom} onChange={() => void update({ pack: p })} />
              {p === 'standard' ? t('optStandard') : p === 'strict' ? t('optStrict') : custom ? t('optCustom', custom.name) : t('optCustomNone')}
            </label>
          ))}
        </fieldset>
        <p className="active" data-active-pack={packDefaults.name}>{t('optActive', packDefaults.name)}</p>
      </section>

      {audiences && <Audiences store={audiences} hasCustom={!!custom || managedPack} />}

      <section aria-labelledby="h-rules">
        <h2 id="h-rules">{t('optRules')}</h2>
        <div className="row">
          <input type="search" placeholder={t('optSearch')} aria-label={t('optSearch')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="button" disabled={managedPack} onClick={() => void update({ rules: {} }, t('optReset'))} data-action="reset-rules">
            {t('optResetButton')}
          </button>
        </div>
        <table className="rules">
          <tbody>
            {rules.map((r) => {
              const base = packDefaults.rules.get(r.id)?.severity ?? 'off';
              const value = settings.rules[r.id] ?? '';
              return (
                <tr key={r.id} data-rule-row={r.id}>
                  <td>
                    <code>{r.id}</code>
                    <div className="msg">{r.name[locale]}</div>
                  </td>
                  <td>
                    <select
                      aria-label={r.id}
                      value={value}
                      disabled={managedPack}
                      onChange={(e) => {
                        const rulesNext = { ...settings.rules };
                        if (e.target.value) rulesNext[r.id] = e.target.value as Severity | 'off';
                        else delete rulesNext[r.id];
                        void update({ rules: rulesNext });
                      }}
                    >
                      <option value="">{t('optDefault', base)}</option>
                      <option value="off">off</option>
                      <option value="info">info</option>
                      <option value="warning">warning</option>
                      <option value="error">error</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-phrases">
        <h2 id="h-phrases">{t('optPhrases')}</h2>
        <p className="hint">{t('optPhrasesHint')}</p>
        <textarea
          aria-labelledby="h-phrases"
          rows={4}
          defaultValue={settings.ignoredPhrases.join('\n')}
          onBlur={(e) => void update({ ignoredPhrases: e.target.value.split('\n').map((s) => s.trim()).filter(Boolean) })}
          data-input="phrases"
        />
      </section>

      <section aria-labelledby="h-trainer">
        <h2 id="h-trainer">{t('optTrainer')}</h2>
        <fieldset disabled={managedPack} className="trainer">
          <label className="file">
            {t('optImport')}{' '}
            <input type="file" accept="application/json,.json" data-input="import" onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) await importText(await file.text());
              e.target.value = '';
            }} />
          </label>
          <button type="button" data-action="export" onClick={() => store.download(`${slug(exportPack(settings, custom).name)}.json`, JSON.stringify(exportPack(settings, custom), null, 2))}>
            {t('optExport')}
          </button>
          <label htmlFor="pack-json">{t('optEditor')}</label>
          <textarea id="pack-json" rows={12} spellCheck={false} value={editor} onChange={(e) => setEditor(e.target.value)} data-input="pack-json" />
          <p className={edited.ok ? 'ok' : 'error'} role="status" data-validation>{edited.ok ? t('optValid') : edited.error}</p>
          <button type="button" className="primary" disabled={!edited.ok} onClick={() => void importText(editor)} data-action="use-pack">
            {t('optUsePack')}
          </button>
        </fieldset>
        <label htmlFor="sample">{t('optPreview')}</label>
        <textarea id="sample" rows={6} value={sample} onChange={(e) => setSample(e.target.value)} />
        <ul className="preview" data-preview-count={preview?.findings.length ?? 0}>
          {preview?.findings.map((f, i) => (
            <li key={i} data-rule={f.rule} data-category={f.category}>
              <span className={`sev ${f.severity}`}>{severityWord(f.severity)}</span> {f.message}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-lang">
        <h2 id="h-lang">{t('optLanguage')}</h2>
        <select aria-labelledby="h-lang" value={settings.uiLanguage} onChange={(e) => void update({ uiLanguage: e.target.value as UiLanguage }).then(() => location.reload())} data-input="language">
          <option value="auto">{t('optLangAuto')}</option>
          <option value="en">English</option>
          <option value="et">Eesti</option>
        </select>
      </section>
    </main>
  );
}

/** The pack the user runs, as a file a trainer can hand out. */
export function exportPack(settings: Settings, custom: PackJson | null): PackJson {
  if (settings.pack === 'custom' && custom) {
    return { ...custom, rules: { ...custom.rules, ...settings.rules }, ignore: [...new Set([...(custom.ignore ?? []), ...settings.ignoredPhrases])] };
  }
  return { name: `My ${settings.pack} pack`, extends: settings.pack === 'strict' ? 'strict' : 'standard', rules: { ...settings.rules }, phrases: [], ignore: [...settings.ignoredPhrases] };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tone-coach-pack';
}
