// The interface in Estonian when the browser's language is Estonian (--lang=et).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { extensionPage, openCard, tabIdOf, typeAtStart, waitForUnderline, extensionUrl } from './harness';
import { en } from '../../src/i18n/en';
import { et } from '../../src/i18n/et';
import { RULES } from '../../src/rules';

// English interface text that must not show in the Estonian interface: every phrase of the English
// catalogue and of the rules' texts (the parts between placeholders, two words or more) whose Estonian
// text differs, and the level words of the options page's rule table.
const texts = [
  ...(Object.keys(en) as Array<keyof typeof en>).map((k) => ({ en: en[k], et: et[k] })),
  // The built-in rules' names, messages and explanations (the options page's table and preview, the first-run page).
  ...RULES.flatMap((r) => [r.name, r.message, r.explanation]),
];
/** The phrases of an English template: the parts between placeholders, trimmed of punctuation. */
const phrases = (template: string) =>
  template
    .replace(/\{\d+, plural,.*\}\}/gs, '\u0000')
    .split(/\{[^}]*\}|\u0000/)
    .map((part) => part.trim().replace(/^[\s.,:;!?()“”"'–—·→-]+|[\s.,:;!?()“”"'–—·→-]+$/g, ''));
const ENGLISH = [
  ...new Set(
    texts.flatMap((x) =>
      // Two words or more; not the product's name, and not English words the Estonian text quotes too (“You should”).
      phrases(x.en).filter((part) => /\p{L}+\s+\p{L}+/u.test(part) && part !== 'Tone Coach' && !x.et.includes(part)),
    ),
  ),
];
const LEVEL_WORDS = /^(?:off|info|warning|error)$/;

/** What the page shows or says (text, option labels, accessible names, placeholders), without code, the user's own text and the pack's JSON. */
async function shownText(page: Awaited<ReturnType<typeof extensionPage>>): Promise<{ text: string; options: string[] }> {
  return page.evaluate(() => {
    const root = document.body.cloneNode(true) as HTMLElement;
    root.querySelectorAll('code, textarea, pre, script, style, [data-draft]').forEach((el) => el.remove());
    const attrs = [...root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return { text: `${root.textContent}\n${attrs.join('\n')}`, options };
  });
}


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

  it('no English interface text on the options, popup, side panel, first-run and Insights pages', async () => {
    const found: string[] = [];
    // Each page once what it loads after drawing is there (the options page's rule table and preview).
    const pages: Array<[string, string]> = [
      ['options.html', '[data-rule-row] select'],
      ['popup.html', 'main'],
      ['sidepanel.html', 'main'],
      ['welcome.html', '[data-findings]'],
      ['insights.html', 'main'],
    ];
    for (const [path, ready] of pages) {
      const page = await extensionPage(env.browser, path);
      await page.waitForSelector(ready, { timeout: 10_000 });
      await page.waitForTimeout(500);
      expect(await page.getAttribute('html', 'lang')).toBe('et');
      const { text, options } = await shownText(page);
      for (const phrase of ENGLISH) if (text.includes(phrase)) found.push(`${path}: “${phrase}”`);
      for (const o of options) if (LEVEL_WORDS.test(o.trim()) || /\((?:off|info|warning|error)\)/.test(o)) found.push(`${path}: option “${o}”`);
      await page.close();
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
