import { Coach } from '../src/content/coach';
import { MAIL_MATCHES } from '../src/sites';

// Only the real mail hosts; the test build adds the local fixture server (wxt.config.ts).
export default defineContentScript({
  matches: MAIL_MATCHES,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const coach = new Coach();
    void coach.start();
    ctx.onInvalidated(() => coach.stop());
  },
});
