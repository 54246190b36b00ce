// An administrator's policy (storage.managed), as a user meets it: a pushed pack checks every draft
// and the pack controls say "Set by your organisation"; a pushed site list keeps the coach off there.
// Firefox reads the policy at start-up from a managed-storage manifest (docs/firefox.md; the harness
// writes one into a temporary HOME). Chromium reads extension policy only from /etc/chromium/policies,
// which needs root, so these run in Firefox; the policy's reading and merging have unit tests.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './setup';
import { ENGINE, extensionPage, extensionUrl, pageState, tabOf, typeAtStart, underlines, waitForUnderline } from './harness';

const EDITOR = '[g_editable="true"]';
/** A pack as an administrator pushes it: JSON text, with a phrase no built-in pack flags. */
const PACK = {
  name: 'Acme support',
  extends: 'standard',
  phrases: [{ match: 'to be honest', category: 'empathy', severity: 'warning', message: '“To be honest” suggests the rest was not.' }],
};

// Firefox answers storage.managed seconds after start-up in a fresh profile; the coach starts
// without the policy and follows it when it arrives.
const POLICY_WAIT = 15_000;

const visibleRules = async (page: Page) => (await underlines(page)).filter((u) => !u.hidden).map((u) => u.rule);

describe.runIf(ENGINE === 'firefox')('policy set by an organisation', () => {
  describe('a pushed pack', () => {
    const env = useBrowser({ managed: { pack: JSON.stringify(PACK) } });

    it('checks drafts with the organisation’s pack; options and popup name it and lock the pack choice', async () => {
      const page = await env.browser.context.newPage();
      await page.goto(`${env.server.url}/gmail-new.html`);
      await typeAtStart(page, EDITOR, 'To be honest, we need the report by Friday.', 1);
      await waitForUnderline(page, 'custom/to-be-honest', POLICY_WAIT);
      expect(await visibleRules(page)).toContain('custom/to-be-honest');

      const options = await extensionPage(env.browser, 'options.html');
      await options.waitForSelector('[data-managed]', { timeout: POLICY_WAIT });
      expect(await options.textContent('[data-managed]')).toBe('Set by your organisation');
      await options.waitForSelector('[data-active-pack="Acme support"]');
      expect(await options.$eval('[data-managed] + fieldset', (f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
      expect(await options.isDisabled('[data-action="reset-rules"]')).toBe(true);

      const popup = await extensionPage(env.browser, `popup.html?tabId=${await tabOf(env.browser, page)}`);
      await popup.waitForSelector('[data-pack="Acme support"]');
      // The site switch stays the user's: only a pushed site list locks it.
      expect(await popup.isDisabled('[data-action="site-switch"]')).toBe(false);
      await options.close();
      await popup.close();
      await page.close();
    });
  });

  describe('a pushed site list', () => {
    const env = useBrowser({ managed: { disabledSites: ['127.0.0.1'] } });

    it('keeps the coach off on a listed site; the popup shows the switch off, locked, and says why', async () => {
      const page = await env.browser.context.newPage();
      await page.goto(`${env.server.url}/gmail-new.html`);
      // The page's content script learns of the policy when Firefox answers (see POLICY_WAIT).
      await expect.poll(async () => (await pageState(env.browser, page)).enabled, { timeout: POLICY_WAIT, interval: 250 }).toBe(false);
      await typeAtStart(page, EDITOR, 'Per my last email, send it ASAP!!!', 1);
      await page.waitForTimeout(600);
      expect(await visibleRules(page)).toEqual([]);

      const popup = await extensionPage(env.browser, 'popup.html');
      await popup.goto(extensionUrl(env.browser, `popup.html?tabId=${await tabOf(env.browser, page)}`));
      const toggle = popup.locator('[data-action="site-switch"]');
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      expect(await toggle.isDisabled()).toBe(true);
      expect(await popup.textContent('.managed')).toBe('Set by your organisation');
      await popup.close();
      await page.close();
    });
  });
});
