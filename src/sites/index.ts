// Which adapter serves a page: by host, or (test pages, sites a user adds) by what the page contains.
import { gmail } from './gmail';
import { outlook } from './outlook';
import { owa } from './owa';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [gmail, outlook, owa];
export const MAIL_HOSTS: readonly string[] = SITES.flatMap((s) => s.hosts);
export const MAIL_MATCHES: string[] = MAIL_HOSTS.map((h) => `https://${h}/*`);

/** A fallback for other sites a user turns the coach on for: any rich-text editor. */
export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  editorSelectors: ['[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"]'],
  quoteSelectors: ['blockquote'],
  signatureSelectors: [],
  subjectSelectors: ['input[name="subject"]'],
  composeSelectors: ['form', '[role="dialog"]'],
  threadMessageSelectors: [],
  composeHints: [],
};

const present = (doc: Document, selectors: readonly string[] | undefined) => (selectors ?? []).some((sel) => doc.querySelector(sel));

/**
 * The adapter for a page: by host; else the mail site whose editor, editor frame or compose markers
 * the page holds (a firm's Outlook Web App, the test fixtures); else the generic one.
 * `frame` is the iframe element holding this document, when it is a same-origin subframe.
 */
export function adapterFor(host: string, doc: Document, frame?: Element | null): SiteAdapter {
  const byHost = SITES.find((s) => s.hosts.includes(host));
  if (byHost) return byHost;
  if (frame) {
    const byFrame = SITES.find((s) => s.editorFrameSelectors?.some((sel) => frame.matches(sel)));
    if (byFrame) return byFrame;
  }
  const byDom = SITES.find((s) => present(doc, s.editorSelectors) || present(doc, s.editorFrameSelectors) || present(doc, s.composeHints));
  return byDom ?? generic;
}

export type { SiteAdapter };
