// Seeded stress test of applying suggestions (issue 15): random drafts with bold, underlined and
// linked words, emoji with modifiers, ZWJ sequences, flags, names and numbers, in the Gmail and
// Outlook fixtures; random suggestions applied by every path (the side panel's Apply and Rewrite
// all, the card opened by hover and by the caret). Each trial asserts that the draft afterwards is
// exactly the suggestion applied to the text (nothing outside the edit changed, no merged or split
// words), and that ONE Ctrl+Z restores the draft exactly, text and formatting.
// TONE_COACH_STRESS_TRIALS=1000 runs more; the figures go in docs/RELIABILITY.md.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyEdits, rewriteAll } from '../../src/engine';
import type { Edit, Report } from '../../src/core/types';
import { useBrowser } from './setup';
import { ENGINE, extensionPage, tabIdOf, typeAtStart, underlines, waitForUnderline } from './harness';

// CI asks 160 trials of Chromium and 80 of Firefox: 160 in each would add another minute to a suite
// that runs every test twice (Firefox's full 160 are in docs/RELIABILITY.md). TONE_COACH_STRESS_TRIALS
// sets both.
const TRIALS = Number(process.env.TONE_COACH_STRESS_TRIALS) || (ENGINE === 'firefox' ? 80 : 160);
const env = useBrowser();

const SITES = [
  { name: 'gmail', fixture: 'gmail-new.html', editor: '[g_editable="true"]' },
  { name: 'outlook', fixture: 'outlook-new.html', editor: '[role="textbox"][aria-label^="Message body"]' },
];

// Lines with rule triggers; {f} wraps the next word in formatting, {n} is a name, {v} a number or code.
const LINES = [
  'You failed to {f} it by {v}.',
  'Just checking in {f} the slide deck for {n}.',
  'Send {f} guest list by Friday.',
  'Send me the {f} by Friday.',
  'Per my last email, {n} needs the invoice {v} ASAP!!!',
  'Due to the fact that {n} is away, we wait {f} {v}.',
  'Thanks 🙏🏽 for {f} file, {n} 👍🏻!!',
  'Obviously the {f} for {n} is attached 👩‍💻 and costs {v}.',
  'I just think maybe we could {f} the call 🇪🇪 to {v}.',
  'This is VERY IMPORTANT!!! Please check {f} with {n}.',
  "I'm so sorry, I just wanted to follow up if you had a chance to look at {f}??",
  'Simply open {f} and reply to {n}!!',
  'Sorry for the delay. I am so sorry. My apologies to {n} about {f}.',
  'hey {n},',
  'Please call me 1️⃣ time {f} {v}.',
];
const WORDS = ['send', 'on', 'me the', 'report', 'the file', 'Q3 report', 'DMARC', 'the budget'];
const NAMES = ['Anna Tamm', 'John Smith', 'Priya', 'Mari-Liis'];
const VALUES = ['14:30', '€1,250.00', 'INV-2231', 'LH 2471', '3 March', '12%'];
const FORMATS = [(w: string) => `<b>${w}</b>`, (w: string) => `<u>${w}</u>`, (w: string) => `<a href="https://example.com/x">${w}</a>`, (w: string) => `<i>${w}</i>`, (w: string) => w];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function draftHtml(r: () => number): string {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
    pick(LINES)
      .replace(/\{f\}/g, () => pick(FORMATS)(pick(WORDS)))
      .replace(/\{n\}/g, () => pick(NAMES))
      .replace(/\{v\}/g, () => pick(VALUES)),
  );
  return lines.map((l) => `<div>${l}</div>`).join('');
}

type Path = 'panel' | 'rewrite-all' | 'card-hover' | 'card-caret';
const PATHS: Path[] = ['panel', 'panel', 'rewrite-all', 'rewrite-all', 'card-hover', 'card-caret'];

interface Tally {
  trials: number;
  exact: number;
  lostChars: number;
  undoPresses: Record<string, number>;
  refused: number;
  failures: string[];
}
const tally: Tally = { trials: 0, exact: 0, lostChars: 0, undoPresses: {}, refused: 0, failures: [] };

