// The coach inside a reproduced Outlook on the web compose.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { typeAtStart, underlines, waitForUnderline } from './harness';

const env = useBrowser();
const EDITOR = '[role="textbox"][aria-label^="Message body"]';

describe('Outlook on the web', () => {
  it('underlines a blunt draft and never the signature', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/outlook-new.html`);
    const draft = 'hey, u need to sign the contract ASAP!!!';
    await typeAtStart(page, EDITOR, draft);
    await waitForUnderline(page, 'professionalism/slang', 3000);
    const boxes = await underlines(page);
    const rules = boxes.map((b) => b.rule);
    expect(rules).toEqual(expect.arrayContaining(['professionalism/slang', 'clarity/vague-deadline', 'professionalism/repeated-punctuation']));
    const slang = boxes.find((b) => b.rule === 'professionalism/slang')!;
    expect(draft.slice(slang.start, slang.end)).toBe('u');
    const sig = await page.$eval('#Signature', (el) => el.getBoundingClientRect().toJSON());
    for (const b of boxes.filter((x) => !x.hidden)) expect(b.rect.y < sig.top || b.rect.y > sig.bottom, b.rule).toBe(true);
    await page.close();
  });

  it('reads the quoted thread from #appendonsend onwards as the incoming message and never underlines it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/outlook-reply.html`);
    await typeAtStart(page, EDITOR, 'Hi Anna, the corrected invoice is attached.');
    await waitForUnderline(page, 'empathy/unacknowledged-feelings', 3000);
    const boxes = await underlines(page);
    const quoteTop = await page.$eval('#appendonsend', (el) => el.getBoundingClientRect().top);
    for (const b of boxes.filter((x) => !x.hidden)) expect(b.rect.y, b.rule).toBeLessThan(quoteTop);
    expect(boxes.map((b) => b.rule)).not.toContain('professionalism/shouting');
    await page.close();
  });
});
