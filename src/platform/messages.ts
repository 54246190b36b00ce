// Messages between the content script, the background worker and the extension pages: one map of
// request → response per receiver, and typed send/listen helpers, so no call site casts. On the wire a
// message stays `{ type, ...request }` (test harnesses send `{ type: 'get-state' }` directly).
import { browser } from 'wxt/browser';
import type { DraftInput, Edit, Report } from '../core/types';
import type { Audience, AudienceMatch } from '../engine/audience';
import type { EmailRecord } from './records';
import type { MessageLocale } from '../rules/types';

/** One compose window's coaching state, as the side panel shows it. */
export interface ComposeState {
  composeId: string;
  focused: boolean;
  text: string;
  subject: string;
  report: Report;
  /** Finding keys the user ignored for this draft. */
  ignored: string[];
  /** Who the email is for, when the site shows recipients. */
  audience?: AudienceView;
  /** "Pause for this email" is on for this draft. */
  paused?: boolean;
}

/** Who an email is for, as the panel shows it: no addresses, only domains. */
export interface AudienceView extends AudienceMatch {
  /** A first email to someone outside the user's domains: a formal greeting and address are expected. */
  newContact: boolean;
  /** How many recipients (To and Cc) the compose has. */
  recipients: number;
  /** The recipients' domains. */
  domains: string[];
}

/** What the content script knows about an email's recipients; the background maps it to an audience. */
export interface RecipientsInput {
  addresses: string[];
  /** The address the user writes from, when the page shows it. */
  ownAddress?: string;
  /** The audience the user chose for this email in the panel. */
  override?: Audience;
}

/** A mail editor the coach recognises but cannot read, and a text-free description of the page around it. */
export interface Unreadable {
  reason: 'no-match' | 'no-text' | 'frame';
  report: string;
}

export interface PageState {
  url: string;
  host: string;
  site: string;
  enabled: boolean;
  paused: boolean;
  composes: ComposeState[];
  /** The compose last written in (in any frame): "Pause for this email" applies to it. */
  current?: string;
  unreadable?: Unreadable;
}

export interface ApplyResult {
  ok: boolean;
  error?: string;
}

/** Keyboard commands the content script carries out (manifest `commands`; "open-coach" is the worker's). */
export type CoachCommand = 'next-finding' | 'previous-finding' | 'apply-first';
export const COACH_COMMANDS: readonly string[] = ['next-finding', 'previous-finding', 'apply-first'];

/** What the background worker answers. */
export type BackgroundProtocol = {
  /** `locale`: the interface language the asking page shows its words in; the report's messages follow it. */
  analyze: { request: { input: DraftInput; audience?: { audience: Audience; newContact: boolean }; locale?: MessageLocale }; response: Report };
  /** Recipients → audience; addresses are used for this only and never stored. */
  audience: { request: { recipients: RecipientsInput }; response: AudienceView };
  'open-panel': { request: object; response: { ok: boolean } };
  /** Wake the worker (the browser stops it when idle) before a check needs it: sent when a compose gets focus or typing resumes. */
  warm: { request: object; response: void };
  /** A subframe's coaching state, relayed to the tab's top frame (an editor inside an iframe). */
  'frame-state': { request: { state: PageState }; response: void };
  /** A keyboard command, as chrome.commands delivers it; extension pages send it too (the same path). */
  'run-command': { request: { command: string; tabId?: number }; response: { ok: boolean } };
  /** Finding keys ignored in one email (kept in session storage: they survive a page reload). */
  /** An email went: keep its record (no text) and remember its recipients as written to (hashed). */
  record: { request: { record: EmailRecord; recipients: string[] }; response: { ok: boolean } };
  'ignored-get': { request: { email: string }; response: string[] };
  'ignored-add': { request: { email: string; key: string }; response: { ok: boolean } };
};

