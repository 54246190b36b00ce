// The options page: the rule pack, per-rule switches, phrases never to flag, the trainer's import,
// export and live preview, the interface language, and what an organisation has set.
import { useEffect, useMemo, useState } from 'react';
import { parsePackInSlices, validatePackInSlices, type PackJson, type PackResult, type ResolvedPack } from '../../engine/packs';
import type { ExampleResult } from '../../engine/examples';
import { describeExample, summarise } from '../../engine/example-report';
import { effectivePack, type Managed } from '../../platform/settings/effective';
import type { Settings, UiLanguage } from '../../platform/settings/schema';
import type { Report, Severity } from '../../core/types';
import { currentLocale, severityWord, t } from '../../i18n';
import type { OptionsStore } from './store';
import { Audiences, type AudienceStore } from './Audiences';
import { importPack } from './import-pack';

const SAMPLE = 'hey Tom,\n\nJust checking in: i need the signed contract ASAP!!! Due to the fact that the client is waiting, send it today 🙂\n\nthx';
/** What the per-rule select offers, besides the pack's default. */
const LEVELS: ReadonlyArray<Severity | 'off'> = ['off', 'info', 'warning', 'error'];

export function Options({ store, audiences }: { store: OptionsStore; audiences?: AudienceStore }) {
  const [data, setData] = useState<Awaited<ReturnType<OptionsStore['load']>>>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const [editor, setEditor] = useState('');
  const [sample, setSample] = useState(SAMPLE);
  const [examples, setExamples] = useState<ExampleResult[]>();
  // The editor's text as last checked, and the result.
  const [checkedEditor, setCheckedEditor] = useState<{ text: string; result: PackResult }>();
  // The stored custom (or organisation's) pack, validated in slices off the first render.
  const [resolved, setResolved] = useState<{ source: unknown; pack?: ResolvedPack }>();

  const reload = async () => {
    const d = await store.load();
    setData(d);
    setEditor(JSON.stringify(exportPack(d.settings, d.custom), null, 2));
  };
  useEffect(() => void reload(), []);

  const source = data && (data.managed.pack ?? data.custom);
  useEffect(() => {
    let live = true;
    if (source) void validatePackInSlices(source, undefined, currentLocale()).then((r) => live && setResolved({ source, pack: r.ok ? r.pack : undefined }));
    return () => {
      live = false;
    };
  }, [source]);
  // The editor is checked a moment after typing stops, in slices, so a large pack never blocks typing.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => void parsePackInSlices(editor, undefined, currentLocale()).then((result) => live && setCheckedEditor({ text: editor, result })), editor ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [editor]);
  const edited = checkedEditor?.result;
  const pending = checkedEditor?.text !== editor;
  const checked = resolved?.source === source ? resolved?.pack : undefined;
  const active = useMemo(() => data && withChecked(data.settings, data.managed, checked), [data, checked]);
  const [preview, setPreview] = useState<{ report: Report; for: unknown }>();
  const previewInput = useMemo(() => active && { body: sample, pack: edited?.ok ? edited.pack : active.pack }, [edited, sample, active]);
  useEffect(() => {
    let live = true;
    // The engine (with the language detector's data) loads after the page is on screen.
    if (previewInput)
      void import('../../engine/analyze')
        .then(({ analyzeAsync }) => analyzeAsync({ body: previewInput.body }, previewInput.pack, { locale: currentLocale() }))
        .then((report) => live && setPreview({ report, for: previewInput }));
    return () => {
      live = false;
    };
  }, [previewInput]);

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
    setStatus('');
    const outcome = await importPack(text, settings, store);
    setExamples(outcome.results);
    if (!outcome.ok || !outcome.json) {
      // Refused whole: nothing is saved, the active pack stays.
      setError(outcome.error ?? '');
      return;
    }
    setResolved({ source: outcome.json, pack: outcome.pack });
    setData({ ...data, settings: outcome.settings, custom: outcome.json });
    setEditor(JSON.stringify(outcome.json, null, 2));
    setError('');
    setStatus(`${t('optImported', outcome.json.name)} ${summarise(outcome.results)}`);
  };

  const packDefaults = withChecked({ ...settings, rules: {} }, managed, checked).pack;
  const locale = currentLocale();
  // The pack's own rules are listed with the built-in ones, by name in the interface language.
  const rules = packDefaults.catalogue.filter((r) => !search || `${r.id} ${r.category} ${r.name[locale]}`.toLowerCase().includes(search.toLowerCase()));

  return (
    <main className="options">
      <h1>{t('optTitle')}</h1>
      <p><a href="/insights.html" data-action="insights">{t('optInsights')}</a></p>
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
        {/* Named once a stored pack has been checked, so the name shown is the pack that runs. */}
        {(!source || checked) && <p className="active" data-active-pack={packDefaults.name}>{t('optActive', packDefaults.name)}</p>}
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
                      <option value="">{t('optDefault', severityWord(base))}</option>
                      {LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {severityWord(level)}
                        </option>
                      ))}
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
          <p className={edited?.ok !== false ? 'ok' : 'error'} role="status" data-validation data-pending={pending || undefined}>{!edited || !editor ? '' : edited.ok ? t('optValid') : edited.error}</p>
          <button type="button" className="primary" disabled={pending || !edited?.ok} onClick={() => void importText(editor)} data-action="use-pack">
            {t('optUsePack')}
          </button>
        </fieldset>
        {examples && examples.length > 0 && (
          <section aria-labelledby="h-examples" data-examples={examples.every((r) => r.ok) ? 'pass' : 'fail'}>
            <h3 id="h-examples">{t('optExamples')}</h3>
            <p data-examples-summary>{summarise(examples)}</p>
            <ul className="examples">
              {examples.map((r) => (
                <li key={`${r.rule} ${r.expect} ${r.index}`} className={r.ok ? 'ok' : 'error'} data-example={`${r.rule} ${r.expect} ${r.index}`} data-example-ok={r.ok}>
                  <span aria-hidden="true">{r.ok ? '✓' : '✗'}</span> {describeExample(r)}
                </li>
              ))}
            </ul>
          </section>
        )}
        <label htmlFor="sample">{t('optPreview')}</label>
        <textarea id="sample" rows={6} value={sample} onChange={(e) => setSample(e.target.value)} />
        <ul className="preview" data-preview-count={preview?.report.findings.length ?? 0} data-pending={preview?.for !== previewInput || undefined}>
          {preview?.report.findings.map((f, i) => (
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

/** The effective pack with the custom or organisation's pack already checked (the built-in one until then). */
function withChecked(settings: Settings, managed: Managed, checked: ResolvedPack | undefined) {
  return effectivePack(settings, checked ?? null, { ...managed, pack: managed.pack !== undefined ? checked : undefined });
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
