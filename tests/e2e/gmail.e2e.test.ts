// The coach inside a reproduced Gmail compose, in real headless Chromium with the built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, type FixtureServer, launch, startServer, underlines, waitForUnderline, editorText } from './harness';

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const EDITOR = '[g_editable="true"]';

async function open(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${name}`);
  return page;
}

/** Put the caret at the start of the editor's first line and type. */
async function typeDraft(page: Page, text: string, editor = EDITOR) {
  await page.click(editor);
  await page.evaluate((sel) => {
    const ed = document.querySelector(sel)!;
    const first = ed.firstElementChild ?? ed;
    const r = document.createRange();
    r.setStart(first, 0);
    r.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, editor);
  await page.keyboard.type(text, { delay: 2 });
}

describe('Gmail', () => {
  it('underlines the right words of a blunt draft within a second after typing stops, never the signature', async () => {
    const page = await open('gmail-new.html');
    const draft = 'Per my last email, send me the signed contract ASAP!!! You failed to send it.';
    await typeDraft(page, draft);
    const typedAt = Date.now();
    await waitForUnderline(page, 'clarity/vague-deadline', 3000);
    expect(Date.now() - typedAt).toBeLessThan(1000);
    const boxes = await underlines(page);
    const text = await editorText(page, EDITOR);
    const byRule = (r: string) => boxes.find((b) => b.rule === r)!;
    // Offsets point at the words in the draft the user sees.
    const draftStart = text.indexOf('Per my');
    expect(draftStart).toBe(0);
    expect(draft.slice(byRule('clarity/vague-deadline').start, byRule('clarity/vague-deadline').end)).toBe('ASAP');
    expect(draft.slice(byRule('empathy/passive-aggressive').start, byRule('empathy/passive-aggressive').end)).toBe('Per my last email');
    expect(draft.slice(byRule('professionalism/repeated-punctuation').start, byRule('professionalism/repeated-punctuation').end)).toBe('!!!');
    expect(byRule('empathy/blame').category).toBe('empathy');
    // The signature says "Call me ASAP!!!" in capitals: nothing there is underlined.
    const sigBox = await page.$eval('.gmail_signature', (el) => el.getBoundingClientRect().toJSON());
    for (const b of boxes.filter((x) => !x.hidden)) expect(b.rect.y < sigBox.top || b.rect.y > sigBox.bottom, b.rule).toBe(true);
    expect(boxes.filter((b) => b.start >= draft.length)).toEqual([]);
    // The underline sits under the word on screen.
    const asap = byRule('clarity/vague-deadline');
    const wordRect = await page.evaluate(() => {
      const ed = document.querySelector('[g_editable="true"]')!;
      const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('ASAP');
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 4);
          return r.getBoundingClientRect().toJSON();
        }
      }
      return null;
    });
    expect(Math.abs(asap.rect.x - wordRect!.x)).toBeLessThan(2);
    expect(Math.abs(asap.rect.width - wordRect!.width)).toBeLessThan(2);
    expect(Math.abs(asap.rect.y - wordRect!.bottom)).toBeLessThan(4);
    await page.close();
  });
});
