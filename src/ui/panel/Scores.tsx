import type { Scores as ScoreSet } from '../../core/types';
import { t } from '../../i18n';
import { level, scoreWord } from '../words';

const ITEMS = [
  ['overall', 'scoreOverall'],
  ['empathy', 'categoryEmpathy'],
  ['clarity', 'categoryClarity'],
  ['professionalism', 'categoryProfessionalism'],
] as const;

/** Each score is a meter (0–100) named by its label, with its value in words for screen readers. */
export function Scores({ scores }: { scores: ScoreSet }) {
  return (
    <dl className="scores">
      {ITEMS.map(([key, label]) => {
        const value = scores[key];
        const word = scoreWord(key, value);
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
              >
                <span className="num" data-score={key}>
                  {value}
                </span>
                <span className="word">{word}</span>
                <span className="bar">
                  <span style={{ width: `${value}%` }} />
                </span>
              </div>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
