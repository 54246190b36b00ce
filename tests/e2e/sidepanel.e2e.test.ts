// The side panel page bound to a mail tab (?tabId=N): live scores and findings, Apply and Apply all
// through the editor's own input path (so Ctrl+Z in the editor undoes them).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { editorText, extensionPage, openCard, openDraft, openPanelPage, panelFor, tabIdOf } from './harness';

const env = useBrowser();
const EDITOR = '[g_editable="true"]';
const DRAFT = 'Per my last email, i need the contract ASAP!!! Due to the fact that we wait, please send it.';

const mailWithDraft = () => openDraft(env.browser, `${env.server.url}/gmail-new.html`, EDITOR, DRAFT, 'clarity/vague-deadline');

describe('side panel', () => {
  it('shows scores and findings for the draft, and Apply edits the editor with undo intact', async () => {
    const mail = await mailWithDraft();
    const panel = await openPanelPage(env.browser, mail);
    await panel.waitForSelector('[data-rule="clarity/vague-deadline"]');
    for (const k of ['empathy', 'clarity', 'professionalism', 'overall']) {
      const n = Number(await panel.textContent(`[data-score="${k}"]`));
      expect(n, k).toBeGreaterThanOrEqual(0);
      expect(n, k).toBeLessThanOrEqual(100);
    }
    expect(await panel.locator('[data-category="empathy"][data-rule="empathy/passive-aggressive"]').count()).toBe(1);
    // Fits a 320 px panel: nothing wider than the viewport.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    if (process.env.SCREENSHOTS) {
      mkdirSync(resolve('docs/screenshots'), { recursive: true });
      await panel.emulateMedia({ colorScheme: 'light' });
      await panel.screenshot({ path: resolve('docs/screenshots/panel-light.png') });
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.screenshot({ path: resolve('docs/screenshots/panel-dark.png') });
      await panel.emulateMedia({ colorScheme: 'light' });
    }

    const before = await editorText(mail, EDITOR);
    await panel.click('[data-rule="clarity/wordy-phrase"] button[data-action="apply"]');
    await mail.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('Because we wait'), EDITOR);
    expect(await editorText(mail, EDITOR)).toBe(before.replace('Due to the fact that', 'Because'));
    // The panel follows: the finding is gone after the re-check.
    await panel.waitForSelector('[data-rule="clarity/wordy-phrase"]', { state: 'detached', timeout: 3000 });
    await mail.bringToFront();
    await mail.keyboard.press('Control+z');
    await mail.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('Due to the fact that'), EDITOR);
    expect(await editorText(mail, EDITOR)).toBe(before);
    await panel.close();
    await mail.close();
  });

  it('Rewrite all applies every safe suggestion together', async () => {
    const mail = await mailWithDraft();
    const panel = await openPanelPage(env.browser, mail);
    await panel.waitForSelector('[data-rule="clarity/wordy-phrase"]');
    await panel.click('[data-action="rewrite-all"]');
    await panel.waitForSelector('.diff ins');
    await panel.click('[data-action="apply-all"]');
    await mail.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('Because we wait'), EDITOR);
    const text = await editorText(mail, EDITOR);
    expect(text).toContain('As mentioned in my earlier email, I need the contract ASAP! Because we wait, please send it.');
    // The signature is untouched.
    expect(text).toContain('MIA JONES');
    await panel.close();
    await mail.close();
  });

  // Firefox opens its sidebar only before the click handler's first await; the popup used to look the
  // tab up first, so Firefox refused and the coach fell back to a tab.
  it('"Open side panel" in the popup opens the panel for that tab, not a tab', async () => {
    const mail = await mailWithDraft();
    const probe = await extensionPage(env.browser, 'options.html');
    const tabId = await tabIdOf(probe, mail.url());
    const popup = await extensionPage(env.browser, `popup.html?tabId=${tabId}`);
    await popup.click('[data-action="open-panel"]');
    await expect.poll(async () => (await panelFor(probe, tabId)).panel, { timeout: 3000 }).toBe(`sidepanel.html?tabId=${tabId}`);
    await probe.waitForTimeout(300);
    expect((await panelFor(probe, tabId)).tabs.filter((t) => t.startsWith('sidepanel.html'))).toEqual([]);
    await probe.close();
    await mail.close();
  });

  it('"Open coach" on an underline card opens the coach bound to that tab', async () => {
    const mail = await mailWithDraft();
    const open = (await openCard(mail, 'clarity/vague-deadline')).locator('button[data-action="open-coach"]');
    const opened = env.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidepanel.html?tabId='), timeout: 5000 });
    await open.click();
    const panel = await opened;
    await panel.waitForSelector('[data-rule="clarity/vague-deadline"]');
    await panel.close();
    await mail.close();
  });

  it('"Never for this rule" switches the rule off in the settings; the editor and the panel follow', async () => {
    const mail = await mailWithDraft();
    const panel = await openPanelPage(env.browser, mail);
    await panel.waitForSelector('[data-rule="clarity/wordy-phrase"]');
    await panel.click('[data-rule="clarity/wordy-phrase"] button[data-action="mute-rule"]');
    await panel.waitForSelector('[data-rule="clarity/wordy-phrase"]', { state: 'detached', timeout: 3000 });
    await mail.waitForFunction(() => ![...document.querySelectorAll('tone-coach-overlay')].some((o) => o.shadowRoot!.querySelector('[data-rule="clarity/wordy-phrase"]')), undefined, { timeout: 3000 });
    const stored = await panel.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { rules: unknown }).rules).toEqual({ 'clarity/wordy-phrase': 'off' });
    await panel.evaluate(() => chrome.storage.sync.remove('settings'));
    await panel.close();
    await mail.close();
  });
});
