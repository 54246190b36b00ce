// Who an email is for: recipients read from the Gmail and Outlook composes, mapped to an audience by
// the user's rules; a client recipient switches the pack and the side panel says so.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { resolve } from 'node:path';
import { ENGINE, extensionPage, openPanelPage, pageState, typeAtStart, waitForUnderline } from './harness';

const env = useBrowser();
const GMAIL = '[g_editable="true"]';
const OUTLOOK = '[role="textbox"][aria-label^="Message body"]';
const DRAFT = 'Can you send me the signed contract ASAP? The team needs it for the launch.';

async function compose(fixture: string, editor: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/${fixture}`);
  await typeAtStart(page, editor, DRAFT, 1);
  await waitForUnderline(page, 'clarity/vague-deadline');
  return page;
}

const stateOf = (mail: Page) => pageState(env.browser, mail);

describe('audience', () => {
  for (const [name, fixture, editor] of [['Gmail', 'gmail-recipients.html', GMAIL], ['Outlook', 'outlook-recipients.html', OUTLOOK]] as const) {
    it(`${name}: reads the To and Cc recipients; an unsorted outside recipient is a new contact, the own domain a colleague`, async () => {
      const mail = await compose(fixture, editor);
      const [c] = (await stateOf(mail)).composes;
      expect(c.audience).toMatchObject({ audience: 'unknown', domain: 'acme.com', recipients: 2, domains: ['acme.com', 'example.org'], newContact: true });
      // Nothing in the state names a person: domains only.
      expect(JSON.stringify(c.audience)).not.toContain('anna');
      // A first email to someone new expects a greeting: the draft has none.
      expect(c.report.findings.find((f) => f.rule === 'professionalism/missing-greeting')?.severity).toBe('warning');
      await mail.close();
    });
  }

  it('a client recipient switches the pack to Strict and the panel says so; the user can change it for this email', async () => {
    const options = await extensionPage(env.browser, 'options.html');
    await options.fill('[data-input="audience-key"]', 'acme.com');
    await options.selectOption('[data-input="audience-kind"]', 'client');
    await options.click('[data-action="add-audience-rule"]');
    await options.waitForSelector('[data-audience-rule="acme.com"]');
    await options.close();

    const mail = await compose('gmail-recipients.html', GMAIL);
    const panel = await openPanelPage(env.browser, mail);
    const line = panel.locator('[data-audience]');
    await line.waitFor();
    await panel.waitForSelector('[data-audience="client"][data-pack="strict"]');
    expect(await line.locator('.who').textContent()).toBe('To a client (acme.com) — Strict');
    expect(await panel.locator('[data-new-contact]').count()).toBe(1);
    if (process.env.SCREENSHOTS && ENGINE === 'chromium') await panel.screenshot({ path: resolve('docs/screenshots/panel-audience.png'), clip: { x: 0, y: 0, width: 320, height: 420 } });

    // "For this email: Colleague": the standard pack, and only for this compose.
    await panel.selectOption('[data-input="audience"]', 'colleague');
    await panel.waitForSelector('[data-audience="colleague"][data-pack="standard"]');
    expect(await line.locator('.who').textContent()).toBe('To a colleague (acme.com) — Standard');
    const other = await compose('outlook-recipients.html', OUTLOOK);
    expect((await stateOf(other)).composes[0].audience?.audience).toBe('client');
    expect((await stateOf(other)).composes[0].report.pack).toBe('strict');
    await panel.evaluate(() => chrome.storage.sync.remove('audience'));
    await Promise.all([panel.close(), mail.close(), other.close()]);
  });
});
