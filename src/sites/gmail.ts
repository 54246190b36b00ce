import type { SiteAdapter } from './types';

// Gmail. Prefer attributes that do not change with the UI language: aria-label="Message Body" is translated.
export const gmail: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  editorSelectors: ['[g_editable="true"][contenteditable="true"]', 'div.Am.Al.editable[contenteditable="true"]', '[role="dialog"] div[contenteditable="true"][role="textbox"]', '.M9 div[contenteditable="true"][role="textbox"]', '.ip div[contenteditable="true"][role="textbox"]'],
  quoteSelectors: ['div.gmail_quote', 'blockquote.gmail_quote', '.gmail_extra', 'div.gmail_quote_container'],
  signatureSelectors: ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.gmail_signature_prefix'],
  subjectSelectors: ['input[name="subjectbox"]'],
  composeSelectors: ['[role="dialog"]', '.M9', '.ip', '.aoI', 'form'],
  threadMessageSelectors: ['.a3s.aiL', '.ii.gt .a3s', 'div[data-message-id] .a3s'],
};
