import type { Edit, Finding } from '../../core/types';
import { severityWord, t } from '../../i18n';
import { placeholderParts } from './diff';

export function FindingCard({ finding, text, onApply, onIgnore, onMute }: { finding: Finding; text: string; onApply: (edits: Edit[]) => void; onIgnore: () => void; onMute: () => void }) {
  const quote = text.slice(finding.start, finding.end);
  return (
    <li className={`finding ${finding.severity}`} data-rule={finding.rule} data-category={finding.category}>
      <p className="msg">
        <span className="sev">{severityWord(finding.severity)}</span> {finding.message}
      </p>
      <blockquote className="quote" aria-label={t('panelQuoted')}>
        {quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}
      </blockquote>
      <p className="why">{finding.explanation}</p>
      {finding.suggestions.map((s, i) => (
        <div className="suggestion" key={i}>
          <span className="label">{s.label}: </span>
          <span className="new">
            {placeholderParts(s.edits.map((e) => e.text || '∅').join(' … ')).map((p, j) =>
              p.placeholder ? <mark key={j}>{p.text}</mark> : <span key={j}>{p.text}</span>,
            )}
          </span>
          <button type="button" className="primary" data-action="apply" aria-label={`${t('panelApply')}: ${s.label}`} onClick={() => onApply(s.edits)}>
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
        </span>
        <span className="rule">{finding.rule}</span>
      </div>
    </li>
  );
}
