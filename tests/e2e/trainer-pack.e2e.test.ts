// A trainer's pack in the rule language, in the real extension: imported on the options page in the
// Estonian interface (its examples run and are shown), refused when an example fails (the old pack
// stays), and its rules underline a reply in the Gmail fixture.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { et } from '../../src/i18n/et';
import { extensionPage, openCard, typeAtStart, underlines, waitForUnderline } from './harness';

const EDITOR = '[g_editable="true"]';
const env = useBrowser({ locale: 'et' });

describe('trainer pack', () => {
  it('imports with its examples run and shown, is refused when an example fails, and underlines in Gmail', async () => {
    const options = await extensionPage(env.browser, 'options.html');
    await options.setInputFiles('[data-input="import"]', resolve('tests/fixtures/packs/trainer-rules.json'));
    await options.waitForSelector('[data-status]');
    expect(await options.textContent('[data-status]')).toContain('Hoolikas klienditeenindus');
    // Every example ran and held; the results are listed in Estonian.
    expect(await options.getAttribute('[data-examples]', 'data-examples')).toBe('pass');
    expect(await options.textContent('[data-examples-summary]')).toBe('Kõik 8 näidet peavad paika.');
    expect(await options.locator('[data-example-ok="true"]').count()).toBe(8);
    expect(await options.textContent('[data-example="empathy/sorry-first fire 1"]')).toContain('märkima pidanud näide 1');
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Hoolikas klienditeenindus');
    // The pack's own rules are listed by their Estonian names; no raw template anywhere on the page.
    expect(await options.textContent('[data-rule-row="empathy/sorry-first"] .msg')).toBe('Vabandus enne vabandamist');
    expect(await options.textContent('[data-rule-row="professionalism/repeated-punctuation"] .msg')).toBe('Korduvad kirjavahemärgid');
    const shown = await options.evaluate(() => {
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      main.querySelectorAll('textarea').forEach((t) => t.remove()); // the pack's own JSON may hold templates
      return main.textContent;
    });
    expect(shown).not.toMatch(/\{(?:text|count|\d)\b/);

    // A pack whose example fails is refused, naming the example; the pack in use stays.
    await options.setInputFiles('[data-input="import"]', resolve('tests/fixtures/packs/trainer-failing.json'));
    await options.waitForSelector('[data-error]');
    expect(await options.textContent('[data-error]')).toContain('professionalism/no-worries: vaikima pidanud näide 2 „No worries, I will check.“ märgiti');
    expect(await options.getAttribute('[data-examples]', 'data-examples')).toBe('fail');
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Hoolikas klienditeenindus');
    // An invalid pack is refused with the field and the reason in Estonian too.
    await options.setInputFiles('[data-input="import"]', resolve('tests/fixtures/packs/broken.json'));
    await options.waitForFunction(() => document.querySelector('[data-error]')?.textContent?.includes('no-such-rule'), undefined, { timeout: 5000 });
    expect(await options.textContent('[data-error]')).toContain('Vigane pakett kohas „rules.clarity/no-such-rule“: tundmatu reegli id „clarity/no-such-rule“.');
    expect(await options.getAttribute('[data-active-pack]', 'data-active-pack')).toBe('Hoolikas klienditeenindus');
    await options.close();

    // In a reply to an upset client, both of the pack's rules underline, with their Estonian messages.
    const mail = await env.browser.context.newPage();
    await mail.goto(`${env.server.url}/gmail-reply.html`);
    await typeAtStart(mail, EDITOR, 'Hi Anna, it was not our fault. No worries, I will fix the invoice today.');
    await waitForUnderline(mail, 'empathy/sorry-first');
    await waitForUnderline(mail, 'professionalism/no-worries');
    const boxes = await underlines(mail);
    expect(boxes.find((b) => b.rule === 'empathy/sorry-first')).toMatchObject({ category: 'empathy', start: 9, end: 29 });
    // The card shows the pack's own message in the interface language (Estonian), though the draft is
    // English: the user chose the language to read, and the card's buttons are in it too.
    const card = await openCard(mail, 'professionalism/no-worries');
    expect(await card.locator('.msg').textContent()).toBe('„No worries“ on liiga vaba; kliendile sobib paremini „you are welcome“.');
    expect(await card.locator('[data-action="ignore"]').textContent()).toBe(et.cardIgnore);
    await mail.close();
  });
});
