// The interface in Estonian when the browser's language is Estonian (--lang=et).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, extensionPage, launch, startServer, tabIdOf, waitForUnderline } from './harness';

let browser: Browser;
let server: FixtureServer;
const EDITOR = '[g_editable="true"]';

beforeAll(async () => {
  server = await startServer();
  // Chromium takes its interface language from --lang and, on Linux, from LANGUAGE.
  browser = await launch({ args: ['--lang=et'], env: { LANGUAGE: 'et', LANG: 'et_EE.UTF-8' }, locale: 'et-EE' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Estonian interface', () => {
  it('the side panel, the underline card and the popup speak Estonian', async () => {
    const ext = await extensionPage(browser, 'popup.html');
    expect(await ext.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^et/);

    const mail = await browser.context.newPage();
    await mail.goto(`${server.url}/gmail-new.html`);
    await mail.click(EDITOR);
    await mail.evaluate((sel) => {
      const r = document.createRange();
      r.setStart(document.querySelector(sel)!.firstElementChild!, 0);
      r.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    }, EDITOR);
    await mail.keyboard.type('Tsau! Saada mulle see fail ASAP!!!', { delay: 2 });
    await waitForUnderline(mail, 'empathy/et-no-please');

    // The card on hover.
    const box = await mail.evaluate(() => {
      for (const o of document.querySelectorAll('tone-coach-overlay')) {
        const el = o.shadowRoot!.querySelector('[data-rule="empathy/et-no-please"] .line');
        if (el) return el.getBoundingClientRect().toJSON();
      }
      return null;
    });
    await mail.mouse.move(box!.x + 3, box!.y - 4);
    const card = mail.locator('tone-coach-overlay .card[data-rule="empathy/et-no-please"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Palve ilma sõnata „palun“ kõlab käsuna.');
    expect(await card.locator('button[data-action="ignore"]').textContent()).toBe('Eira');
    expect(await card.locator('button[data-action="open-coach"]').textContent()).toBe('Ava treener');

    const tabId = await tabIdOf(ext, mail.url());
    const panel = await extensionPage(browser, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-rule="empathy/et-no-please"]');
    expect(await panel.getAttribute('html', 'lang')).toBe('et');
    expect(await panel.textContent('h1')).toBe('Tone Coach');
    expect(await panel.textContent('[data-action="rewrite-all"]')).toBe('Paranda kõik');
    expect(await panel.textContent('body')).toContain('Empaatia');
    expect(await panel.textContent('body')).toContain('Professionaalsus');

    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await ext.waitForSelector('[data-action="site-switch"]');
    expect(await ext.textContent('body')).toContain('Treener lehel 127.0.0.1');
    expect(await ext.textContent('[data-action="open-panel"]')).toBe('Ava külgpaneel');
    await panel.close();
    await ext.close();
    await mail.close();
  });
});
