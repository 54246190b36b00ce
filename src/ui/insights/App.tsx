// The Insights page: how the user's emails have gone over the weeks, from records kept on this
// computer only (no text in them). Export as CSV or print it for a trainer; clear it any time.
import { useEffect, useState } from 'react';
import type { EmailRecord } from '../../platform/records';
import { t } from '../../i18n';
import { streaks, toCsv, topRules, weeks } from './summary';
import { RulesChart, ScoresChart } from './Charts';

export interface InsightsStore {
  load(): Promise<EmailRecord[]>;
  clear(): Promise<void>;
  download(name: string, text: string): void;
  print(): void;
}

export function Insights({ store, now = Date.now() }: { store: InsightsStore; now?: number }) {
  const [records, setRecords] = useState<EmailRecord[]>();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => void store.load().then(setRecords), [store]);
  if (!records) return <main className="insights" aria-busy="true" />;
  const streak = streaks(records);
  return (
    <main className="insights" data-records={records.length}>
      <h1>{t('insTitle')}</h1>
      <p className="hint">{t('insPrivacy')}</p>
      {!records.length ? (
        <p className="empty" data-empty>{t('insEmpty')}</p>
      ) : (
        <>
          <section aria-labelledby="h-streak" className="streak">
            <h2 id="h-streak">{t('insStreak')}</h2>
            <p><strong data-streak={streak.current}>{t('insStreakNow', streak.current)}</strong> · {t('insStreakBest', streak.best)} · {t('insTotal', records.length)}</p>
          </section>
          <section aria-labelledby="h-scores">
            <h2 id="h-scores">{t('insScores')}</h2>
            <ScoresChart data={weeks(records)} />
          </section>
          <section aria-labelledby="h-rules">
            <h2 id="h-rules">{t('insRules')}</h2>
            <p className="hint">{t('insRulesHint')}</p>
            <RulesChart data={topRules(records, now)} />
          </section>
        </>
      )}
      <div className="actions no-print">
        <button type="button" className="primary" disabled={!records.length} data-action="export-csv" onClick={() => store.download(`tone-coach-insights-${new Date(now).toISOString().slice(0, 10)}.csv`, toCsv(records))}>
          {t('insExport')}
        </button>
        <button type="button" disabled={!records.length} data-action="print" onClick={() => store.print()}>
          {t('insPrint')}
        </button>
        {!confirming ? (
          <button type="button" disabled={!records.length} data-action="clear" onClick={() => setConfirming(true)}>
            {t('insClear')}
          </button>
        ) : (
          <span role="group" aria-label={t('insClearSure')} className="confirm">
            {t('insClearSure')}{' '}
            <button type="button" className="danger" data-action="clear-confirm" onClick={async () => {
              await store.clear();
              setConfirming(false);
              setRecords([]);
            }}>{t('insClearYes')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)} autoFocus>{t('insClearNo')}</button>
          </span>
        )}
      </div>
    </main>
  );
}
