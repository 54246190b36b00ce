// Issue 13 and 15's editing examples in the browser: words never merge whatever formatting follows
// the flagged phrase (Gmail and Outlook, card by hover and by caret, side panel), one action is one
// Ctrl+Z, Rewrite all applies the composed result, and a [[slot]] is selected, replaced by typing and
// an error until it is filled.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { editorText, openCard, openPanelPage, underlines, waitForUnderline } from './harness';

const env = useBrowser();

const SITES = [
  { name: 'Gmail', fixture: 'gmail-new.html', editor: '[g_editable="true"]' },
  { name: 'Outlook', fixture: 'outlook-new.html', editor: '[role="textbox"][aria-label^="Message body"]' },
];

// The three cases from issue 15: the phrase starts a line and the next word is bold, underlined or a link.
const MERGE_CASES = [
  { html: '<div>You failed to <b>send</b> it.</div>', rule: 'empathy/blame', text: 'We still need to send it.' },
  { html: '<div>Just checking in <u>on the slide deck.</u></div>', rule: 'professionalism/undermining', text: 'I am following up on the slide deck.' },
  { html: '<div>Send <u>me the guest list</u> by Friday.</div>', rule: 'empathy/demanding-imperative', text: 'Could you please send me the guest list by Friday?' },
];

async function open(site: (typeof SITES)[number], html: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${site.fixture}`);
  await page.$eval(
    site.editor,
    (el, h) => {
      el.innerHTML = h;
      (el as HTMLElement).focus();
    },
    html,
  );
  return page;
}

const html = (page: Page, sel: string) => page.$eval(sel, (el) => el.innerHTML);

/** The draft's first line as the user reads it (non-breaking spaces are spaces). */
const firstLine = async (page: Page, sel: string) => (await editorText(page, sel)).replace(/\u00a0/g, ' ').split('\n')[0];

async function undoOnce(page: Page, sel: string, before: string): Promise<void> {
  await page.focus(sel);
  await page.keyboard.press('Control+z');
  await expect.poll(() => html(page, sel), { timeout: 2000 }).toBe(before);
}

describe('apply never merges words, and one Ctrl+Z undoes it', () => {
  for (const site of SITES) {
    for (const c of MERGE_CASES) {
      it(`${site.name}: ${c.html} from the card (hover), the card (caret) and the panel`, async () => {
        for (const path of ['hover', 'caret', 'panel'] as const) {
          const page = await open(site, c.html);
          await waitForUnderline(page, c.rule);
          const before = await html(page, site.editor);
          if (path === 'hover') await (await openCard(page, c.rule)).locator('button[data-action="apply"]').first().click();
          else if (path === 'caret') {
            // The caret inside the first word opens the card; the keyboard reaches Apply.
            await page.evaluate((sel) => {
              const t = document.querySelector(sel)!.querySelector('div')!.firstChild!;
              const r = document.createRange();
              r.setStart(t, 2);
              r.collapse(true);
              getSelection()!.removeAllRanges();
              getSelection()!.addRange(r);
            }, site.editor);
            await page.locator(`tone-coach-overlay .card[data-rule="${c.rule}"]`).waitFor({ state: 'visible', timeout: 3000 });
            await page.keyboard.press('Alt+ArrowDown');
            await page.keyboard.press('Enter');
          } else {
            const panel = await openPanelPage(env.browser, page);
            await panel.click(`[data-rule="${c.rule}"] button[data-action="apply"]`);
            await panel.close();
            await page.bringToFront();
          }
          await expect.poll(() => firstLine(page, site.editor), { timeout: 3000 }).toBe(c.text);
          await undoOnce(page, site.editor, before);
          await page.close();
        }
      });
    }
  }

  it('a two-edit suggestion across a link is one Ctrl+Z', async () => {
    const site = SITES[0];
    const page = await open(site, '<div>Hi Anna,</div><div><br></div><div>Send me the <a href="https://example.com/q3">Q3 report</a> by Friday.</div>');
    await waitForUnderline(page, 'empathy/demanding-imperative');
    const before = await html(page, site.editor);
    await (await openCard(page, 'empathy/demanding-imperative')).locator('button[data-action="apply"]').first().click();
    await expect.poll(() => editorText(page, site.editor), { timeout: 3000 }).toContain('Could you please send me the Q3 report by Friday?');
    // The link is still a link, around the same words.
    expect(await page.$eval(`${site.editor} a`, (a) => a.textContent)).toBe('Q3 report');
    await undoOnce(page, site.editor, before);
    await page.close();
  });
});

describe('issue 13 in the browser', () => {
  for (const site of SITES) {
    it(`${site.name}: Rewrite all applies the composed result, and one Ctrl+Z restores the draft exactly`, async () => {
      const page = await open(site, "<div>Hi Anna,</div><div><br></div><div>I'm so sorry, I just wanted to follow up if you had a chance to look at the <b>draft</b>??</div><div>This is VERY IMPORTANT!!! Please check the DMARC record.</div>");
      await waitForUnderline(page, 'professionalism/repeated-punctuation');
      const before = await html(page, site.editor);
      const panel = await openPanelPage(env.browser, page);
      await panel.waitForSelector('[data-rule="professionalism/shouting"]');
      await panel.click('[data-action="rewrite-all"]');
      const shown = await panel.textContent('.diff');
      await panel.click('[data-action="apply-all"]');
      await page.bringToFront();
      const want = "I'm so sorry, I am following up if you had a chance to look at the draft?\nThis is very important! Please check the DMARC record.";
      await expect.poll(async () => (await editorText(page, site.editor)).replace(/\u00a0/g, ' '), { timeout: 3000 }).toContain(want);
      // The diff showed exactly what was applied.
      expect(shown!.replace(/\u00a0/g, ' ')).toContain('DMARC');
      // The bold word stays bold. (Known: the "?" typed right after it joins the bold; see docs/RELIABILITY.md.)
      expect(await page.$eval(`${site.editor} b`, (b) => b.textContent)).toMatch(/^draft/);
      await panel.close();
      await undoOnce(page, site.editor, before);
      await page.close();
    });

    it(`${site.name}: applying "Give a date" selects the slot; typing fills it; an unfilled slot stays an error`, async () => {
      const page = await open(site, '<div>Hi Tom,</div><div><br></div><div>Can you send the contract soon?</div>');
      await waitForUnderline(page, 'clarity/vague-deadline');
      await (await openCard(page, 'clarity/vague-deadline')).locator('button[data-action="apply"]').first().click();
      await expect.poll(() => editorText(page, site.editor), { timeout: 3000 }).toContain('by [[day and time]]?');
      // The slot is selected: what the user types replaces it.
      expect(await page.evaluate(() => getSelection()!.toString())).toBe('[[day and time]]');
      await waitForUnderline(page, 'clarity/unfilled-slot');
      expect((await underlines(page)).find((u) => u.rule === 'clarity/unfilled-slot')).toBeTruthy();
      await page.keyboard.type('Friday at 10');
      await expect.poll(() => editorText(page, site.editor), { timeout: 3000 }).toContain('Can you send the contract by Friday at 10?');
      await expect.poll(async () => (await underlines(page)).some((u) => u.rule === 'clarity/unfilled-slot'), { timeout: 3000 }).toBe(false);
      await page.close();
    });
  }
});
