import type { Report } from '../../core/types';
import { t } from '../../i18n';
import { describeReasons } from '../reasons';
import { level, scoreWord } from '../words';

const ITEMS = [
  ['overall', 'scoreOverall'],
  ['empathy', 'categoryEmpathy'],
  ['clarity', 'categoryClarity'],
  ['professionalism', 'categoryProfessionalism'],
] as const;

/** Each score is a meter (0–100) named by its label, with its value in words for screen readers, and why. */
export function Scores({ report }: { report: Pick<Report, 'scores' | 'reasons' | 'warmth' | 'findings'> }) {
  const { scores } = report;
  return (
    <dl className="scores">
      {ITEMS.map(([key, label]) => {
        const value = scores[key];
        const warned = report.findings.some((f) => f.category === key && f.severity !== 'info');
        const word = scoreWord(key, value, report.warmth, warned);
        const why = report.reasons?.[key]?.length ? t('scoreWhy', describeReasons(report.reasons[key])) : '';
        return (
          <div key={key} className={`score ${level(value)}`}>
            <dt id={`score-${key}`}>{t(label)}</dt>
            <dd>
              <div
                className="meter"
                role="meter"
                aria-labelledby={`score-${key}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={value}
                aria-valuetext={t('scoreValue', value, word)}
                aria-describedby={why ? `why-${key}` : undefined}
              >
                <span className="num" data-score={key}>
                  {value}
                </span>
                <span className="word">{word}</span>
                <span className="bar">
                  <span style={{ width: `${value}%` }} />
                </span>
              </div>
              {why && (
                <p className="why" id={`why-${key}`} data-reasons={key}>
                  {why}
                </p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