/** What a tab's content script answers (sent by the side panel and the popup). */
export type ContentProtocol = {
  'get-state': { request: object; response: PageState };
  apply: { request: { composeId: string; edits: Edit[]; expected: string }; response: ApplyResult };
  ignore: { request: { composeId: string; key: string }; response: ApplyResult };
  pause: { request: { paused: boolean; composeId?: string }; response: ApplyResult };
  /** Top frame only: a subframe's state, from the background worker. */
  'frame-state': { request: { frameId: number; state: PageState }; response: ApplyResult };
  'set-audience': { request: { composeId: string; audience: Audience | undefined }; response: ApplyResult };
  /** Next or previous finding, or apply the first suggestion: from the keyboard commands. */
  command: { request: { command: CoachCommand }; response: ApplyResult };
};

/** What the content script tells every extension page (nobody answers). */
export type BroadcastProtocol = {
  'state-changed': { request: { state: PageState }; response: void };
};

type Protocol = Record<string, { request: object; response: unknown }>;
export type Message<P extends Protocol, K extends keyof P = keyof P> = K extends keyof P ? { type: K } & P[K]['request'] : never;
type Handlers<P extends Protocol> = { [K in keyof P]?: (msg: Message<P, K>, sender: Sender) => P[K]['response'] | Promise<P[K]['response']> };
export interface Sender {
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

/** A handler that failed answers this, and the sender's promise rejects with its message. */
const FAILED = 'tone-coach-error';

async function unwrap<T>(answer: Promise<unknown>): Promise<T> {
  const r = await answer;
  if (r && typeof r === 'object' && FAILED in r) throw new Error(String((r as Record<string, unknown>)[FAILED]));
  return r as T;
}

export function sendToBackground<K extends keyof BackgroundProtocol>(type: K, request: BackgroundProtocol[K]['request']): Promise<BackgroundProtocol[K]['response']> {
  return unwrap(browser.runtime.sendMessage({ ...request, type }));
}

export function sendToTab<K extends keyof ContentProtocol>(tabId: number, type: K, request: ContentProtocol[K]['request'], options?: { frameId?: number }): Promise<ContentProtocol[K]['response']> {
  return unwrap(options ? browser.tabs.sendMessage(tabId, { ...request, type }, options) : browser.tabs.sendMessage(tabId, { ...request, type }));
}

/** Tell the extension pages; nobody listening (no panel open) is not an error. */
export function broadcast<K extends keyof BroadcastProtocol>(type: K, request: BroadcastProtocol[K]['request']): void {
  browser.runtime.sendMessage({ ...request, type }).catch(() => undefined);
}

/**
 * Answer the messages of one protocol until `signal` aborts. Types without a handler are left to other
 * listeners (the worker and the pages share runtime messages). `accepts` may decline a message at once
 * (a frame that does not hold the compose a message is about stays silent, so the frame that does answers).
 */
export function listen<P extends Protocol>(handlers: Handlers<P>, signal?: AbortSignal, accepts?: (msg: Message<P>) => boolean): void {
  if (signal?.aborted) return;
  const listener = (msg: unknown, sender: Sender, respond: (r: unknown) => void): boolean => {
    const type = (msg as { type?: unknown } | null)?.type;
    const handler = typeof type === 'string' && Object.hasOwn(handlers, type) ? (handlers[type] as (m: unknown, s: Sender) => unknown) : undefined;
    if (!handler || (accepts && !accepts(msg as Message<P>))) return false;
    Promise.resolve()
      .then(() => handler(msg, sender))
      .then(respond, (e: unknown) => respond({ [FAILED]: e instanceof Error ? e.message : String(e) }));
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox both honour it).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** The number the toolbar badge and the compose indicator show: warnings and errors not ignored. */
export function warningCount(findings: readonly { severity: string; rule: string; start: number; end: number; text: string }[], ignored: readonly string[] = []): number {
  const skip = new Set(ignored);
  return findings.filter((f) => f.severity !== 'info' && !skip.has(findingKey(f))).length;
}

/** A finding's identity within one draft: stable while the text it covers does not move. */
export function findingKey(f: { rule: string; start: number; end: number; text: string }): string {
  return `${f.rule}@${f.start}:${f.end}:${f.text}`;
}
