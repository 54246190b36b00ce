// Every Gmail and Outlook compose layout the coach supports (docs/sites.md), each on a fixture that
// keeps the real markup: the draft is underlined, quote and signature are not, the incoming message
// is read, and the side panel shows this compose's findings. Then the "can't read this editor" state.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { extensionPage, openPanelPage, pageState, tabOf, typeAtStart, underlines, waitForUnderline } from './harness';

const env = useBrowser();

async function open(name: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${name}`);
  return page;
}

/** Rules the panel lists for the compose it shows. */
async function panelRules(panel: Page): Promise<string[]> {
  return panel.$$eval('[data-rule]', (els) => [...new Set(els.map((e) => e.getAttribute('data-rule')!))]);
}

/** Screen boxes of elements matching a selector (in the page, or inside the iframe `frame`). */
async function boxes(page: Page, selector: string, frame?: string) {
  return page.evaluate(
    ([sel, fr]) => {
      const doc = fr ? (document.querySelector(fr) as HTMLIFrameElement).contentDocument! : document;
      return [...doc.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    },
    [selector, frame ?? ''] as const,
  );
}

const outside = (y: number, areas: DOMRect[]) => areas.every((a) => y < a.top || y > a.bottom);

/** What the shouting quotes, signatures and suggestions of these fixtures would raise if read as the draft. */
async function expectNothingOutsideTheDraft(page: Page): Promise<void> {
  const rules = (await underlines(page)).map((b) => b.rule);
  for (const r of ['professionalism/shouting', 'professionalism/slang', 'clarity/vague-deadline', 'professionalism/repeated-punctuation']) expect(rules, r).not.toContain(r);
}

/** A blunt draft typed into a layout is underlined word by word, never in the signature ("… ASAP!!!"), and the panel lists it. */
async function expectBluntDraftCoached(fixture: string, editor: string, signature: string): Promise<void> {
  const page = await open(fixture);
  await typeAtStart(page, editor, 'u need to sign the contract ASAP!!!');
  await waitForUnderline(page, 'professionalism/slang');
  const found = (await underlines(page)).filter((b) => !b.hidden);
  expect(found.map((b) => b.rule)).toEqual(expect.arrayContaining(['clarity/vague-deadline', 'professionalism/repeated-punctuation']));
  const sig = await boxes(page, signature);
  for (const b of found) expect(outside(b.rect.y, sig), b.rule).toBe(true);
  const panel = await openPanelPage(env.browser, page);
  await panel.waitForSelector('[data-rule="professionalism/slang"]');
  await panel.close();
  await page.close();
}

describe('Gmail layouts', () => {
  it('interleaved reply: the lines written between quoted pieces are checked, the quoted pieces are not, and they are read as the incoming message', async () => {
    const page = await open('gmail-interleaved.html');
    await waitForUnderline(page, 'professionalism/slang');
    const found = await underlines(page);
    const rules = found.map((b) => b.rule);
    // "u need to sign it first, send it back ASAP!!!" sits inside div.gmail_quote_container, between quotes.
    expect(rules).toEqual(expect.arrayContaining(['professionalism/slang', 'clarity/vague-deadline', 'professionalism/repeated-punctuation']));
    // The quotes shout "UNACCEPTABLE!!!" and "I NEED IT NOW!!!": never underlined.
    expect(rules).not.toContain('professionalism/shouting');
    const quotes = await boxes(page, 'blockquote.gmail_quote, .gmail_attr');
    for (const b of found.filter((x) => !x.hidden && x.rect.height < 40)) expect(outside(b.rect.y, quotes), b.rule).toBe(true);
    // The client's frustration comes from the quoted pieces: the reply does not acknowledge it.
    expect(rules).toContain('empathy/unacknowledged-feelings');
    const panel = await openPanelPage(env.browser, page);
    await panel.waitForSelector('[data-rule="professionalism/slang"]');
    expect(await panelRules(panel)).not.toContain('professionalism/shouting');
    await panel.close();
    await page.close();
  });

  it("pop-out window (?view=cm): coached, and Smart Compose's grey suggestion is never read as the draft", async () => {
    const page = await open('gmail-popout.html?view=cm&fs=1&tf=1');
    await typeAtStart(page, '[g_editable="true"]', 'Per my last email, ');
    await waitForUnderline(page, 'empathy/passive-aggressive');
    const state = await pageState(env.browser, page);
    expect(state.composes).toHaveLength(1);
    expect(state.composes[0].subject).toBe('Contract');
    expect(state.composes[0].text).toBe('Per my last email, Hi Anna, the contract is attached');
    // The suggestion says "I NEED IT SIGNED ASAP!!! u know why": none of it is flagged.
    await expectNothingOutsideTheDraft(page);
    await page.close();
  });

  it('full-screen compose: coached, the signature is not, and the panel shows its findings', async () => {
    await expectBluntDraftCoached('gmail-fullscreen.html', '[g_editable="true"]', '.gmail_signature');
  });
});

describe('Outlook layouts', () => {
  it('German pop-out compose (/mail/deeplink/compose): the editor is found by structure, with no English label on the page', async () => {
    await expectBluntDraftCoached('outlook-localized.html', '#editorParent_1 > [contenteditable]', '#Signature');
  });

  it('x_ ids from an add-in or forwarded mail: #x_Signature, #x_divRplyFwdMsg and x_gmail_quote are still signature and quote', async () => {
    const page = await open('outlook-addin.html');
    await typeAtStart(page, '#editorParent_1 > [contenteditable]', 'Hi Anna, the corrected invoice is attached.');
    await waitForUnderline(page, 'empathy/unacknowledged-feelings');
    // Signature ("CALL ME ASAP!!!") and quote ("UNACCEPTABLE!!!", "u can pay it ASAP!!!") are not the draft.
    await expectNothingOutsideTheDraft(page);
    await page.close();
  });

  it('several drafts open as tabs: each is coached on its own and the panel shows the one being written', async () => {
    const page = await open('outlook-tabs.html');
    await typeAtStart(page, '#editorParent_1 > [contenteditable]', 'u need to sign the contract ASAP!!!');
    await waitForUnderline(page, 'professionalism/slang');
    const panel = await openPanelPage(env.browser, page);
    await panel.waitForSelector('[data-rule="professionalism/slang"]');
    await page.click('#tab-2');
    await typeAtStart(page, '#editorParent_2 > [contenteditable]', 'Per my last email, the invoice is wrong.');
    await waitForUnderline(page, 'empathy/passive-aggressive');
    // Two composes, two overlays; the panel follows the draft being written.
    const composes = new Set((await underlines(page)).map((b) => b.compose));
    expect(composes.size).toBe(2);
    await panel.waitForSelector('[data-rule="empathy/passive-aggressive"]');
    expect(await panelRules(panel)).not.toContain('professionalism/slang');
    // The user goes back to the first draft (the panel sits beside the page, which has the focus).
    await page.bringToFront();
    await page.click('#tab-1');
    await page.click('#editorParent_1 > [contenteditable]', { position: { x: 5, y: 5 } });
    await panel.waitForSelector('[data-rule="professionalism/slang"]');
    expect(await panelRules(panel)).not.toContain('empathy/passive-aggressive');
    await panel.close();
    await page.close();
  });
});

describe('Outlook Web App on Exchange (editor in iframe#ifBdy, designMode)', () => {
  const FRAME = '#ifBdy';

  /** Type at the start of the frame's body, as a user who clicks into the editor does. */
  async function typeInFrame(page: Page, text: string): Promise<void> {
    await page.click(FRAME, { position: { x: 20, y: 15 } });
    await page.evaluate((sel) => {
      const doc = (document.querySelector(sel) as HTMLIFrameElement).contentDocument!;
      const r = doc.createRange();
      r.setStart(doc.body.querySelector('div div') ?? doc.body, 0);
      r.collapse(true);
      doc.getSelection()!.removeAllRanges();
      doc.getSelection()!.addRange(r);
    }, FRAME);
    await page.keyboard.type(text, { delay: 2 });
  }

  /** The underlines drawn in the frame's own overlay. */
  async function frameUnderlines(page: Page) {
    return page.evaluate((sel) => {
      const doc = (document.querySelector(sel) as HTMLIFrameElement).contentDocument!;
      return [...doc.querySelectorAll('tone-coach-overlay')].flatMap((o) =>
        [...(o.shadowRoot?.querySelectorAll<HTMLElement>('.finding[data-rule]') ?? [])].map((el) => ({
          rule: el.dataset.rule!,
          start: Number(el.dataset.start),
          end: Number(el.dataset.end),
          rect: (el.querySelector('.line') ?? el).getBoundingClientRect().toJSON() as DOMRect,
        })),
      );
    }, FRAME);
  }

  async function waitInFrame(page: Page, rule: string) {
    await page.waitForFunction(
      ([sel, r]) => {
        const doc = (document.querySelector(sel) as HTMLIFrameElement).contentDocument;
        return [...(doc?.querySelectorAll('tone-coach-overlay') ?? [])].some((o) => o.shadowRoot?.querySelector(`.finding[data-rule="${r}"]`));
      },
      [FRAME, rule] as const,
      { timeout: 5000, polling: 50 },
    );
  }

  it('coaches the body inside the frame: underlines under the words, never signature or quote; reads the quoted message; the panel shows it; Apply keeps undo', async () => {
    const page = await open('owa.html');
    const draft = 'Hi Anna, u can find the corrected invoice attached.';
    await typeInFrame(page, draft);
    await waitInFrame(page, 'professionalism/slang');
    await waitInFrame(page, 'empathy/unacknowledged-feelings');
    const found = await frameUnderlines(page);
    const rules = found.map((f) => f.rule);
    // Signature "CALL ME ASAP!!!" and quote "UNACCEPTABLE!!!" are not the draft.
    for (const r of ['professionalism/shouting', 'clarity/vague-deadline', 'professionalism/repeated-punctuation']) expect(rules).not.toContain(r);
    // The underline sits under "u" in the frame (overlay drawn in the frame's own viewport).
    const slang = found.find((f) => f.rule === 'professionalism/slang')!;
    expect(draft.slice(slang.start, slang.end)).toBe('u');
    const word = await page.evaluate((sel) => {
      const doc = (document.querySelector(sel) as HTMLIFrameElement).contentDocument!;
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(' u ');
        if (i >= 0) {
          const r = doc.createRange();
          r.setStart(n, i + 1);
          r.setEnd(n, i + 2);
          return r.getBoundingClientRect().toJSON() as DOMRect;
        }
      }
      return null;
    }, FRAME);
    expect(Math.abs(slang.rect.x - word!.x)).toBeLessThan(2);
    expect(Math.abs(slang.rect.y - word!.bottom)).toBeLessThan(4);

    // The card opens over the frame's editor and its buttons work in a designMode document.
    const offset = await page.$eval(FRAME, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.move(offset.x + slang.rect.x + 2, offset.y + slang.rect.y - 3);
    const apply = await page.waitForFunction(
      (sel) => {
        const doc = (document.querySelector(sel) as HTMLIFrameElement).contentDocument!;
        const card = [...doc.querySelectorAll('tone-coach-overlay')].map((o) => o.shadowRoot?.querySelector<HTMLElement>('.card[data-rule="professionalism/slang"]:not([hidden])')).find(Boolean);
        return card?.querySelector('button[data-action="apply"]')?.getBoundingClientRect().toJSON() ?? false;
      },
      FRAME,
      { timeout: 3000, polling: 50 },
    );
    const button = (await apply.jsonValue()) as DOMRect;
    await page.mouse.click(offset.x + button.x + button.width / 2, offset.y + button.y + button.height / 2);
    await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLIFrameElement).contentDocument!.body.textContent!.includes(' u can'), FRAME);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLIFrameElement).contentDocument!.body.textContent!.includes(' u can'), FRAME, { timeout: 3000 });
    await waitInFrame(page, 'professionalism/slang');

    // Only the top frame answers for the tab; the frame's compose reaches the panel through it.
    const panel = await openPanelPage(env.browser, page);
    await panel.waitForSelector('[data-rule="professionalism/slang"]');
    expect(await panelRules(panel)).not.toContain('professionalism/shouting');
    const bodyHtml = () => page.evaluate((sel) => (document.querySelector(sel) as HTMLIFrameElement).contentDocument!.body.innerHTML, FRAME);
    const before = await bodyHtml();
    await panel.click('[data-rule="professionalism/slang"] button[data-action="apply"]');
    await page.waitForFunction((sel) => !(document.querySelector(sel) as HTMLIFrameElement).contentDocument!.body.textContent!.includes(' u can'), FRAME);
    // Undo in the editor restores the draft exactly: the edit went through the editor's own input path.
    await page.click(FRAME, { position: { x: 20, y: 15 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(([sel, html]) => (document.querySelector(sel) as HTMLIFrameElement).contentDocument!.body.innerHTML === html, [FRAME, before] as const, { timeout: 3000 });
    await panel.close();
    await page.close();
  });
});

describe("when the coach can't read the editor", () => {
  it('the popup says so and offers a text-free page report; restoring the markup brings the coach back without a reload', async () => {
    const page = await open('gmail-new.html');
    const editor = '#\\:a1';
    await typeAtStart(page, '[g_editable="true"]', 'Per my last email, the Henderson merger papers are late.');
    await waitForUnderline(page, 'empathy/passive-aggressive');
    const popup = await extensionPage(env.browser, `popup.html?tabId=${await tabOf(env.browser, page)}`);
    await popup.waitForSelector('[data-action="site-switch"]');
    expect(await popup.locator('[data-state="unreadable"]').count()).toBe(0);

    // A mail-client update: the editor keeps being an editor, but none of the adapter's selectors match it.
    const original = await page.$eval(editor, (el) => [...el.attributes].map((a) => [a.name, a.value] as [string, string]));
    await page.$eval(editor, (el) => {
      for (const a of ['g_editable', 'role', 'aria-multiline']) el.removeAttribute(a);
      el.setAttribute('class', 'Xr9 Qp');
    });
    await page.waitForFunction(() => !document.querySelector('tone-coach-overlay'), undefined, { timeout: 3000 });
    await popup.reload();
    const box = popup.locator('[data-state="unreadable"]');
    await box.waitFor({ timeout: 3000 });
    expect(await box.textContent()).toContain("Tone Coach can't read this editor yet");
    expect(await box.getAttribute('data-reason')).toBe('no-match');
    const report = (await popup.locator('[data-report]').textContent())!;
    expect(report).toContain('site: gmail');
    expect(report).toContain('div#:a1.Xr9.Qp[contenteditable=true]');
    // The report describes structure, never the email: no word of the draft, subject or recipient.
    for (const w of ['Henderson', 'merger', 'papers', 'Contract', 'anna@example.org', 'MIA JONES']) expect(report).not.toContain(w);
    await popup.click('[data-action="copy-report"]');
    await popup.locator('.unreadable [role="status"]', { hasText: 'Copied' }).waitFor({ timeout: 2000 });

    // The mail client changes back: the coach picks the editor up again, without a reload.
    await page.$eval(editor, (el, attrs) => {
      for (const [n, v] of attrs) el.setAttribute(n, v);
    }, original);
    await waitForUnderline(page, 'empathy/passive-aggressive', 5000);
    await popup.reload();
    await popup.waitForSelector('[data-action="site-switch"]');
    expect(await popup.locator('[data-state="unreadable"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe("when the coach can't reach the editor's frame", () => {
  it('Outlook Web App with its editor frame from another origin: the popup says the coach cannot reach it', async () => {
    const page = await open('owa.html');
    // The frame becomes a sandboxed document (an opaque origin): neither the page nor the coach can reach into it.
    await page.$eval('#ifBdy', (f) => {
      f.setAttribute('sandbox', '');
      f.setAttribute('srcdoc', '<body contenteditable="true"><div>Hi Anna</div></body>');
    });
    await page.waitForFunction(() => (document.querySelector('#ifBdy') as HTMLIFrameElement).contentDocument === null);
    const popup = await extensionPage(env.browser, `popup.html?tabId=${await tabOf(env.browser, page)}`);
    const box = popup.locator('[data-state="unreadable"]');
    await box.waitFor({ timeout: 3000 });
    expect(await box.getAttribute('data-reason')).toBe('frame');
    expect(await box.textContent()).toContain("Tone Coach can't read this editor yet");
    const report = (await popup.locator('[data-report]').textContent())!;
    expect(report).toContain('site: owa');
    expect(report).toContain('iframe#ifBdy[unreachable]  <- recognised');
    expect(report).not.toContain('Anna');
    await popup.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('none of these layouts made a request that leaves the machine', () => {
    const foreign = env.browser.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith(`${env.browser.extensionOrigin}/`) && !/^(data|blob|about):/.test(u));
    expect(env.browser.requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});
