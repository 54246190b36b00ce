// The side panel: scores, findings grouped by category with Apply and Ignore, and "Rewrite all"
// for the focused draft of the mail tab it follows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Category, Finding } from '../../core/types';
import { rewriteAll } from '../../engine/rewrite-all';
import { findingKey, type ComposeState, type PageState } from '../../platform/messages';
import { t } from '../../i18n';
import type { PanelSource } from './source';
import { Scores } from './Scores';
import { FindingCard } from './FindingCard';
import { RewriteAll } from './RewriteAll';
import { AudienceLine, packLabel } from './AudienceLine';

type View =
  | { kind: 'loading' }
  | { kind: 'not-mail' }
  | { kind: 'off'; host: string }
  | { kind: 'no-draft' }
  | { kind: 'error'; message: string }
  | { kind: 'draft'; tabId: number; page: PageState; compose: ComposeState };

const ORDER: Category[] = ['empathy', 'clarity', 'professionalism'];
const SLOT_RULE = 'clarity/unfilled-slot';
const CATEGORY_LABEL = { empathy: 'categoryEmpathy', clarity: 'categoryClarity', professionalism: 'categoryProfessionalism' } as const;

function pickCompose(page: PageState, previous?: string): ComposeState | undefined {
  // The draft last written in (the coach tracks it across frames and tabs of drafts), then the focused one.
  const by = (id: string | undefined) => (id === undefined ? undefined : page.composes.find((c) => c.composeId === id));
  return by(page.current) ?? page.composes.find((c) => c.focused) ?? by(previous) ?? page.composes[0];
}

