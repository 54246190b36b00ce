// Easy to find and use every day: the toolbar badge, the indicator at the compose's edge, the
// keyboard commands, "Ignore" that lasts for the email, and "Never flag this phrase" on the card.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { editorText, extensionPage, openCard, tabIdOf, typeAtStart, underlines, waitForUnderline } from './harness';
import type { PageState } from '../../src/platform/messages';

const env = useBrowser();
const EDITOR = '[g_editable="true"]';
const DRAFT = 'Hello Anna,\n\nPer my last email, i need the contract ASAP!!! Due to the fact that we wait, please send it.';

async function mail(fixture = 'gmail-recipients.html'): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${fixture}`);
  await typeAtStart(page, EDITOR, DRAFT, 1);
  await waitForUnderline(page, 'clarity/vague-deadline');
  return page;
}

/** An extension page bound to the mail tab, for reading the badge and sending what the browser would. */
async function probeFor(page: Page): Promise<{ probe: Page; tabId: number }> {
  const probe = await extensionPage(env.browser, 'popup.html');
  return { probe, tabId: await tabIdOf(probe, page.url()) };
}

const badge = (probe: Page, tabId: number) =>
  probe.evaluate((id) => ((chrome as unknown as { action?: typeof chrome.action; browserAction?: typeof chrome.action }).action ?? (chrome as unknown as { browserAction: typeof chrome.action }).browserAction).getBadgeText({ tabId: id }), tabId);

const visibleCard = (page: Page) => page.evaluate(() => {
  const card = [...document.querySelectorAll('tone-coach-overlay')].map((o) => o.shadowRoot!.querySelector<HTMLElement>('.card')!).find((c) => !c.hidden);
  return card?.dataset.rule;
});

describe('every day', () => {
  it('the toolbar badge shows the warnings of the email being written and clears when it is sent', async () => {
    const page = await mail();
    const { probe, tabId } = await probeFor(page);
    const state = (await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId)) as PageState;
    const warnings = state.composes[0].report.findings.filter((f) => f.severity !== 'info').length;
    expect(warnings).toBeGreaterThan(1);
    await expect.poll(() => badge(probe, tabId)).toBe(String(warnings));
    // The indicator at the compose's edge shows the same number, outside the editor.
    const indicator = page.locator('tone-coach-overlay [data-indicator]');
    expect(await indicator.textContent()).toBe(String(warnings));
    expect(await page.$eval(EDITOR, (ed) => ed.querySelector('[data-indicator]'))).toBeNull();
    await page.click('[data-tooltip^="Send"]');
    await expect.poll(() => badge(probe, tabId)).toBe('');
    await probe.close();
    await page.close();
  });

  it('the indicator at the compose\'s edge opens the coach for that tab', async () => {
    const page = await mail();
    const opened = env.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidepanel.html?tabId='), timeout: 5000 });
    await page.locator('tone-coach-overlay [data-indicator]').click();
    const panel = await opened;
    await panel.waitForSelector('[data-rule="clarity/wordy-phrase"]');
    await panel.close();
    await page.close();
  });

  it('the next/previous-finding commands move the caret and the card between findings; apply-first applies', async () => {
    const page = await mail();
    const { probe, tabId } = await probeFor(page);
    const state = (await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId)) as PageState;
    const rules = state.composes[0].report.findings.map((f) => f.rule);
    // The path the browser's chrome.commands.onCommand takes, entered by message (a shortcut can't be pressed headless).
    const run = (command: string) => probe.evaluate(([c, id]) => chrome.runtime.sendMessage({ type: 'run-command', command: c, tabId: id }), [command, tabId] as const);
    await run('next-finding');
    await expect.poll(() => visibleCard(page)).toBe(rules[0]);
    await run('next-finding');
    await expect.poll(() => visibleCard(page)).toBe(rules[1]);
    await run('previous-finding');
    await expect.poll(() => visibleCard(page)).toBe(rules[0]);
    // The keys in the page still work on a card a command opened: Alt+ArrowDown focuses it, Escape returns.
    await page.bringToFront();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TONE-COACH-OVERLAY');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    // Apply the first suggestion of the wordy phrase.
    while ((await visibleCard(page)) !== 'clarity/wordy-phrase') await run('next-finding');
    await run('apply-first');
    await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('Because we wait'), EDITOR);
    expect(await editorText(page, EDITOR)).toContain('Because we wait, please send it.');
    await probe.close();
    await page.close();
  });

  it('"Ignore" lasts for the email: after a reload the same finding stays hidden, others come back', async () => {
    const page = await mail();
    await waitForUnderline(page, 'clarity/wordy-phrase');
    const card = await openCard(page, 'clarity/wordy-phrase');
    await card.locator('button[data-action="ignore"]').click();
    await expect.poll(async () => (await underlines(page)).some((u) => u.rule === 'clarity/wordy-phrase')).toBe(false);
    await page.reload();
    await typeAtStart(page, EDITOR, DRAFT, 1);
    await waitForUnderline(page, 'clarity/vague-deadline');
    await page.waitForTimeout(300);
    expect((await underlines(page)).some((u) => u.rule === 'clarity/wordy-phrase')).toBe(false);
    await page.close();
  });

  it('"Never flag this phrase" on the card adds it to the settings and the underline goes', async () => {
    // Another email: the ignore above belongs to the first one.
    const page = await mail('gmail-new.html');
    const card = await openCard(page, 'clarity/vague-deadline');
    await card.locator('button[data-action="never-flag"]').click();
    await expect.poll(async () => (await underlines(page)).some((u) => u.rule === 'clarity/vague-deadline')).toBe(false);
    const { probe } = await probeFor(page);
    const stored = (await probe.evaluate(() => chrome.storage.sync.get('settings'))) as { settings: { ignoredPhrases: string[] } };
    expect(stored.settings.ignoredPhrases).toEqual(['ASAP']);
    await probe.evaluate(() => chrome.storage.sync.remove('settings'));
    await probe.close();
    await page.close();
  });
});
