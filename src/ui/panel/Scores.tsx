import type { Scores as ScoreSet } from '../../core/types';
import { t } from '../../i18n';
import { level, scoreWord } from '../words';

const ITEMS = [
  ['overall', 'scoreOverall'],
  ['empathy', 'categoryEmpathy'],
  ['clarity', 'categoryClarity'],
  ['professionalism', 'categoryProfessionalism'],
] as const;

export function Scores({ scores }: { scores: ScoreSet }) {
  return (
    <dl className="scores">
      {ITEMS.map(([key, label]) => {
        const value = scores[key];
        const word = scoreWord(key, value);
        return (
          <div key={key} className={`score ${level(value)}`}>
            <dt>{t(label)}</dt>
            <dd>
              <span className="num" data-score={key} aria-label={`${t(label)}: ${value} of 100, ${word}`}>
                {value}
              </span>
              <span className="word">{word}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${value}%` }} />
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
