// Firefox for the browser tests: the system Firefox ESR driven by puppeteer-core over WebDriver BiDi,
// behind a thin adapter that implements the part of Playwright's Page/Locator API the tests use, so
// one test file runs on both engines. A method the adapter lacks fails loudly (see `strict`); add it
// here rather than writing a Firefox-only test.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser as PBrowser, type ElementHandle, type Page as PPage } from 'puppeteer-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The gecko id in wxt.config.ts and the fixed UUID its moz-extension:// pages get in the test profile. */
export const GECKO_ID = 'tone-coach@example.org';
export const EXTENSION_UUID = '7d1f5a2e-3c4b-4e6f-9a8b-0c1d2e3f4a5b';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(c)) return c;
  throw new Error('No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH. The tests never download a browser.');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wraps an object so that a call to a member it lacks names the missing piece instead of "undefined is not a function". */
function strict<T extends object>(target: T, what: string): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && !(key in t) && key !== 'then' && key !== 'toJSON') {
        throw new Error(`${what}.${key}() is not implemented for Firefox; add it to tests/e2e/firefox.ts`);
      }
      return Reflect.get(t, key, receiver);
    },
  });
}

/**
 * Playwright's CSS engine pierces open shadow roots; puppeteer's needs the deep combinator `>>>`.
 * Turns every top-level descendant combinator (a space outside quotes, brackets and parentheses)
 * into `>>>`, so `tone-coach-overlay .card` finds the card inside the overlay's shadow root.
 */
export function deepSelector(selector: string): string {
  const tokens: string[] = [];
  let token = '';
  let depth = 0;
  let quote = '';
  for (const c of selector) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      if (token) tokens.push(token);
      token = '';
      continue;
    }
    token += c;
  }
  if (token) tokens.push(token);
  const combinator = (t: string) => t === '>' || t === '+' || t === '~';
  return tokens.reduce((out, t, i) => {
    const prev = tokens[i - 1];
    const plain = combinator(prev) || combinator(t) || prev.endsWith(',') || t.startsWith(',');
    // After `>>>` puppeteer applies a selector that starts with `.`, `#` or `[` to the element
    // itself, not its descendants; `*` makes it a descendant query.
    return `${out}${plain ? ' ' : ' >>> '}${plain || /^[-\w*]/.test(t) ? '' : '*'}${t}`;
  });
}

type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

function waitOptions(state: WaitState = 'visible', timeout?: number) {
  return { visible: state === 'visible', hidden: state === 'hidden' || state === 'detached', timeout: timeout ?? 30_000 };
}

/**
 * Keys reach a page as a user's would, from a focused window, as in Playwright (whose Chromium pages
 * all count as focused). BiDi also delivers keys to a window behind another one (every extension
 * page a test opens is a new window in front), but there Firefox does not turn Enter or Space on a
 * focused button into a click: raise the page's window first.
 */
async function focusWindow(page: PPage): Promise<void> {
  if (!(await page.evaluate(() => document.hasFocus()).catch(() => true))) await page.bringToFront();
}

/** "Control+z" → down Control, press z, up Control. */
async function pressCombo(page: PPage, combo: string, options?: { delay?: number }): Promise<void> {
  await focusWindow(page);
  const keys = combo === '+' ? ['+'] : combo.split(/\+(?=.)/);
  const key = keys.pop()!;
  for (const m of keys) await page.keyboard.down(m as never);
  await page.keyboard.press(key as never, options);
  for (const m of keys.reverse()) await page.keyboard.up(m as never);
}

/**
 * Firefox's BiDi input actions can return before the page has run its key handlers; Playwright's
 * return after. A task queued in the page now runs after those events, so the next check sees their effect.
 */
async function settle(page: PPage): Promise<void> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0))).catch(() => undefined);
}

