// The first-run page, opened once on install: what the coach does, a try-it box checked by the real
// engine, the privacy promise, and where the switch, the settings and the shortcuts are.
import { useMemo, useState } from 'react';
import { analyze } from '../../engine';
import { t } from '../../i18n';
import { presentFinding } from '../finding';

export function Welcome({ sample, locale }: { sample: string; locale: 'en' | 'et' }) {
  const [draft, setDraft] = useState(sample);
  const report = useMemo(() => analyze({ body: draft }, 'standard', { locale }), [draft, locale]);
  return (
    <main className="welcome">
      <h1>{t('welTitle')}</h1>
      <p className="lead">{t('welLead')}</p>
      <section aria-labelledby="h-try">
        <h2 id="h-try">{t('welTry')}</h2>
        <label htmlFor="try">{t('welTryHint')}</label>
        <textarea id="try" rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} data-input="try" />
        <p role="status" data-findings={report.findings.length}>{t('welFound', report.findings.length, report.scores.overall)}</p>
        <ul className="found">
          {report.findings.slice(0, 6).map((f, i) => {
            const view = presentFinding(f, draft);
            return (
              <li key={i} data-rule={f.rule} data-category={f.category}>
                <strong>{view.message}</strong>
                {view.suggestions[0] && <span className="fix"> → {view.suggestions[0].parts.map((p) => p.text).join('')}</span>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('welPrivacy')}</h2>
        <p>{t('welPrivacyText')}</p>
      </section>
      <section aria-labelledby="h-where">
        <h2 id="h-where">{t('welWhere')}</h2>
        <ul>
          <li>{t('welSwitch')}</li>
          <li>{t('welPanel')}</li>
          <li>{t('welShortcuts')}</li>
          <li>
            <a href="/options.html" data-action="options">{t('welSettings')}</a> · <a href="/insights.html" data-action="insights">{t('popupInsights')}</a>
          </li>
        </ul>
      </section>
    </main>
  );
}
