import type { SiteAdapter } from './types';
import { addressesIn } from './addresses';

// Gmail. Prefer attributes that do not change with the UI language: aria-label="Message Body" is translated.
// Quotes: since 2024 the quoted thread sits in div.gmail_quote.gmail_quote_container, and when a user
// answers between quoted paragraphs their own lines stay inside that container, between
// blockquote.gmail_quote pieces. So only the quoted pieces are the quote, never the container.
// Mail that went through Outlook add-ins or forwarding carries the same classes with an x_ prefix.
export const gmail: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  editorSelectors: ['[g_editable="true"][contenteditable="true"]', 'div.Am.Al.editable[contenteditable="true"]', '[role="dialog"] div[contenteditable="true"][role="textbox"]', '.M9 div[contenteditable="true"][role="textbox"]', '.ip div[contenteditable="true"][role="textbox"]'],
  quoteSelectors: ['blockquote.gmail_quote', '.gmail_attr', '.gmail_extra', 'blockquote.x_gmail_quote', '.x_gmail_attr', '.x_gmail_extra'],
  signatureSelectors: ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.gmail_signature_prefix', '.x_gmail_signature'],
  // Smart Compose's grey suggestion sits in the editor until Tab accepts it: not the draft. Ghost text
  // inside an editor is hidden from screen readers (else they would read it as written), so that is
  // what marks it, not a class name.
  ghostSelectors: ['[aria-hidden="true"]'],
  subjectSelectors: ['input[name="subjectbox"]'],
  // A compose dialog, inline reply (.M9/.ip), the pop-out window (?view=cm) and full screen (.aoI).
  composeSelectors: ['[role="dialog"]', '.M9', '.ip', '.aoI', 'form'],
  threadMessageSelectors: ['.a3s.aiL', '.ii.gt .a3s', 'div[data-message-id] .a3s'],
  readRecipients: readGmailRecipients,
  readOwnAddress: (doc) => addressesIn(doc.title)[0],
  readDraftId: (compose) => compose.querySelector<HTMLInputElement>('input[name="draft"]')?.value || undefined,
  composeHints: ['input[name="subjectbox"]', '[role="dialog"] [contenteditable="true"]', '.M9 [contenteditable="true"]', '.aoI [contenteditable="true"]'],
};

/**
 * To and Cc of a Gmail compose. Since the 2021 compose redesign each recipient is a chip with
 * role="option" inside the field's listbox (div.anm[name="to"|"cc"]), the address in
 * data-hovercard-id. The older compose keeps "Name <address>" in a hidden input inside each .vR
 * chip. An address still being typed is in the field's own input.
 */
function readGmailRecipients(compose: ParentNode): string[] {
  const out: string[] = [];
  for (const field of ['to', 'cc']) {
    for (const chip of compose.querySelectorAll(`.anm[name="${field}"] [role="option"][data-hovercard-id]`)) out.push(chip.getAttribute('data-hovercard-id') ?? '');
    for (const hidden of compose.querySelectorAll<HTMLInputElement>(`.vR input[type="hidden"][name="${field}"]`)) out.push(hidden.value);
    for (const typed of compose.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`input[name="${field}"]:not([type="hidden"]), textarea[name="${field}"]`)) out.push(...addressesIn(typed.value));
  }
  return out;
}
