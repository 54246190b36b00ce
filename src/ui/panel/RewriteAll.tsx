import { useEffect, useRef, useState } from 'react';
import type { Edit, Finding } from '../../core/types';
import { applyEdits } from '../../engine/apply';
import { t } from '../../i18n';
import { diffPieces } from './diff';
import { placeholderParts } from '../finding';

export function RewriteAll({ text, edits, left, heldBack = [], onApply, onCopy, onClose }: { text: string; edits: Edit[]; left: number; heldBack?: Finding[]; onApply: () => void; onCopy: (text: string) => Promise<void>; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const rewritten = applyEdits(text, edits);
  useEffect(() => ref.current?.querySelector('button')?.focus(), []);
  return (
    <div
      ref={ref}
      className="rewrite"
      role="dialog"
      aria-label={t('panelRewriteAll')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="rewrite-actions">
        <button type="button" className="primary" data-action="apply-all" onClick={onApply} disabled={!edits.length}>
          {t('panelApplyAll')}
        </button>
        <button type="button" data-action="copy" onClick={() => void onCopy(rewritten).then(() => setCopied(true))}>
          {copied ? t('panelCopied') : t('panelCopy')}
        </button>
        <button type="button" data-action="close" onClick={onClose}>
          {t('panelClose')}
        </button>
      </div>
      {!edits.length && <p>{t('panelNoSafe')}</p>}
      {left > 0 && <p className="hint" data-left={left}>{t('panelNeedsInputLeft', left)}</p>}
      {heldBack.map((f) => (
        <p key={`${f.rule}:${f.start}`} className="hint" data-held-back={f.rule}>
          {t('panelHeldBack', f.text, f.suggestions.find((s) => s.heldBack)?.heldBack?.name ?? '')}
        </p>
      ))}
      <pre className="diff">
        {diffPieces(text, edits).map((p, i) =>
          p.kind === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.kind === 'del' ? (
            <del key={i}>
              <span className="sr-only">{t('diffRemoved')} </span>
              {p.text}
            </del>
          ) : (
            <ins key={i}>
              <span className="sr-only">{t('diffAdded')} </span>
              {placeholderParts(p.text).map((x, j) => (x.placeholder ? <mark key={j}>{x.text}</mark> : x.text))}
            </ins>
          ),
        )}
      </pre>
      {rewritten.includes('[[') && <p className="hint">{t('panelPlaceholders')}</p>}
    </div>
  );
}
