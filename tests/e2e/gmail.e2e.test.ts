// The coach inside a reproduced Gmail compose, in real headless Chromium with the built extension.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { editorText, extensionPage, openCard, tabIdOf, typeAtStart, underlines, waitForChecked, waitForUnderline } from './harness';

const env = useBrowser();

const EDITOR = '[g_editable="true"]';

async function open(name: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${name}`);
  return page;
}

describe('Gmail', () => {
  it('underlines the right words of a blunt draft within a second after typing stops, never the signature', async () => {
    const page = await open('gmail-new.html');
    const draft = 'Per my last email, send me the signed contract ASAP!!! You failed to send it.';
    await typeAtStart(page, EDITOR, draft);
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

  it('reads the quoted angry message as the incoming one: a neutral reply raises an empathy finding, the quote is never underlined', async () => {
    const page = await open('gmail-reply.html');
    await typeAtStart(page, EDITOR, 'Hi Anna, the corrected invoice is attached. Best regards, Mia');
    await waitForUnderline(page, 'empathy/unacknowledged-feelings');
    const boxes = await underlines(page);
    const quote = await page.$eval('.gmail_quote', (el) => el.getBoundingClientRect().toJSON());
    for (const b of boxes.filter((x) => !x.hidden)) expect(b.rect.y < quote.top || b.rect.y > quote.bottom, b.rule).toBe(true);
    // The quote shouts "UNACCEPTABLE!!!": neither rule fires, because the quote is not the draft.
    expect(boxes.map((b) => b.rule)).not.toContain('professionalism/shouting');
    expect(boxes.map((b) => b.rule)).not.toContain('professionalism/repeated-punctuation');
    await page.close();
  });

  it('Apply changes exactly the span and nothing else, and Ctrl+Z restores it', async () => {
    const page = await open('gmail-new.html');
    await typeAtStart(page, EDITOR, 'Due to the fact that the client is waiting, we start at 9.');
    await waitForUnderline(page, 'clarity/wordy-phrase');
    const before = await page.$eval(EDITOR, (el) => el.innerHTML);
    // Hover the underline, then press Apply on the card.
    await (await openCard(page, 'clarity/wordy-phrase')).locator('button[data-action="apply"]').click();
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('Because'), EDITOR);
    const after = await page.$eval(EDITOR, (el) => el.innerHTML);
    expect(after).toBe(before.replace('Due to the fact that', 'Because'));
    // Undo in the editor itself.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('Due to'), EDITOR);
    expect(await page.$eval(EDITOR, (el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it('a suggestion with several edits in one sentence is one step for Ctrl+Z', async () => {
    const page = await open('gmail-new.html');
    await typeAtStart(page, EDITOR, 'Send me the report by Friday.');
    await waitForUnderline(page, 'empathy/demanding-imperative');
    const before = await page.$eval(EDITOR, (el) => el.innerHTML);
    await (await openCard(page, 'empathy/demanding-imperative')).locator('button[data-action="apply"]').click();
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('Could you please send me the report by Friday?'), EDITOR);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('Send me'), EDITOR);
    expect(await page.$eval(EDITOR, (el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it('refuses to apply a suggestion when the draft changed since it was checked, and re-checks', async () => {
    const page = await open('gmail-new.html');
    await typeAtStart(page, EDITOR, 'Due to the fact that it rains, we wait.');
    await waitForUnderline(page, 'clarity/wordy-phrase');
    const ext = await extensionPage(env.browser, 'popup.html');
    const tabId = await tabIdOf(ext, page.url());
    const state = await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId);
    const compose = state.composes[0];
    const f = compose.report.findings.find((x: { rule: string }) => x.rule === 'clarity/wordy-phrase');
    // The user types on before the suggestion arrives.
    await page.keyboard.type(' More text.');
    const result = await ext.evaluate(
      ([id, msg]) => chrome.tabs.sendMessage(id as number, msg),
      [tabId, { type: 'apply', composeId: compose.composeId, edits: f.suggestions[0].edits, expected: compose.text }] as const,
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/changed since it was checked/) });
    expect(await editorText(page, EDITOR)).toContain('Due to the fact that it rains, we wait. More text.');
    // It checks the new text: the finding is still there, now for the current draft.
    await ext.close();
    await page.close();
  });

  it('keeps the caret where the user left it while hints update', async () => {
    const page = await open('gmail-new.html');
    await typeAtStart(page, EDITOR, 'Please send the report ASAP. I will call you soon.');
    await waitForUnderline(page, 'clarity/vague-deadline');
    // Move the caret into the middle of "report" and let several checks run.
    await page.evaluate(() => {
      const ed = document.querySelector('[g_editable="true"]')!;
      const node = ed.querySelector('div')!.firstChild!;
      const r = document.createRange();
      r.setStart(node, 18);
      r.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await page.keyboard.type('XY', { delay: 30 });
    await page.waitForTimeout(600);
    const caret = await page.evaluate(() => {
      const s = getSelection()!;
      return { text: s.anchorNode!.textContent, offset: s.anchorOffset };
    });
    expect(caret.text!.slice(0, caret.offset)).toBe('Please send the reXY');
    await page.close();
  });

  it('keeps underlines on their words after the compose scrolls', async () => {
    const page = await open('gmail-new.html');
    const filler = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of the agenda is fine.`).join('\n');
    await typeAtStart(page, EDITOR, filler.split('\n').slice(0, 1)[0]);
    await page.evaluate((text) => {
      const ed = document.querySelector('[g_editable="true"]')!;
      const html = text.split('\n').map((l) => `<div>${l}</div>`).join('') + '<div>Please reply ASAP.</div>';
      ed.querySelector('div')!.insertAdjacentHTML('afterend', html);
    }, filler);
    await waitForUnderline(page, 'clarity/vague-deadline');
    const measure = () =>
      page.evaluate(() => {
        const o = [...document.querySelectorAll('tone-coach-overlay')].map((x) => x.shadowRoot!.querySelector('[data-rule="clarity/vague-deadline"] .line')).find(Boolean)!;
        const ed = document.querySelector('[g_editable="true"]')!;
        const last = [...ed.querySelectorAll('div')].find((d) => d.textContent!.includes('ASAP'))!.firstChild!;
        const r = document.createRange();
        const i = last.textContent!.indexOf('ASAP');
        r.setStart(last, i);
        r.setEnd(last, i + 4);
        return { line: o ? o.getBoundingClientRect().toJSON() : null, word: r.getBoundingClientRect().toJSON() };
      });
    await page.$eval('.Ar.Au', (el) => (el.scrollTop = 0));
    await page.waitForTimeout(150);
    await page.$eval('.Ar.Au', (el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(200);
    const m = await measure();
    expect(m.line).not.toBeNull();
    expect(Math.abs(m.line!.x - m.word.x)).toBeLessThan(2);
    expect(Math.abs(m.line!.y - m.word.bottom)).toBeLessThan(4);
    await page.close();
  });

  it('coaches two composes separately, and a compose opened later, and cleans up when it closes', async () => {
    const page = await open('gmail-two.html');
    await typeAtStart(page, '#first [g_editable="true"]', 'Send me the file ASAP.');
    await typeAtStart(page, '#second [g_editable="true"]', 'gonna be late lol');
    await waitForUnderline(page, 'clarity/vague-deadline');
    await waitForUnderline(page, 'professionalism/slang');
    const boxes = await underlines(page);
    const composes = new Set(boxes.map((b) => b.compose));
    expect(composes.size).toBe(2);
    const slangCompose = boxes.find((b) => b.rule === 'professionalism/slang')!.compose;
    expect(boxes.filter((b) => b.compose === slangCompose).map((b) => b.rule)).not.toContain('clarity/vague-deadline');

    const late = await open('gmail-late.html');
    await late.waitForTimeout(500);
    await late.click('#compose');
    await typeAtStart(late, '#late [g_editable="true"]', 'Per my last email, the deck is late.');
    await waitForUnderline(late, 'empathy/passive-aggressive');
    await late.click('#close');
    await late.waitForFunction(() => document.querySelectorAll('tone-coach-overlay').length === 0, undefined, { timeout: 3000 });
    await page.close();
    await late.close();
  });
});

