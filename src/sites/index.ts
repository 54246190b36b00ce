// Which adapter serves a page: by host, or (test pages, sites a user adds) by what the page contains.
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [gmail, outlook];
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
};

export function adapterFor(host: string, doc: Document): SiteAdapter {
  const byHost = SITES.find((s) => s.hosts.includes(host));
  if (byHost) return byHost;
  const byDom = SITES.find((s) => s.editorSelectors.some((sel) => doc.querySelector(sel)));
  return byDom ?? generic;
}

export type { SiteAdapter };
