// The toolbar popup: the switch for this site, pause for this email, the active pack, the side panel
// and the settings; on other sites, "Use Tone Coach on this site".
import { useEffect, useState } from 'react';
import type { PageState } from '../../platform/messages';
import { t } from '../../i18n';

export interface PopupSource {
  /** The tab the popup acts on and what its content script says (undefined: none runs there). */
  current(): Promise<{ tabId?: number; host?: string; known: boolean; page?: PageState; extra: boolean; managedOff: boolean }>;
  packName(): Promise<string>;
  setEnabled(host: string, on: boolean): Promise<void>;
  pause(tabId: number, paused: boolean): Promise<void>;
  openPanel(tabId?: number): Promise<void>;
  openOptions(): Promise<void>;
  useHere(host: string, tabId?: number): Promise<boolean>;
  removeHere(host: string): Promise<void>;
  /** Put text on the clipboard (the page report). */
  copy(text: string): Promise<void>;
}

type Current = Awaited<ReturnType<PopupSource['current']>>;

export function Popup({ source }: { source: PopupSource }) {
  const [cur, setCur] = useState<Current | undefined>();
  const [pack, setPack] = useState('');
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const refresh = async () => {
    const [c, p] = await Promise.all([source.current(), source.packName()]);
    setCur(c);
    setPack(p);
  };
  useEffect(() => void refresh(), []);
  if (!cur) return <main className="popup" aria-busy="true" />;
  const { host, page, tabId } = cur;
  const enabled = page?.enabled ?? false;

  return (
    <main className="popup">
      <h1>{t('appName')}</h1>
      {!host ? (
        <p>{t('popupNoSite')}</p>
      ) : page ? (
        <>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              data-action="site-switch"
              checked={enabled}
              disabled={busy || cur.managedOff}
              onChange={async (e) => {
                setBusy(true);
                await source.setEnabled(host, e.target.checked);
                await new Promise((r) => setTimeout(r, 150));
                await refresh();
                setBusy(false);
              }}
            />
            <span>{t('popupSite', host)}</span>
            <strong>{enabled ? t('popupOn') : t('popupOff')}</strong>
          </label>
          {cur.managedOff && <p className="managed">{t('popupManaged')}</p>}
          {enabled && page.unreadable && (
            // Rather than stay silent: the coach sees a compose here but cannot read its editor.
            <section className="unreadable" data-state="unreadable" data-reason={page.unreadable.reason} aria-labelledby="unreadable-title">
              <h2 id="unreadable-title">{t('popupCantRead')}</h2>
              <p>{t(page.unreadable.reason === 'frame' ? 'popupCantReadFrame' : page.unreadable.reason === 'no-text' ? 'popupCantReadText' : 'popupCantReadMarkup')}</p>
              <button type="button" data-action="copy-report" onClick={async () => {
                await source.copy(page.unreadable!.report);
                setCopied(true);
              }}>
                {t('popupCopyReport')}
              </button>
              <p role="status" className="managed">{copied ? t('popupReportCopied') : ''}</p>
              <details>
                <summary>{t('popupReportWhat')}</summary>
                <pre data-report>{page.unreadable.report}</pre>
              </details>
            </section>
          )}
          {enabled && tabId !== undefined && (
            <button type="button" data-action="pause" onClick={async () => {
              await source.pause(tabId, !page.paused);
              await refresh();
            }}>
              {page.paused ? t('popupResume') : t('popupPause')}
            </button>
          )}
        </>
      ) : (
        <button type="button" className="primary" data-action="use-here" onClick={async () => {
          if (await source.useHere(host, tabId)) await refresh();
        }}>
          {t('popupUseHere')}
        </button>
      )}
      {cur.extra && host && (
        <button type="button" data-action="remove-here" onClick={async () => {
          await source.removeHere(host);
          await refresh();
        }}>
          {t('popupRemoveHere')}
        </button>
      )}
      <p className="pack" data-pack={pack}>{t('popupPack', pack)}</p>
      <div className="row">
        <button type="button" className="primary" data-action="open-panel" onClick={() => void source.openPanel(tabId)}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" data-action="options" onClick={() => void source.openOptions()}>
          {t('popupOptions')}
        </button>
        <a className="link" href="/insights.html" target="_blank" rel="noopener" data-action="insights">{t('popupInsights')}</a>
      </div>
    </main>
  );
}
