// Real-browser test harness: the system Chromium or Firefox ESR with the built test extension loaded,
// and a tiny fixture server on 127.0.0.1. Never downloads a browser.
//
// One set of tests, two engines: TC_BROWSER=chromium|firefox (vitest.e2e.config.ts sets it per
// project). Tests speak Playwright's Page/Locator API; in Firefox that is a thin adapter over
// puppeteer-core (tests/e2e/firefox.ts). Use the helpers below for anything engine-specific
// (extension pages and their addresses, the engine's name) instead of branching in a test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { CHROMIUM_EXTENSION_DIR, ROOT, launchChromium, type ChromiumOptions } from '../../scripts/browser';
import { launchFirefox } from './firefox';
import type { PageState } from '../../src/platform/messages';

// Chromium, the fixture server and paths are shared with `npm run dev` and `npm run bench`.
export { CHROMIUM_ARGS, FIXTURES_DIR, findChromium, startServer, type FixtureServer } from '../../scripts/browser';

export type Engine = 'chromium' | 'firefox';
/** The engine these tests drive: TC_BROWSER=chromium (default) or firefox. */
export const ENGINE: Engine = process.env.TC_BROWSER === 'firefox' ? 'firefox' : 'chromium';
if (process.env.TC_BROWSER && !['chromium', 'firefox'].includes(process.env.TC_BROWSER)) throw new Error(`TC_BROWSER must be chromium or firefox, not ${process.env.TC_BROWSER}`);

/** The test builds (`npm run build:test`, `npm run build:test:firefox`); their content script also matches http://127.0.0.1/*. */
export const EXTENSION_DIRS: Record<Engine, string> = { chromium: CHROMIUM_EXTENSION_DIR, firefox: join(ROOT, '.output/firefox-mv2-test') };
export const EXTENSION_DIR = EXTENSION_DIRS[ENGINE];

export interface Browser {
  engine: Engine;
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid>: prefix of the extension's own pages. */
  extensionOrigin: string;
  /**
   * Every URL the browser requested for a page, a worker or the extension, its background included
   * (Chromium: the context's requests, the service worker's too; Firefox: every request its parent
   * process opens that is not Firefox's own, see recordEveryRequest in firefox.ts).
   */
  requests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions extends ChromiumOptions {
  engine?: Engine;
  /**
   * An administrator's policy for the extension (storage.managed: `pack`, `disabledSites`). Firefox
   * only: Chromium reads extension policy from /etc/chromium/policies, which needs root.
   */
  managed?: Record<string, unknown>;
}

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const engine = options.engine ?? ENGINE;
  const dir = options.extensionDir ?? EXTENSION_DIRS[engine];
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}. Run \`npm run ${engine === 'firefox' ? 'build:test:firefox' : 'build:test'}\` first.`);
  if (engine === 'firefox') return { engine, ...(await launchFirefox({ extensionDir: dir, headless: options.headless, locale: options.locale, colorScheme: options.colorScheme, managed: options.managed })) };
  if (options.managed) throw new Error('A managed policy can be given to Firefox only: Chromium reads extension policy from /etc/chromium/policies (root).');
  const b = await launchChromium({ ...options, extensionDir: dir });
  return { engine, ...b, extensionOrigin: `chrome-extension://${b.extensionId}` };
}

/** Boxes drawn in the overlay(s): one per finding, with their public data attributes. */
export async function underlines(page: Page): Promise<Array<{ rule: string; category: string; start: number; end: number; hidden: boolean; compose: string; rect: { x: number; y: number; width: number; height: number } }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tone-coach-overlay')].flatMap((o) =>
      [...(o.shadowRoot?.querySelectorAll<HTMLElement>('[data-rule]') ?? [])]
        .filter((el) => !el.classList.contains('card'))
        .map((el) => {
          const r = el.getBoundingClientRect();
          const line = el.querySelector('.line')?.getBoundingClientRect();
          return {
            rule: el.dataset.rule!,
            category: el.dataset.category!,
            start: Number(el.dataset.start),
            end: Number(el.dataset.end),
            hidden: el.hidden,
            compose: o.getAttribute('data-compose') ?? '',
            rect: line ? { x: line.x, y: line.y, width: line.width, height: line.height } : { x: r.x, y: r.y, width: r.width, height: r.height },
          };
        }),
    ),
  );
}

/** Wait until the overlays show a box for a rule (or any box when rule is omitted). */
export async function waitForUnderline(page: Page, rule?: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (r) => [...document.querySelectorAll('tone-coach-overlay')].some((o) => [...(o.shadowRoot?.querySelectorAll('.finding[data-rule]') ?? [])].some((el) => !r || el.getAttribute('data-rule') === r)),
    rule,
    { timeout, polling: 20 },
  );
}

export async function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

