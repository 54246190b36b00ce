import type { Edit, Finding } from '../../core/types';
import { t } from '../../i18n';
import { presentFinding, type Part } from '../finding';
import { canNeverFlag } from '../../platform/settings/never-flag';

export function FindingCard({ finding, text, onApply, onIgnore, onMute, onNeverFlag }: { finding: Finding; text: string; onApply: (edits: Edit[]) => void; onIgnore: () => void; onMute: () => void; onNeverFlag?: () => void }) {
  const view = presentFinding(finding, text);
  return (
    <li className={`finding ${finding.severity}`} data-rule={finding.rule} data-category={finding.category}>
      <p className="msg">
        <span className="sev">{view.severity}</span> {view.message}
      </p>
      <blockquote className="quote" aria-label={t('panelQuoted')}>
        {view.quote}
      </blockquote>
      <p className="why">{view.explanation}</p>
      {view.suggestions.map((s, i) => (
        <div className="suggestion" key={i}>
          <span className="label">{s.label}: </span>
          <span className="new">
            <Parts parts={s.parts} />
          </span>
          <button type="button" className="primary" data-action="apply" aria-label={s.applyLabel} onClick={() => onApply(s.suggestion.edits)}>
            {t('panelApply')}
          </button>
        </div>
      ))}
      <div className="row">
        <span className="buttons">
          <button type="button" data-action="ignore" onClick={onIgnore}>
            {t('panelIgnore')}
          </button>
          <button type="button" data-action="mute-rule" onClick={onMute}>
            {t('panelMute')}
          </button>
          {onNeverFlag && canNeverFlag(finding.text) && (
            <button type="button" data-action="never-flag" onClick={onNeverFlag}>
              {t('cardNeverFlag')}
            </button>
          )}
        </span>
        <span className="rule">{finding.rule}</span>
      </div>
    </li>
  );
}

/** A suggestion's new text: placeholders highlighted, deletions in words. */
export function Parts({ parts }: { parts: Part[] }) {
  return parts.map((p, j) => (p.kind === 'placeholder' ? <mark key={j}>{p.text}</mark> : p.kind === 'removal' ? <em key={j} className="removal">{p.text}</em> : <span key={j}>{p.text}</span>));
}
