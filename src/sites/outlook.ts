import type { SiteAdapter } from './types';

// Outlook on the web. Class names there are hashed and change with every release: never rely on them.
export const outlook: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  editorSelectors: ['div[role="textbox"][aria-label^="Message body"]', '[contenteditable="true"][aria-label^="Message body"]', 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]'],
  quoteSelectors: ['#divRplyFwdMsg', 'blockquote'],
  quoteStartSelectors: ['#appendonsend', '#divRplyFwdMsg', 'hr[tabindex="-1"]'],
  signatureSelectors: ['#Signature', '[id^="Signature"]'],
  subjectSelectors: ['[aria-label="Add a subject"]', 'input[aria-label^="Subject"]'],
  composeSelectors: ['[role="dialog"]', '[role="main"]', 'form'],
  threadMessageSelectors: ['[aria-label="Message body"][role="document"]', 'div[role="document"]'],
};