/** The browser tab id of the page at `url`, found by asking each tab's content script (no "tabs" permission needed). */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  return ext.evaluate(async (target) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const state = (await chrome.tabs.sendMessage(tab.id!, { type: 'get-state' })) as { url?: string } | undefined;
          if (state?.url === target) return tab.id!;
        } catch {
          // No content script in that tab.
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No tab with the content script at ${target}`);
  }, url);
}

/**
 * Makes the extension's background (Chrome's service worker, Firefox's background page) request a
 * URL, as a product fetch there would: proves that `b.requests` sees the background's requests.
 */
export async function requestFromBackground(b: Browser, url: string): Promise<void> {
  if (b.engine === 'chromium') {
    const [worker] = b.context.serviceWorkers();
    await worker.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
    return;
  }
  const page = await extensionPage(b, 'popup.html');
  await page.evaluate(async (u) => {
    const background = (await (chrome.runtime as unknown as { getBackgroundPage(): Promise<Window> }).getBackgroundPage()) as Window;
    // The background page's own fetch: the request belongs to that page, not to this one.
    await background.fetch(u).then(() => undefined, () => undefined);
  }, url);
  await page.close();
}

/** The address of an extension page, e.g. extensionUrl(b, 'popup.html?tabId=3'). */
export function extensionUrl(b: Browser, path: string): string {
  return `${b.extensionOrigin}/${path.replace(/^\//, '')}`;
}

/**
 * An extension page (popup, options, side panel) opened as a normal tab. In its evaluate() calls
 * `chrome.*` returns promises on both engines (in Firefox it is the extension's `browser`).
 */
export async function extensionPage(b: Browser, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, path));
  return page;
}

/**
 * The side panel page the browser holds for a tab (Chrome's sidePanel options, Firefox's sidebar
 * panel), relative to the extension, e.g. 'sidepanel.html?tabId=3'; and every extension page open
 * in a tab (where the coach falls back to when the browser refuses to open its panel).
 */
export async function panelFor(ext: Page, tabId: number): Promise<{ panel: string | undefined; tabs: string[] }> {
  return ext.evaluate(async (id) => {
    const api = chrome as unknown as {
      sidePanel?: { getOptions(o: { tabId: number }): Promise<{ path?: string }> };
      sidebarAction?: { getPanel(o: { tabId: number }): Promise<string> };
      runtime: { getURL(p: string): string; getContexts(o: object): Promise<Array<{ documentUrl?: string }>> };
    };
    const raw = api.sidePanel ? (await api.sidePanel.getOptions({ tabId: id })).path : await api.sidebarAction?.getPanel({ tabId: id });
    const base = api.runtime.getURL('/');
    const tabs = (await api.runtime.getContexts({ contextTypes: ['TAB'] })).map((c) => (c.documentUrl ?? '').replace(base, ''));
    return { panel: raw?.replace(base, '').replace(/^\//, ''), tabs };
  }, tabId);
}

/** The tab id of a mail page, found through an extension page. */
export async function tabOf(b: Browser, mail: Page): Promise<number> {
  const probe = await extensionPage(b, 'popup.html');
  const tabId = await tabIdOf(probe, mail.url());
  await probe.close();
  return tabId;
}

/** What the mail page's content script tells the popup and the side panel. */
export async function pageState(b: Browser, mail: Page): Promise<PageState> {
  const tabId = await tabOf(b, mail);
  const probe = await extensionPage(b, 'popup.html');
  const state = (await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId)) as PageState;
  await probe.close();
  return state;
}

/**
 * Wait until the coach has checked `draft` (the words typed, white space aside). An underline alone
 * can come from the check of an earlier version of the draft (typing paused long enough mid-way),
 * and a suggestion made for that text is rightly refused once the draft has moved on.
 */
export async function waitForChecked(b: Browser, mail: Page, draft: string, timeout = 5000): Promise<void> {
  const tabId = await tabOf(b, mail);
  const probe = await extensionPage(b, 'popup.html');
  try {
    const squash = (t: string) => t.replace(/\s+/g, '');
    for (const until = Date.now() + timeout; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
      const state = (await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-state' }), tabId)) as PageState;
      if (state.composes.some((c) => squash(c.text) === squash(draft))) return;
    }
    throw new Error(`The coach did not check “${draft}” within ${timeout} ms`);
  } finally {
    await probe.close();
  }
}

/** The side panel bound to a mail page's tab, opened as a 320 px wide page. */
export async function openPanelPage(b: Browser, mail: Page): Promise<Page> {
  const tabId = await tabOf(b, mail);
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(extensionUrl(b, `sidepanel.html?tabId=${tabId}`));
  return panel;
}

/** Put the caret at the start of an editor's first line and type, as a user starting a draft does. */
export async function typeAtStart(page: Page, editor: string, text: string, delay = 2): Promise<void> {
  await page.click(editor, { position: { x: 5, y: 5 } });
  await page.evaluate((sel) => {
    const ed = document.querySelector(sel)!;
    const r = document.createRange();
    r.setStart(ed.firstElementChild ?? ed, 0);
    r.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, editor);
  await page.keyboard.type(text, { delay });
}

/** Hover a rule's underline, as a user does, and return its card once it is visible. */
export async function openCard(page: Page, rule: string): Promise<Locator> {
  const box = (await underlines(page)).find((b) => b.rule === rule && !b.hidden);
  if (!box) throw new Error(`No underline for ${rule}`);
  await page.mouse.move(box.rect.x + 3, box.rect.y - 3);
  const card = page.locator(`tone-coach-overlay .card[data-rule="${rule}"]`);
  await card.waitFor({ state: 'visible', timeout: 3000 });
  return card;
}

/** A fixture page with a draft typed at the start of its editor, once the coach has underlined `rule` in it. */
export async function openDraft(b: Browser, url: string, editor: string, draft: string, rule: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await typeAtStart(page, editor, draft, 1);
  await waitForUnderline(page, rule);
  return page;
}
