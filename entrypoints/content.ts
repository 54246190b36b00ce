import { Coach } from '../src/content/coach';
import { MAIL_MATCHES } from '../src/sites';

// Only the real mail hosts; the test build adds the local fixture server (wxt.config.ts).
export default defineContentScript({
  matches: MAIL_MATCHES,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension reloads or updates: every listener goes with it.
    void new Coach(ctx.signal).start();
  },
});
