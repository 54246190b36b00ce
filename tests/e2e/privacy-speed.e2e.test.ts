// Promises that hold for every page: no network request from the extension, and no long task while
// typing in a 5,000-word draft.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { waitForUnderline, extensionUrl, requestFromBackground } from './harness';

const env = useBrowser();

function longDraft(words: number): string {
  const sentences = [
    'Per my last email, the venue needs the final numbers ASAP.',
    'Thank you for the quick reply about the catering on Friday.',
    'I just think maybe we could possibly move the rehearsal to the afternoon.',
    'Due to the fact that the speakers arrive late, the dinner starts at 8 pm.',
    'Could you confirm the room layout by Wednesday at noon?',
  ];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = sentences[i % sentences.length];
    out.push(s);
    n += s.split(' ').length;
  }
  // Paragraphs of five sentences, as people write them.
  const paras: string[] = [];
  for (let i = 0; i < out.length; i += 5) paras.push(out.slice(i, i + 5).join(' '));
  return paras.join('\n');
}

describe('privacy and speed', () => {
  it('a 5,000-word draft stays responsive: no long task over 50 ms while typing', async () => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __long: number[] }).__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${env.server.url}/gmail-new.html`);
    const text = longDraft(5000);
    await page.evaluate((t) => {
      const ed = document.querySelector('[g_editable="true"]')!;
      ed.querySelector('div')!.outerHTML = t.split('\n').map((p) => `<div>${p}</div><div><br></div>`).join('');
    }, text);
    await waitForUnderline(page, 'clarity/vague-deadline', 10_000);
    await page.waitForTimeout(1500);
    // Only what happens while typing counts.
    await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
    await page.click('[g_editable="true"]', { position: { x: 20, y: 10 } });
    await page.keyboard.type(' The caterer confirmed the menu and the wine list today.', { delay: 40 });
    await page.waitForTimeout(2000);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    expect(long, `long tasks: ${long.map((d) => d.toFixed(0)).join(', ')} ms`).toEqual([]);
    await page.close();
  });

  it('the extension makes no network request at all', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/gmail-reply.html`);
    await page.click('[g_editable="true"]', { position: { x: 10, y: 10 } });
    await page.keyboard.type('Per my last email, send it ASAP!!!', { delay: 5 });
    await waitForUnderline(page, undefined, 3000);
    const panel = await env.browser.context.newPage();
    await panel.goto(extensionUrl(env.browser, `sidepanel.html`));
    await panel.goto(extensionUrl(env.browser, `options.html`));
    await panel.goto(extensionUrl(env.browser, `popup.html`));
    await page.waitForTimeout(500);
    const foreign = env.browser.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith(`${env.browser.extensionOrigin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(env.browser.requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
    await page.close();
    await panel.close();
  });

  it("the request recorder sees the requests of the extension's background", async () => {
    // What the test above relies on (so this runs after it: its list starts at launch). A fetch in the
    // background (Chrome's worker, Firefox's background page) is caught; this one goes to the fixture
    // server, so nothing leaves the machine.
    const probe = `${env.server.url}/background-probe-${Date.now()}`;
    await requestFromBackground(env.browser, probe);
    await expect.poll(() => env.browser.requests.includes(probe), { timeout: 2000 }).toBe(true);
  });
});
