// The interface in Estonian when the browser's language is Estonian (--lang=et).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { extensionPage, openCard, tabIdOf, typeAtStart, waitForUnderline, extensionUrl } from './harness';

const EDITOR = '[g_editable="true"]';
const env = useBrowser({ locale: 'et' });

describe('Estonian interface', () => {
  it('the side panel, the underline card and the popup speak Estonian', async () => {
    const ext = await extensionPage(env.browser, 'popup.html');
    expect(await ext.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^et/);

    const mail = await env.browser.context.newPage();
    await mail.goto(`${env.server.url}/gmail-new.html`);
    await typeAtStart(mail, EDITOR, 'Tsau! Saada mulle see fail ASAP!!!');
    await waitForUnderline(mail, 'empathy/et-no-please');

    // The card on hover.
    const card = await openCard(mail, 'empathy/et-no-please');
    expect(await card.textContent()).toContain('Palve ilma sõnata „palun“ kõlab käsuna.');
    expect(await card.locator('button[data-action="ignore"]').textContent()).toBe('Eira');
    expect(await card.locator('button[data-action="open-coach"]').textContent()).toBe('Ava treener');

    const tabId = await tabIdOf(ext, mail.url());
    const panel = await extensionPage(env.browser, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-rule="empathy/et-no-please"]');
    expect(await panel.getAttribute('html', 'lang')).toBe('et');
    expect(await panel.textContent('h1')).toBe('Tone Coach');
    expect(await panel.textContent('[data-action="rewrite-all"]')).toBe('Paranda kõik');
    expect(await panel.textContent('body')).toContain('Empaatia');
    expect(await panel.textContent('body')).toContain('Professionaalsus');

    await ext.goto(extensionUrl(env.browser, `popup.html?tabId=${tabId}`));
    await ext.waitForSelector('[data-action="site-switch"]');
    expect(await ext.textContent('body')).toContain('Treener lehel 127.0.0.1');
    expect(await ext.textContent('[data-action="open-panel"]')).toBe('Ava külgpaneel');
    await panel.close();
    await ext.close();
    await mail.close();
  });
});