interface ComposeState {
  composeId: string;
  text: string;
  report: Report;
}

async function state(ext: Page, tabId: number): Promise<ComposeState | undefined> {
  const s = await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId);
  return s.composes[0];
}

/**
 * Wait until the coach has checked the draft now in the editor. Any state but the previous one is not
 * enough: the coach may still be finishing the draft before it (a trial that was skipped), and a
 * suggestion made for that one is rightly refused.
 */
async function checkedDraft(ext: Page, tabId: number, page: Page, editor: string): Promise<ComposeState> {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const want = squash(await page.$eval(editor, (el) => el.textContent ?? ''));
  for (let i = 0; i < 200; i++) {
    const s = await state(ext, tabId);
    if (s && squash(s.text) === want) return s;
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error('The coach did not check the draft');
}

/** Wait until the coach has checked a draft other than the ones in `not` (the previous states of the editor). */
async function checked(ext: Page, tabId: number, not: Array<string | undefined>): Promise<ComposeState> {
  for (let i = 0; i < 200; i++) {
    const s = await state(ext, tabId);
    if (s && !not.includes(s.text)) return s;
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error('The coach did not check the draft');
}

const html = (page: Page, editor: string) => page.$eval(editor, (el) => el.innerHTML);

describe('stress: apply and undo', () => {
  afterAll(() => {
    const presses = Object.entries(tally.undoPresses).map(([k, v]) => `${k} press${k === '1' ? '' : 'es'}: ${v}`).join(', ');
    console.log(`stress: ${tally.trials} trials, ${tally.exact} exact, ${tally.lostChars} characters lost, ${tally.refused} refused; undo ${presses}`);
  });

  // Each extension page a test opens (here the probe for the coach's state) is a window in front of
  // the mail page, while a user's keys always go to the window in front. Firefox delivered the test's
  // keys to the window behind, where the coach sees no focus and Enter on the card's focused Apply
  // button clicks nothing: every "card-caret" trial was refused until the harness raised the page's
  // window before sending keys (tests/e2e/firefox.ts), as Playwright's pages all count as focused.
  it('the keyboard path applies with an extension page opened after the mail page', async () => {
    const site = SITES[0];
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/${site.fixture}`);
    await typeAtStart(page, site.editor, 'In order to start, we need the key.', 1);
    await waitForUnderline(page, 'clarity/wordy-phrase');
    const ext = await extensionPage(env.browser, 'popup.html');
    // Keyboard only: the caret into "In order to", then into the card, then Apply.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const card = await visibleCard(page);
    expect(await card?.getAttribute('data-rule')).toBe('clarity/wordy-phrase');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.startsWith('To start'), site.editor, { timeout: 3000 });
    await ext.close();
    await page.close();
  });

  for (const site of SITES) {
    it(`${site.name}: random suggestions by every path, one Ctrl+Z each`, { timeout: 600_000 }, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(`${env.server.url}/${site.fixture}`);
      const ext = await extensionPage(env.browser, 'popup.html');
      const tabId = await tabIdOf(ext, page.url());
      const r = rng(site.name === 'gmail' ? 7 : 11);
      for (let trial = 0; trial < TRIALS / SITES.length; trial++) {
        const source = draftHtml(r);
        await page.$eval(site.editor, (el, h) => {
          el.innerHTML = h;
          (el as HTMLElement).focus();
        }, source);
        const before = await html(page, site.editor);
        const s = await checkedDraft(ext, tabId, page, site.editor);
        const withSafe = s.report.findings.filter((f) => f.suggestions.length);
        if (!withSafe.length) {
          continue;
        }
        let path = PATHS[Math.floor(r() * PATHS.length)];
        const finding = withSafe[Math.floor(r() * withSafe.length)];
        let edits: Edit[] = finding.suggestions[0].edits;
        if (path === 'rewrite-all') {
          edits = rewriteAll(s.report, s.text).edits;
          if (!edits.length) path = 'panel';
          if (!edits.length) edits = finding.suggestions[0].edits;
        }
        const expected = applyEdits(s.text, edits);
        let ok = true;
        if (path === 'panel' || path === 'rewrite-all') {
          const result = await ext.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, { type: 'apply', composeId: s.composeId, edits, expected: s.text }] as const);
          ok = result.ok;
        } else {
          // The card shows the narrowest finding at the spot: apply whatever it offers there.
          const card = path === 'card-hover' ? await hoverCard(page, finding.rule, finding.start) : await caretCard(page, site.editor, finding.start, finding.end);
          const shown = card ? [await card.getAttribute('data-rule'), await card.getAttribute('data-start')] : [];
          const f = s.report.findings.find((x) => x.rule === shown[0] && String(x.start) === shown[1] && x.suggestions.length);
          if (!card || !f) {
            continue;
          }
          edits = f.suggestions[0].edits;
          if (path === 'card-hover') await card.locator('button[data-action="apply"]').first().click({ timeout: 3000 });
          else {
            // Keyboard only: Alt+ArrowDown moves into the card, Enter presses its first button (Apply).
            await page.keyboard.press('Alt+ArrowDown');
            await page.keyboard.press('Enter');
          }
        }
        tally.trials++;
        const after = await checked(ext, tabId, [s.text]).catch(() => undefined);
        if (!ok || !after) {
          tally.refused++;
          tally.failures.push(`${site.name} ${path}: refused ${JSON.stringify(edits)} on ${JSON.stringify(source)}`);
          continue;
        }
        const want = applyEdits(s.text, edits);
        if (after.text === want) tally.exact++;
        else {
          tally.lostChars += Math.max(0, want.length - after.text.length);
          tally.failures.push(`${site.name} ${path}: ${JSON.stringify(after.text)} instead of ${JSON.stringify(want)} (${JSON.stringify(source)})`);
        }
        void expected;
        // One Ctrl+Z in the editor must restore the draft exactly.
        await page.focus(site.editor);
        let presses = 0;
        while (presses < 10 && (await html(page, site.editor)) !== before) {
          await page.keyboard.press('Control+z');
          presses++;
        }
        tally.undoPresses[presses] = (tally.undoPresses[presses] ?? 0) + 1;
        if (presses !== 1) tally.failures.push(`${site.name} ${path}: ${presses} presses of Ctrl+Z (${JSON.stringify(source)}, ${JSON.stringify(edits)})`);
      }
      await ext.close();
      await page.close();
      expect(tally.failures.slice(0, 8)).toEqual([]);
    });
  }
});

/** Hover the finding's underline; the card opens for the narrowest finding there. */
async function hoverCard(page: Page, rule: string, start: number) {
  const box = (await underlines(page)).find((b) => b.rule === rule && b.start === start && !b.hidden);
  if (!box) return undefined;
  await page.mouse.move(box.rect.x + Math.min(6, box.rect.width / 2), box.rect.y - 3);
  return visibleCard(page);
}

async function visibleCard(page: Page) {
  const card = page.locator('tone-coach-overlay .card');
  try {
    await card.waitFor({ state: 'visible', timeout: 1000 });
  } catch {
    return undefined;
  }
  return card;
}

/** Put the caret inside the finding's words; the card opens for the narrowest finding there. */
async function caretCard(page: Page, editor: string, start: number, end: number) {
  const at = start + Math.max(1, Math.floor((end - start) / 2));
  const ok = await page.evaluate(
    ([sel, offset]) => {
      const ed = document.querySelector(sel as string)!;
      const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      // Walk the text nodes the way the coach's text map does: blocks add one line break.
      let pos = 0;
      let prevBlock: Element | null = null;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const block = n.parentElement!.closest('div,p,li');
        if (prevBlock && block !== prevBlock) pos += 1;
        prevBlock = block;
        if (offset >= pos && offset < pos + n.data.length) {
          (ed as HTMLElement).focus();
          const r = document.createRange();
          r.setStart(n, (offset as number) - pos);
          r.collapse(true);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return true;
        }
        pos += n.data.length;
      }
      return false;
    },
    [editor, at] as const,
  );
  return ok ? visibleCard(page) : undefined;
}
