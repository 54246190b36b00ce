// Progress, privately, and the first-run page: emails sent in the fixtures leave records (no text)
// that the Insights page charts, exports as CSV and clears; the first-run page opens on install.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { ENGINE, extensionPage, typeAtStart } from './harness';
import { expectAccessible } from './axe';

const env = useBrowser();
const shots = process.env.SCREENSHOTS && ENGINE === 'chromium';

async function send(fixture: string, editor: string, sendButton: string, draft: string, records: number): Promise<void> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${fixture}`);
  await typeAtStart(page, editor, draft, 1);
  // Checked: the indicator at the compose's edge shows (a count, or ✓ for a clean draft).
  await page.waitForFunction((text) => [...document.querySelectorAll('tone-coach-overlay')].some((o) => !o.shadowRoot!.querySelector<HTMLElement>('[data-indicator]')!.hidden) && document.body.innerText.includes(text), draft.split('\n').at(-1)!);
  await page.waitForTimeout(200);
  await page.click(sendButton);
  // The compose is gone; the record goes to the background worker.
  await page.waitForFunction(() => !document.querySelector('[contenteditable="true"][role="textbox"][aria-label^="Message"]'));
  // The record reaches the background worker's storage.
  const probe = await extensionPage(env.browser, 'popup.html');
  await expect.poll(async () => ((await probe.evaluate(() => chrome.storage.local.get('records'))) as { records?: unknown[] }).records?.length ?? 0).toBe(records);
  await probe.close();
  await page.close();
}

describe('first run', () => {
  it('the first-run page opened on install; its try-it box is checked by the real engine', async () => {
    const probe = await extensionPage(env.browser, 'popup.html');
    await expect.poll(() => probe.evaluate(() => chrome.extension.getViews({ type: 'tab' }).some((w) => (w as unknown as { location: Location }).location.pathname === '/welcome.html'))).toBe(true);
    await probe.close();
    const page = await extensionPage(env.browser, 'welcome.html');
    const status = page.locator('[data-findings]');
    await status.waitFor();
    expect(Number(await status.getAttribute('data-findings'))).toBeGreaterThan(3);
    expect(await page.locator('.found [data-rule="clarity/vague-deadline"]').count()).toBe(1);
    await page.fill('[data-input="try"]', 'Hello Anna,\n\nThank you for the update. Could you send the signed contract by Friday at noon?\n\nBest regards,\nMia');
    await expect.poll(async () => Number(await status.getAttribute('data-findings'))).toBeLessThan(2);
    await expectAccessible(page);
    if (shots) {
      await page.fill('[data-input="try"]', 'hey Tom,\n\nPer my last email, i need the signed contract ASAP!!! Due to the fact that the client is waiting, send it today.\n\nthx');
      await page.setViewportSize({ width: 900, height: 1100 });
      await page.screenshot({ path: resolve('docs/screenshots/first-run.png'), fullPage: true });
    }
    await page.close();
  });
});

describe('insights', () => {
  it('charts the records of emails sent in the fixtures, exports CSV, and clearing empties it', async () => {
    await send('gmail-recipients.html', '[g_editable="true"]', '[data-tooltip^="Send"]', 'Per my last email, i need the contract ASAP!!! Due to the fact that we wait, send it.', 1);
    await send('outlook-recipients.html', '[aria-label^="Message body"]', '[id*="primaryActionButton"]', 'Hello Anna,\n\nThank you for your help. Could you send the signed contract by Friday at noon?\n\nBest regards,\nMia', 2);
    const page = await extensionPage(env.browser, 'insights.html');
    await page.waitForSelector('[data-records="2"]');
    // Scores per week per category: one line per category, with the numbers in a table.
    expect(await page.locator('[data-chart="scores"] [data-series]').count()).toBe(4);
    expect(await page.locator('[data-chart="scores"] svg[role="img"]').getAttribute('aria-label')).toMatch(/empathy \d+/);
    expect(await page.locator('[data-chart="rules"] tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-chart="rules"] [data-rule="clarity/vague-deadline"]').count()).toBe(1);
    // The second email went with no warnings: a streak of one.
    expect(await page.locator('[data-streak]').getAttribute('data-streak')).toBe('1');
    // Nothing of the drafts is stored.
    const stored = JSON.stringify(await page.evaluate(() => chrome.storage.local.get(null)));
    for (const secret of ['contract', 'Anna', 'anna@acme.com', 'Proposal']) expect(stored).not.toContain(secret);
    await expectAccessible(page);
    if (shots) {
      await page.setViewportSize({ width: 820, height: 1000 });
      await page.screenshot({ path: resolve('docs/screenshots/insights.png'), fullPage: true });
    }

    // Export: the CSV handed to the download.
    await page.evaluate(() => {
      const w = window as unknown as { csv: Promise<string> };
      w.csv = new Promise((ok) => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (b: Blob | MediaSource) => (void (b as Blob).text().then(ok), create(b));
      });
    });
    await page.click('[data-action="export-csv"]');
    const csv = await page.evaluate(() => (window as unknown as { csv: Promise<string> }).csv);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('date,site,audience,new_contact,language,words,empathy,clarity,professionalism,overall,warnings,rules');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT.*,gmail,unknown,true,en,\d+,/);
    expect(lines[2]).toContain(',outlook,');

    await page.click('[data-action="clear"]');
    await page.click('[data-action="clear-confirm"]');
    await page.waitForSelector('[data-empty]');
    expect(await page.evaluate(() => chrome.storage.local.get('records'))).toEqual({ records: [] });
    await page.reload();
    await page.waitForSelector('[data-records="0"]');
    await page.close();
  });
});