describe('Gmail, keyboard only', () => {
  // Firefox sends mousemove whenever layout changes under a resting pointer; those used to count as
  // the pointer leaving the underline and closed a card the caret had opened.
  it('a card opened by the caret stays open while the pointer rests on the editor', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/gmail-new.html`);
    await typeAtStart(page, EDITOR, 'Hello team. In order to start, we need the key.');
    await waitForUnderline(page, 'clarity/wordy-phrase');
    const editor = await page.$eval(EDITOR, (el) => el.getBoundingClientRect().toJSON());
    // The pointer rests on the editor, below the text: on no underline.
    await page.mouse.move(editor.x + 200, editor.y + editor.height - 10);
    await page.keyboard.press('End');
    for (let i = 0; i < 'In order to start, we need the key.'.length - 3; i++) await page.keyboard.press('ArrowLeft');
    const card = page.locator('tone-coach-overlay .card[data-rule="clarity/wordy-phrase"]');
    await card.waitFor({ state: 'visible', timeout: 3000 });
    await page.waitForTimeout(800);
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });

  it('the caret entering an underline opens its card; Alt+ArrowDown focuses it, Enter applies, Escape returns to the editor', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/gmail-new.html`);
    await typeAtStart(page, EDITOR, 'In order to start, we need the key.');
    await waitForUnderline(page, 'clarity/wordy-phrase');
    // The underline may be from a check of the draft half typed (when typing paused for the 120 ms the
    // coach waits, as on a busy machine); Apply on it would rightly be refused. Wait for this draft's.
    await waitForChecked(env.browser, page, 'In order to start, we need the key.');
    // Move the caret into "In order to" with the keyboard.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const card = page.locator('tone-coach-overlay .card[data-rule="clarity/wordy-phrase"]');
    await card.waitFor({ state: 'visible', timeout: 3000 });
    expect(await card.getAttribute('role')).toBe('dialog');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TONE-COACH-OVERLAY');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('To start'), EDITOR);
    // Escape from an open card hands focus back to the editor.
    await page.keyboard.press('End');
    await typeAtStart(page, EDITOR, 'Due to the fact that it rains, ');
    await waitForUnderline(page, 'clarity/wordy-phrase');
    await waitForChecked(env.browser, page, 'Due to the fact that it rains, To start, we need the key.');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await card.waitFor({ state: 'visible', timeout: 3000 });
    // A screen reader hears that a card opened (a polite live region), not only sighted users.
    const live = page.locator('tone-coach-overlay [data-announcer]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => /^Tone Coach: .+Alt\+Down/.test(document.querySelector('tone-coach-overlay')!.shadowRoot!.querySelector('[data-announcer]')!.textContent!), undefined, { timeout: 2000 });
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Escape');
    // Focus comes back to the editor with the caret where it was.
    const caret = await page.evaluate(() => ({ editor: (document.activeElement as HTMLElement | null)?.getAttribute('g_editable'), offset: getSelection()!.anchorOffset, text: getSelection()!.anchorNode?.textContent?.slice(0, 6) }));
    expect(caret).toEqual({ editor: 'true', offset: 1, text: 'Due to' });
    await page.close();
  });
});