class FirefoxLocator {
  constructor(
    private readonly page: FirefoxPage,
    private readonly selector: string,
  ) {}
  private get raw(): PPage {
    return this.page.raw;
  }
  private async element(state: WaitState = 'attached', timeout?: number): Promise<ElementHandle<Element>> {
    const el = await this.raw.waitForSelector(deepSelector(this.selector), waitOptions(state, timeout));
    if (!el) throw new Error(`No element for ${this.selector}`);
    return el as ElementHandle<Element>;
  }
  locator(sub: string): Locator {
    return wrapLocator(this.page, `${this.selector} ${sub}`);
  }
  /** Every action already takes the first match, as Playwright's first() does. */
  first(): Locator {
    return wrapLocator(this.page, this.selector);
  }
  async waitFor(options: { state?: WaitState; timeout?: number } = {}): Promise<void> {
    await this.raw.waitForSelector(deepSelector(this.selector), waitOptions(options.state, options.timeout));
  }
  async click(options: { position?: { x: number; y: number }; timeout?: number } = {}): Promise<void> {
    const el = await this.element('visible', options.timeout);
    await el.click(options.position ? { offset: options.position } : undefined);
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.element()).evaluate((el, n) => el.getAttribute(n), name);
  }
  async textContent(): Promise<string | null> {
    return (await this.element()).evaluate((el) => el.textContent);
  }
  async innerText(): Promise<string> {
    return (await this.element()).evaluate((el) => (el as HTMLElement).innerText);
  }
  async inputValue(): Promise<string> {
    return (await this.element()).evaluate((el) => (el as HTMLInputElement).value);
  }
  async isChecked(): Promise<boolean> {
    return (await this.element()).evaluate((el) => (el as HTMLInputElement).checked || el.getAttribute('aria-checked') === 'true');
  }
  async isDisabled(): Promise<boolean> {
    return (await this.element()).evaluate((el) => (el as HTMLButtonElement).disabled === true);
  }
  async isVisible(): Promise<boolean> {
    return (await this.raw.$(deepSelector(this.selector)).then((el) => el?.isVisible())) ?? false;
  }
  async count(): Promise<number> {
    return (await this.raw.$$(deepSelector(this.selector))).length;
  }
  async fill(value: string): Promise<void> {
    await fillElement(await this.element('visible'), value);
  }
  async selectOption(value: string): Promise<string[]> {
    return ((await this.element('visible')) as ElementHandle<HTMLSelectElement>).select(value);
  }
  async focus(): Promise<void> {
    await (await this.element()).focus();
  }
  async press(key: string): Promise<void> {
    await (await this.element()).focus();
    await pressCombo(this.raw, key);
  }
  async evaluate<R, A>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return (await this.element()).evaluate(fn as never, arg) as Promise<R>;
  }
  async boundingBox() {
    return (await this.element()).boundingBox();
  }
  async hover(): Promise<void> {
    await (await this.element('visible')).hover();
  }
}

function wrapLocator(page: FirefoxPage, selector: string): Locator {
  return strict(new FirefoxLocator(page, selector), `Locator`) as unknown as Locator;
}