export function App({ source }: { source: PanelSource }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [notice, setNotice] = useState<string>('');
  const [rewriteOpen, setRewriteOpen] = useState(false);
  const rewriteButton = useRef<HTMLButtonElement>(null);
  // Closing the dialog (Escape, Close, Apply all) puts focus back on the button that opened it.
  const closeRewrite = () => {
    setRewriteOpen(false);
    requestAnimationFrame(() => rewriteButton.current?.focus());
  };
  // A finding that goes away (applied, ignored, muted) takes focus with it: keep the place instead, on
  // the finding that moved up into it (or the summary when none is left), never the page body.
  const panel = useRef<HTMLElement>(null);
  const place = useRef<number | undefined>(undefined);
  const notePlace = (target: EventTarget) => {
    const item = (target as Element).closest?.('li.finding');
    place.current = item ? [...panel.current!.querySelectorAll('li.finding')].indexOf(item) : undefined;
  };
  useEffect(() => {
    const root = panel.current;
    // Only while the panel has focus: never pull focus from the mail page the user is typing in.
    if (!root || place.current === undefined || !document.hasFocus() || (document.activeElement && document.activeElement !== document.body)) return;
    const items = root.querySelectorAll('li.finding');
    const next = items[Math.min(place.current, items.length - 1)]?.querySelector<HTMLElement>('button') ?? root.querySelector<HTMLElement>('.summary');
    next?.focus();
  });

  const show = useCallback((tabId: number | undefined, page: PageState | undefined, previous?: string) => {
    if (tabId === undefined || !page) return setView({ kind: 'not-mail' });
    if (!page.enabled) return setView({ kind: 'off', host: page.host });
    const compose = pickCompose(page, previous);
    if (!compose) return setView({ kind: 'no-draft' });
    setView({ kind: 'draft', tabId, page, compose });
  }, []);

  useEffect(() => {
    let cancelled = false;
    let current: string | undefined;
    let unsubscribe = () => {};
    const load = async () => {
      try {
        const tabId = await source.tabId();
        const page = tabId === undefined ? undefined : await source.getState(tabId);
        if (cancelled) return;
        show(tabId, page, current);
        unsubscribe();
        unsubscribe = source.subscribe(
          tabId,
          (id, state) => {
            current = pickCompose(state, current)?.composeId;
            show(id, state, current);
          },
          () => void load(),
        );
      } catch (e) {
        if (!cancelled) setView({ kind: 'error', message: (e as Error).message });
      }
    };
    void load();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [source, show]);

  const draft = view.kind === 'draft' ? view : undefined;
  const findings = useMemo(() => {
    if (!draft) return [];
    const ignored = new Set(draft.compose.ignored);
    return draft.compose.report.findings.filter((f) => !ignored.has(findingKey(f)));
  }, [draft]);

  const apply = async (edits: Finding['suggestions'][number]['edits']) => {
    if (!draft) return;
    const result = await source.apply(draft.tabId, draft.compose.composeId, edits, draft.compose.text);
    setNotice(result.ok ? '' : (result.error ?? t('applyRefused')));
  };

  if (view.kind === 'loading') return <main className="panel" aria-busy="true" />;
  if (view.kind !== 'draft') return <main className="panel"><StateScreen view={view} source={source} /></main>;

  const { compose } = view;
  const report = compose.report;
  const all = rewriteAll({ ...report, findings }, compose.text);
  const rewrite = all.edits;
  // Unfilled [[slots]] come first: sent as they are, the reader sees an unfinished email.
  const slots = findings.filter((f) => f.rule === SLOT_RULE);
  const biggest = [...findings].sort((a, b) => rank(b) - rank(a))[0];

  return (
    <main className="panel" aria-label={t('panelTitle')} ref={panel} onFocus={(e) => notePlace(e.target)}>
      <header className="head">
        <h1>{t('panelTitle')}</h1>
        <span className="pack" title="pack">{packLabel(report.pack)}</span>
      </header>
      {compose.audience && <AudienceLine audience={compose.audience} pack={report.pack} onChange={(a) => void source.setAudience(view.tabId, compose.composeId, a)} />}
      {view.page.paused && <p className="notice" role="status">{t('panelPaused')}</p>}
      {!compose.text.trim() ? (
        <p className="empty">{t('panelEmpty')}</p>
      ) : (
        <>
          <Scores report={report} />
          <p className="summary" role="status" tabIndex={-1}>{biggest ? t('panelBiggest', biggest.message) : t('panelAllGood')}</p>
          {notice && <p className="notice" role="alert">{notice}</p>}
          <div className="actions">
            <button ref={rewriteButton} type="button" className="primary" onClick={() => setRewriteOpen(true)} disabled={!rewrite.length} data-action="rewrite-all" aria-expanded={rewriteOpen}>
              {t('panelRewriteAll')}
            </button>
            <span className="count">{t('panelFindings', findings.length)}</span>
          </div>
          {rewriteOpen && (
            <RewriteAll
              text={compose.text}
              edits={rewrite}
              left={all.needsInput.length}
              heldBack={all.heldBack}
              onApply={async () => {
                await apply(rewrite);
                closeRewrite();
              }}
              onCopy={(text) => source.copy(text)}
              onClose={closeRewrite}
            />
          )}
          {slots.length > 0 && (
            <section className="group slots" aria-labelledby="h-slots" data-group="slots">
              <h2 id="h-slots">
                {t('panelSlots')} <span className="count">{slots.length}</span>
              </h2>
              <ul>
                {slots.map((f) => (
                  <FindingCard key={findingKey(f)} finding={f} text={compose.text} onApply={(edits) => void apply(edits)} onIgnore={() => void source.ignore(view.tabId, compose.composeId, findingKey(f))} onMute={() => void source.muteRule(f.rule)} />
                ))}
              </ul>
            </section>
          )}
          {ORDER.map((category) => {
            const list = findings.filter((f) => f.category === category && f.rule !== SLOT_RULE);
            if (!list.length) return null;
            return (
              <section key={category} className="group" aria-labelledby={`h-${category}`}>
                <h2 id={`h-${category}`}>
                  {t(CATEGORY_LABEL[category])} <span className="count">{list.length}</span>
                </h2>
                <ul>
                  {list.map((f) => (
                    <FindingCard
                      key={findingKey(f)}
                      finding={f}
                      text={compose.text}
                      onApply={(edits) => void apply(edits)}
                      onIgnore={() => void source.ignore(view.tabId, compose.composeId, findingKey(f))}
                      onMute={() => void source.muteRule(f.rule)}
                      onNeverFlag={source.neverFlag && (() => void source.neverFlag!(f.text))}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </main>
  );
}

function rank(f: Finding): number {
  return { error: 3, warning: 2, info: 1 }[f.severity] * 1000 - f.start / 1e6;
}

function StateScreen({ view, source }: { view: Exclude<View, { kind: 'draft' } | { kind: 'loading' }>; source: PanelSource }) {
  switch (view.kind) {
    case 'not-mail':
      return (
        <section className="state" data-state="not-mail">
          <h1>{t('panelNotMail')}</h1>
          <p>{t('panelNotMailHint')}</p>
        </section>
      );
    case 'off':
      return (
        <section className="state" data-state="off">
          <h1>{t('panelOff', view.host)}</h1>
          <button type="button" className="primary" onClick={() => void source.enableSite(view.host)}>
            {t('panelTurnOn')}
          </button>
        </section>
      );
    case 'no-draft':
      return (
        <section className="state" data-state="no-draft">
          <h1>{t('panelNoDraft')}</h1>
          <p>{t('panelNoDraftHint')}</p>
        </section>
      );
    case 'error':
      return (
        <section className="state" data-state="error" role="alert">
          <h1>{t('panelError', view.message)}</h1>
          <p>{t('panelErrorHint')}</p>
        </section>
      );
  }
}
