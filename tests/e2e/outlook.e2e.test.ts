// The coach inside a reproduced Outlook on the web compose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, type FixtureServer, launch, startServer, underlines, waitForUnderline } from './harness';

let browser: Browser;
let server: FixtureServer;
const EDITOR = '[role="textbox"][aria-label^="Message body"]';

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function typeAtStart(page: Page, text: string) {
  await page.click(EDITOR, { position: { x: 5, y: 5 } });
  await page.evaluate((sel) => {
    const r = document.createRange();
    r.setStart(document.querySelector(sel)!.firstElementChild!, 0);
    r.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, EDITOR);
  await page.keyboard.type(text, { delay: 2 });
}

describe('Outlook on the web', () => {
  it('underlines a blunt draft and never the signature', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/outlook-new.html`);
    const draft = 'hey, u need to sign the contract ASAP!!!';
    await typeAtStart(page, draft);
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
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/outlook-reply.html`);
    await typeAtStart(page, 'Hi Anna, the corrected invoice is attached.');
    await waitForUnderline(page, 'empathy/unacknowledged-feelings', 3000);
    const boxes = await underlines(page);
    const quoteTop = await page.$eval('#appendonsend', (el) => el.getBoundingClientRect().top);
    for (const b of boxes.filter((x) => !x.hidden)) expect(b.rect.y, b.rule).toBeLessThan(quoteTop);
    expect(boxes.map((b) => b.rule)).not.toContain('professionalism/shouting');
    await page.close();
  });
});
