// axe-core in the browser tests: inject it into any page (web page or extension page, light or dark)
// and list what it finds, one readable line per failing node. Reusable for every page the extension
// shows: expectAccessible(page) on an extension page, or with `within` for the card in a mail page;
// run it in a browser started with useBrowser({ colorScheme: 'dark' }) for the dark scheme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA (2.2 AA brings the 24 px target size) and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeOptions {
  /** Check only inside this element; a shadow-DOM path such as ['tone-coach-overlay', '.card']. */
  within?: string[];
  /** Rules that do not apply to a fragment checked on its own (e.g. 'region' for the card). */
  skip?: string[];
}

/** Every violation on the page as "rule: target — what is wrong". Empty when axe finds nothing. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  // A string runs as a script through the DevTools protocol, so extension pages' CSP does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, within, skip }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
      const context = within ? { include: [{ fromShadowDom: within }] } : document;
      const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
      const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
    },
    { tags: TAGS, within: options.within, skip: options.skip ?? [] },
  );
}

/**
 * axe finds nothing on the page as it is shown now. Colour schemes come from the browser
 * (useBrowser({ colorScheme })), so both engines show light and dark the way a user's system does.
 */
export async function expectAccessible(page: Page, options: AxeOptions = {}): Promise<void> {
  const scheme = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  expect(await axeViolations(page, options), `${page.url()} in ${scheme}`).toEqual([]);
}
