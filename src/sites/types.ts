// A mail site, declared as data plus a few lookups, so a mail UI change is a one-file fix.
export interface SiteAdapter {
  id: string;
  /** Host names the site lives on (the normal build's content script matches only these). */
  hosts: readonly string[];
  /** Compose body editors, in any compose window, inline reply or pop-out. Structure first, never translated labels. */
  editorSelectors: readonly string[];
  /**
   * Iframes whose document is the editor (designMode or an editable body). The content script runs in
   * that frame too (all frames, about:blank included) and coaches the frame's body there.
   */
  editorFrameSelectors?: readonly string[];
  /** Inside an editor: the quoted thread (never checked; read as the message being replied to). */
  quoteSelectors: readonly string[];
  /** Inside an editor: elements where the quoted thread starts and runs to the end of the editor. */
  quoteStartSelectors?: readonly string[];
  /** Inside an editor: the signature (never checked). */
  signatureSelectors: readonly string[];
  /** Inside an editor: text the mail client shows but the user has not written (suggestions); never read. */
  ghostSelectors?: readonly string[];
  /** The subject field of the compose that holds the editor. */
  subjectSelectors: readonly string[];
  /** The compose container around an editor (dialog, inline reply, full screen). */
  composeSelectors: readonly string[];
  /** The open message being replied to, outside the compose (the conversation view). */
  threadMessageSelectors: readonly string[];
  /** Recipients' addresses (To and Cc) as the compose shows them; used only to pick the audience. */
  readRecipients?(compose: ParentNode): string[];
  /** The address the user writes from, when the page shows it (its domain makes colleagues). */
  readOwnAddress?(doc: Document): string | undefined;
  /** An id of the draft that survives a page reload, when the page has one. */
  readDraftId?(compose: ParentNode): string | undefined;
  /**
   * Signs that a compose is open even when no editor selector matches (the mail client changed its
   * markup): the coach then says it can't read this editor instead of staying silent.
   */
  composeHints: readonly string[];
}
