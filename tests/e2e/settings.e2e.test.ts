// Settings in the real extension: the popup's per-site switch, and packs imported in the options page.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { extensionPage, extensionUrl, openDraft, tabIdOf, typeAtStart, underlines, waitForUnderline } from './harness';

const env = useBrowser();
const EDITOR = '[g_editable="true"]';
const DRAFT = 'Just checking in on the contract. I just think maybe we could sign it soon 🙂';

const mail = () => openDraft(env.browser, `${env.server.url}/gmail-new.html`, EDITOR, DRAFT, 'professionalism/undermining');

const visible = async (page: Page) => (await underlines(page)).filter((u) => !u.hidden);

describe('settings', () => {
  it('switching the site off in the popup removes the underlines within a second; on brings them back', async () => {
    const page = await mail();
    const probe = await extensionPage(env.browser, 'popup.html');
    const tabId = await tabIdOf(probe, page.url());
    await probe.goto(extensionUrl(env.browser, `popup.html?tabId=${tabId}`));
    const toggle = probe.locator('[data-action="site-switch"]');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    const off = Date.now();
    await page.waitForFunction(() => document.querySelectorAll('tone-coach-overlay').length === 0, undefined, { timeout: 1000, polling: 20 });
    expect(Date.now() - off).toBeLessThan(1000);
    // Typing while off draws nothing.
    await page.keyboard.type(' Send it ASAP!!!');
    await page.waitForTimeout(500);
    expect(await visible(page)).toEqual([]);
    await probe.reload();
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await waitForUnderline(page, 'clarity/vague-deadline', 2000);
    await probe.close();
    await page.close();
  });

  it('"Pause for this email" in the popup hides the hints until resumed', async () => {
    const page = await mail();
    const probe = await extensionPage(env.browser, 'popup.html');
    const tabId = await tabIdOf(probe, page.url());
    await probe.goto(extensionUrl(env.browser, `popup.html?tabId=${tabId}`));
    await probe.click('[data-action="pause"]');
    await page.waitForFunction(() => [...document.querySelectorAll('tone-coach-overlay')].every((o) => !o.shadowRoot!.querySelector('.finding')), undefined, { timeout: 1000 });
    await page.keyboard.type(' Send it ASAP!!!');
    await page.waitForTimeout(500);
    expect(await visible(page)).toEqual([]);
    expect(await probe.textContent('[data-action="pause"]')).toBe('Resume coaching');
    await probe.click('[data-action="pause"]');
    await waitForUnderline(page, 'clarity/vague-deadline', 2000);
    await probe.close();
    await page.close();
  });

  it('importing a stricter pack gives the same draft more findings; a broken pack is refused and the old one stays', async () => {
    const page = await mail();
    const before = await visible(page);
    const options = await extensionPage(env.browser, 'options.html');
    await options.setInputFiles('[data-input="import"]', resolve('tests/fixtures/packs/strict-trainer.json'));
    await options.waitForSelector('[data-status]');
    expect(await options.textContent('[data-status]')).toContain('Strict trainer pack');
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Strict trainer pack');
    await page.waitForFunction((n) => [...document.querySelectorAll('tone-coach-overlay')].reduce((s, o) => s + o.shadowRoot!.querySelectorAll('.finding[data-rule]').length, 0) > n, before.length, { timeout: 3000 });
    const strict = await visible(page);
    expect(strict.length).toBeGreaterThan(before.length);
    expect(strict.map((u) => u.rule)).toContain('clarity/stacked-hedges');

    await options.setInputFiles('[data-input="import"]', resolve('tests/fixtures/packs/broken.json'));
    await options.waitForSelector('[data-error]');
    expect(await options.textContent('[data-error]')).toMatch(/rules\.clarity\/no-such-rule.*unknown rule id/);
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Strict trainer pack');
    // The draft is still checked with the strict pack.
    await page.keyboard.type(' Thanks.');
    await page.waitForTimeout(700);
    expect((await visible(page)).map((u) => u.rule)).toContain('clarity/stacked-hedges');
    await options.reload();
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Strict trainer pack');
    // Back to standard for the other tests.
    await options.click('input[name="pack"][value="standard"]');
    await options.waitForSelector('[data-active-pack="standard"]');
    await options.close();
    await page.close();
  });

  it('the options page previews a sample email with the pack as it is edited', async () => {
    const options = await extensionPage(env.browser, 'options.html');
    await options.waitForSelector('[data-input="pack-json"]');
    // The editor is checked a moment after typing stops; wait for that before reading the preview.
    const count = async () => {
      await options.waitForSelector('[data-validation]:not([data-pending])');
      await options.waitForSelector('[data-preview-count]:not([data-pending])');
      return Number(await options.getAttribute('[data-preview-count]', 'data-preview-count'));
    };
    await options.fill('[data-input="pack-json"]', JSON.stringify({ name: 'Loose', extends: 'standard', rules: { 'clarity/vague-deadline': 'off', 'professionalism/slang': 'off' } }));
    const loose = await count();
    await options.fill('[data-input="pack-json"]', JSON.stringify({ name: 'Tight', extends: 'strict' }));
    expect(await count()).toBeGreaterThan(loose);
    await options.fill('[data-input="pack-json"]', '{ "name": "x", "rules": 5 }');
    await options.waitForSelector('[data-validation]:not([data-pending])');
    expect(await options.textContent('[data-validation]')).toMatch(/rules/);
    expect(await options.isDisabled('[data-action="use-pack"]')).toBe(true);
    await options.close();
  });

  it('damaged saved settings: the options page keeps the valid parts, says what it replaced, and saving repairs them', async () => {
    const options = await extensionPage(env.browser, 'options.html');
    await options.evaluate(() => chrome.storage.sync.set({ settings: { pack: 'loud', disabledSites: ['example.org', 7], rules: { 'clarity/vague-deadline': 'off' }, ignoredPhrases: [], extraSites: [], uiLanguage: 'auto' } }));
    await options.reload();
    await options.waitForSelector('.notice');
    expect(await options.textContent('.notice')).toBe('Some saved settings were not valid (pack, disabledSites); the defaults are in use for them.');
    expect(await options.isChecked('input[name="pack"][value="standard"]')).toBe(true);
    expect(await options.inputValue('select[aria-label="clarity/vague-deadline"]')).toBe('off');
    await options.click('input[name="pack"][value="strict"]');
    await options.waitForSelector('[data-status]');
    const stored = await options.evaluate(() => chrome.storage.sync.get('settings'));
    expect(stored.settings).toEqual({ pack: 'strict', disabledSites: ['example.org'], extraSites: [], rules: { 'clarity/vague-deadline': 'off' }, ignoredPhrases: [], uiLanguage: 'auto' });
    await options.evaluate(() => chrome.storage.sync.remove('settings'));
    await options.close();
  });
});
