// Messages between the content script, the background worker and the extension pages.
import type { DraftInput, Edit, Report } from './core/types';

/** One compose window's coaching state, as the side panel shows it. */
export interface ComposeState {
  composeId: string;
  focused: boolean;
  text: string;
  subject: string;
  report: Report;
  /** Finding keys the user ignored for this draft. */
  ignored: string[];
}

export interface PageState {
  url: string;
  host: string;
  site: string;
  enabled: boolean;
  paused: boolean;
  composes: ComposeState[];
}

export type ToBackground =
  | { type: 'analyze'; input: DraftInput }
  | { type: 'open-panel' };

export type ToContent =
  | { type: 'get-state' }
  | { type: 'apply'; composeId: string; edits: Edit[]; expected: string }
  | { type: 'ignore'; composeId: string; key: string }
  | { type: 'pause'; paused: boolean };

export type Broadcast = { type: 'state-changed'; state: PageState };

export interface ApplyResult {
  ok: boolean;
  error?: string;
}

/** A finding's identity within one draft: stable while the text it covers does not move. */
export function findingKey(f: { rule: string; start: number; end: number; text: string }): string {
  return `${f.rule}@${f.start}:${f.end}:${f.text}`;
}
