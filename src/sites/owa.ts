import type { SiteAdapter } from './types';

// Outlook Web App on a firm's own Exchange 2010–2016 server (https://mail.firm.example/owa/): no
// fixed host, so the user turns the coach on for that site and the page is recognised by structure.
// The editor is the body of iframe#ifBdy, a document in designMode: the content script runs in that
// frame too and coaches its body. Replies quote below <hr tabindex="-1"> and a #divRpF<digits> header
// (#divRplyFwdMsg on later builds; x_-prefixed when an add-in rewrote the body).
export const owa: SiteAdapter = {
  id: 'owa',
  hosts: [],
  editorSelectors: [],
  editorFrameSelectors: ['iframe#ifBdy'],
  quoteSelectors: ['[id^="divRpF"]', '[id^="x_divRpF"]', '[id$="divRplyFwdMsg"]', 'blockquote'],
  quoteStartSelectors: ['[id$="appendonsend"]', '[id^="divRpF"]', '[id^="x_divRpF"]', '[id$="divRplyFwdMsg"]', 'hr[tabindex="-1"]'],
  signatureSelectors: ['[id^="Signature"]', '[id^="x_Signature"]'],
  subjectSelectors: ['#txtSubj', 'input[name="txtSubj"]'],
  composeSelectors: ['form', 'body'],
  threadMessageSelectors: [],
  composeHints: ['iframe#ifBdy', 'textarea#txtBdy'],
};
