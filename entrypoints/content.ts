import { Coach } from '../src/content/coach';
import { MAIL_MATCHES } from '../src/sites';

// Only the real mail hosts; the test build adds the local fixture server (wxt.config.ts).
// Every frame, about:blank ones included: an editor can live in an iframe (Outlook Web App's
// designMode body). Only the top frame answers the popup and the side panel (src/content/coach.ts).
export default defineContentScript({
  matches: MAIL_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension reloads or updates: every listener goes with it.
    void new Coach(ctx.signal).start();
  },
});