/** Sets an input's or textarea's value the way typing does, so React's onChange sees it. */
async function fillElement(el: ElementHandle<Element>, value: string): Promise<void> {
  await el.evaluate((node, v) => {
    const input = node as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

class FirefoxPage {
  /** The address the test navigated to; puppeteer does not follow navigations to moz-extension:// pages. */
  private address = 'about:blank';
  readonly keyboard;
  readonly mouse;
  constructor(
    readonly raw: PPage,
    private readonly ctx: FirefoxContext,
  ) {
    this.keyboard = strict(
      {
        type: (text: string, o?: { delay?: number }) => focusWindow(raw).then(() => raw.keyboard.type(text, o)).then(() => settle(raw)),
        press: (key: string, o?: { delay?: number }) => pressCombo(raw, key, o).then(() => settle(raw)),
        down: (key: string) => focusWindow(raw).then(() => raw.keyboard.down(key as never)),
        up: (key: string) => raw.keyboard.up(key as never),
        insertText: (text: string) => focusWindow(raw).then(() => raw.keyboard.sendCharacter(text)),
      },
      'keyboard',
    );
    this.mouse = strict(
      {
        move: (x: number, y: number) => raw.mouse.move(x, y),
        click: (x: number, y: number) => raw.mouse.click(x, y),
        down: () => raw.mouse.down(),
        up: () => raw.mouse.up(),
        wheel: (deltaX: number, deltaY: number) => raw.mouse.wheel({ deltaX, deltaY }),
      },
      'mouse',
    );
  }

  url(): string {
    return this.address.startsWith('moz-extension:') ? this.address : this.raw.url();
  }
  context(): BrowserContext {
    return this.ctx as unknown as BrowserContext;
  }
  /** Reads the real address from the page (used for tabs the extension opened). */
  async refreshUrl(): Promise<string> {
    this.address = await this.raw.evaluate(() => location.href).catch(() => this.address);
    return this.address;
  }

  async goto(url: string): Promise<null> {
    this.address = url;
    if (!url.startsWith('moz-extension:')) {
      await this.raw.goto(url);
      return null;
    }
    // BiDi only navigates to extension pages with --remote-allow-system-access, and puppeteer misses
    // the navigation events, so navigate without its waiting and poll for the loaded page instead.
    const frame = this.raw.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } };
    await frame.browsingContext.navigate(url, 'complete');
    await this.extensionPageReady(url);
    return null;
  }
  async reload(): Promise<null> {
    return this.goto(this.url());
  }
  /** Waits for the extension page and gives it the promise-based `chrome` of Chromium (Firefox's `browser`). */
  private async extensionPageReady(url: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const ok = await this.raw
        .evaluate((u) => {
          if (location.href !== u || document.readyState !== 'complete') return false;
          (globalThis as unknown as { chrome: unknown }).chrome = (globalThis as unknown as { browser: unknown }).browser;
          return true;
        }, url)
        .catch(() => false);
      if (ok) return;
      await sleep(25);
    }
    throw new Error(`Extension page ${url} did not load`);
  }

  async close(): Promise<void> {
    await this.raw.close();
  }
  async bringToFront(): Promise<void> {
    await this.raw.bringToFront();
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.raw.setViewport(size);
  }
  viewportSize() {
    return this.raw.viewport();
  }
  async emulateMedia(o: { colorScheme?: 'light' | 'dark' }): Promise<void> {
    if (o.colorScheme) await this.raw.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: o.colorScheme }]);
  }
  async screenshot(o: { path?: string; fullPage?: boolean } = {}) {
    return this.raw.screenshot({ path: o.path as `${string}.png`, fullPage: o.fullPage });
  }
  async addInitScript(fn: () => void): Promise<void> {
    await this.raw.evaluateOnNewDocument(fn);
  }
  async waitForTimeout(ms: number): Promise<void> {
    await sleep(ms);
  }

  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<R> {
    return this.raw.evaluate(fn as never, arg) as Promise<R>;
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number; polling?: number | 'raf' } = {}) {
    // Interval polling: requestAnimationFrame does not run in a background tab.
    const polling = typeof options.polling === 'number' ? options.polling : 50;
    return this.raw.waitForFunction(fn as never, { timeout: options.timeout ?? 30_000, polling }, arg);
  }
  async $eval<R, A>(selector: string, fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return this.raw.$eval(deepSelector(selector), fn as never, arg) as Promise<R>;
  }
  async $$eval<R, A>(selector: string, fn: (els: Element[], arg: A) => R, arg?: A): Promise<R> {
    return this.raw.$$eval(deepSelector(selector), fn as never, arg) as Promise<R>;
  }
  locator(selector: string): Locator {
    return wrapLocator(this, selector);
  }
  async waitForSelector(selector: string, options: { state?: WaitState; timeout?: number } = {}) {
    return this.raw.waitForSelector(deepSelector(selector), waitOptions(options.state, options.timeout));
  }
  async click(selector: string, options: { position?: { x: number; y: number }; timeout?: number } = {}): Promise<void> {
    await this.locator(selector).click(options);
  }
  async hover(selector: string): Promise<void> {
    await this.locator(selector).hover();
  }
  async focus(selector: string): Promise<void> {
    await this.locator(selector).focus();
  }
  async fill(selector: string, value: string): Promise<void> {
    await this.locator(selector).fill(value);
  }
  async selectOption(selector: string, value: string): Promise<string[]> {
    return this.locator(selector).selectOption(value);
  }
  async press(selector: string, key: string): Promise<void> {
    await this.locator(selector).press(key);
  }
  async type(selector: string, text: string, o?: { delay?: number }): Promise<void> {
    await this.locator(selector).focus();
    await focusWindow(this.raw);
    await this.raw.keyboard.type(text, o);
  }
  async textContent(selector: string): Promise<string | null> {
    return this.locator(selector).textContent();
  }
  async innerText(selector: string): Promise<string> {
    return this.locator(selector).innerText();
  }
  async getAttribute(selector: string, name: string): Promise<string | null> {
    return this.locator(selector).getAttribute(name);
  }
  async isChecked(selector: string): Promise<boolean> {
    return this.locator(selector).isChecked();
  }
  async isDisabled(selector: string): Promise<boolean> {
    return this.locator(selector).isDisabled();
  }
  async isVisible(selector: string): Promise<boolean> {
    return this.locator(selector).isVisible();
  }
  async inputValue(selector: string): Promise<string> {
    return this.locator(selector).inputValue();
  }
  async setInputFiles(selector: string, file: string): Promise<void> {
    const el = (await this.raw.waitForSelector(deepSelector(selector))) as ElementHandle<HTMLInputElement>;
    await el.uploadFile(file);
  }
}

class FirefoxContext {
  private readonly wrapped = new Map<PPage, Page>();
  constructor(
    readonly raw: PBrowser,
    private readonly onRequest: (url: string) => void,
  ) {}
  wrap(raw: PPage): Page {
    let page = this.wrapped.get(raw);
    if (!page) {
      raw.on('request', (r) => this.onRequest(r.url()));
      page = strict(new FirefoxPage(raw, this), 'Page') as unknown as Page;
      this.wrapped.set(raw, page);
    }
    return page;
  }
  async newPage(): Promise<Page> {
    // Each page in its own window, as Chromium's headless pages are: a page in a background tab
    // gets no animation frames, and the coach draws its underlines in them.
    return this.wrap(await this.raw.newPage({ type: 'window' }));
  }
  pages(): Page[] {
    return [...this.wrapped.values()];
  }
  /** Only 'page': a tab opened by the extension (e.g. the coach in a tab), matched by its real address. */
  async waitForEvent(event: 'page', options: { predicate?: (p: Page) => boolean | Promise<boolean>; timeout?: number } = {}): Promise<Page> {
    if (event !== 'page') throw new Error(`waitForEvent('${event}') is not implemented for Firefox`);
    const known = new Set(await this.raw.pages());
    const deadline = Date.now() + (options.timeout ?? 30_000);
    while (Date.now() < deadline) {
      for (const raw of await this.raw.pages()) {
        if (known.has(raw)) continue;
        const page = this.wrap(raw);
        const url = await (page as unknown as FirefoxPage).refreshUrl();
        if (url === 'about:blank') continue;
        if (url.startsWith('moz-extension:')) await (page as unknown as { extensionPageReady(u: string): Promise<void> }).extensionPageReady(url);
        if (!options.predicate || (await options.predicate(page))) return page;
        known.add(raw);
      }
      await sleep(50);
    }
    throw new Error('Timed out waiting for a new page');
  }
  async close(): Promise<void> {
    await this.raw.close();
  }
}

export interface FirefoxLaunch {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Launches Firefox ESR headless with the unpacked test build installed as a temporary add-on. */
export interface FirefoxOptions {
  extensionDir: string;
  headless?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * An administrator's policy for the add-on (storage.managed). Firefox reads it at start-up from a
   * managed-storage manifest in the user's ~/.mozilla (Linux), the way an administrator without
   * policies.json can push one; here HOME is a temporary folder, so no root and nothing outside it.
   */
  managed?: Record<string, unknown>;
}

/**
 * BiDi's network events cover pages in tabs, not an add-on's background page. This watches every
 * HTTP(S) request Firefox opens, in its parent process (where all of them go through): an observer of
 * `http-on-opening-request`, installed over BiDi in the browser's first window (which the harness
 * never closes; allowed by --remote-allow-system-access) and reporting each address over a BiDi
 * channel. Requests a page, a worker or the add-on (its background page included) starts are kept;
 * those of Firefox's own services (the system principal, e.g. remote settings) are not.
 */
async function recordEveryRequest(raw: PBrowser, onRequest: (url: string) => void): Promise<void> {
  const connection = (raw as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }>; on(event: string, fn: (params: { channel: string; data: { value: string } }) => void): void } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string; url: string }> };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox window to watch requests from');
  connection.on('script.message', (m) => {
    if (m.channel === REQUEST_CHANNEL) onRequest(m.data.value);
  });
  await connection.send('script.callFunction', {
    functionDeclaration: String((send: (url: string) => void) => {
      const g = globalThis as unknown as { Services: { obs: { addObserver(o: object, topic: string): void } }; Ci: { nsIHttpChannel: unknown } };
      const observer = {
        observe(subject: { QueryInterface(i: unknown): { URI: { spec: string }; loadInfo?: { triggeringPrincipal?: { isSystemPrincipal: boolean } } } }) {
          const channel = subject.QueryInterface(g.Ci.nsIHttpChannel);
          const principal = channel.loadInfo?.triggeringPrincipal;
          if (principal && !principal.isSystemPrincipal) send(channel.URI.spec);
        },
      };
      g.Services.obs.addObserver(observer, 'http-on-opening-request');
    }),
    arguments: [{ type: 'channel', value: { channel: REQUEST_CHANNEL } }],
    target: { context: window.context },
    awaitPromise: true,
    'moz:scope': 'chrome',
  });
}
const REQUEST_CHANNEL = 'tone-coach-requests';

/** A temporary HOME holding ~/.mozilla/managed-storage/<add-on id>.json with the policy. */
function managedHome(data: Record<string, unknown>): string {
  const home = mkdtempSync(join(tmpdir(), 'tone-coach-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Tone Coach policy (browser test)', type: 'storage', data }));
  return home;
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxLaunch> {
  const profile = mkdtempSync(join(tmpdir(), 'tone-coach-firefox-'));
  const home = options.managed ? managedHome(options.managed) : undefined;
  const locale = options.locale;
  const raw = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    userDataDir: profile,
    ...(home ? { env: { ...process.env, HOME: home } } : {}),
    defaultViewport: options.headless === false ? null : { width: 1280, height: 900 },
    // Lets BiDi open moz-extension:// pages (popup, options, side panel) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Allow the unsigned temporary add-on in private windows too, and show no first-run pages.
      'extensions.autoDisableScopes': 0,
      'browser.aboutwelcome.enabled': false,
      // prefers-color-scheme for every page (BiDi has no media emulation): 0 dark, 1 light.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': `${locale},en` } : {}),
    },
  });
  const requests: string[] = [];
  const context = new FirefoxContext(raw, (u) => requests.push(u));
  await recordEveryRequest(raw, (u) => requests.push(u));
  const id = await raw.installExtension(options.extensionDir);
  if (id !== GECKO_ID) throw new Error(`Installed add-on has id ${id}, expected ${GECKO_ID}`);
  return {
    context: context as unknown as BrowserContext,
    extensionId: EXTENSION_UUID,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    requests,
    close: async () => {
      await raw.close();
      rmSync(profile, { recursive: true, force: true });
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}
