// The side panel's screens, rendered with a fake data source (what a user sees for each state).
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMount } from './react-mount';
import { analyze } from '../../src/engine';
import { findingKey, type PageState } from '../../src/platform/messages';
import { App } from '../../src/ui/panel/App';
import type { PanelSource } from '../../src/ui/panel/source';

const DRAFT = 'hey Tom,\n\nPer my last email, i need the contract ASAP!!! Due to the fact that we wait, send it.\n\nthx';

function page(text: string | null, extra: Partial<PageState> = {}): PageState {
  return {
    url: 'https://mail.google.com/mail/u/0/',
    host: 'mail.google.com',
    site: 'gmail',
    enabled: true,
    paused: false,
    composes: text === null ? [] : [{ composeId: 'compose-1', focused: true, text, subject: '', report: analyze({ body: text }), ignored: [] }],
    ...extra,
  };
}

function fakeSource(state: PageState | undefined): PanelSource & { push(s: PageState): void; applied: unknown[] } {
  let listener: ((id: number, s: PageState) => void) | undefined;
  const applied: unknown[] = [];
  return {
    applied,
    push: (s) => listener?.(7, s),
    tabId: async () => 7,
    getState: async () => state,
    subscribe: (_id, onState) => {
      listener = onState;
      return () => (listener = undefined);
    },
    apply: async (_tab, composeId, edits, expected) => {
      applied.push({ composeId, edits, expected });
      return { ok: true };
    },
    ignore: vi.fn(async () => undefined),
    setAudience: vi.fn(async () => undefined),
    enableSite: vi.fn(async () => undefined),
    muteRule: vi.fn(async () => undefined),
    copy: vi.fn(async () => undefined),
  };
}

const ui = useMount();
const render = (source: PanelSource) => ui.render(<App source={source} />);
const click = async (el: Element | null) => {
  expect(el).not.toBeNull();
  await ui.click(el);
};

describe('side panel', () => {
  it('shows scores with words and numbers, a summary, and findings grouped by category in draft order', async () => {
    const source = fakeSource(page(DRAFT));
    await render(source);
    const report = analyze({ body: DRAFT });
    for (const k of ['empathy', 'clarity', 'professionalism', 'overall'] as const) {
      expect(ui.host.querySelector(`[data-score="${k}"]`)!.textContent).toBe(String(report.scores[k]));
    }
    expect(ui.host.querySelector('.summary')!.textContent).toMatch(/^Biggest issue: /);
    const groups = [...ui.host.querySelectorAll('section.group h2')].map((h) => h.firstChild!.textContent!.trim());
    expect(groups).toEqual(['Empathy', 'Clarity', 'Professionalism']);
    const clarity = [...ui.host.querySelectorAll('[data-category="clarity"]')].map((el) => el.getAttribute('data-rule'));
    const expected = report.findings.filter((f) => f.category === 'clarity').map((f) => f.rule);
    expect(clarity).toEqual(expected);
    expect(ui.host.querySelector('[data-rule="clarity/vague-deadline"] .quote')!.textContent).toBe('ASAP');
    expect(ui.host.querySelector('[data-rule="clarity/vague-deadline"] mark')!.textContent).toBe('[[day and time]]');
  });

  it('says why each score is what it is, and "warm" only where warmth was found', async () => {
    const cold = 'Hi Tom,\n\nThe meeting is on Thursday at 10:00 in room 4B.\n\nBest,\nMia';
    await render(fakeSource(page(cold)));
    const report = analyze({ body: cold });
    const why = ui.host.querySelector('[data-reasons="overall"]')!;
    expect(why.textContent).toMatch(/^Why: .+ [+−]\d+/);
    expect(why.textContent!.split(' · ')).toHaveLength(report.reasons!.overall.length);
    const meter = ui.host.querySelector('[role="meter"][aria-labelledby="score-overall"]')!;
    expect(meter.getAttribute('aria-describedby')).toBe('why-overall');
    const empathyWord = ui.host.querySelector('[aria-labelledby="score-empathy"] .word')!.textContent;
    expect(report.warmth).toBe(false);
    expect(empathyWord).toBe(report.scores.empathy >= 75 ? 'no issues' : empathyWord);
    expect(empathyWord).not.toBe('warm');

    const warm = 'Hi Tom,\n\nThank you for moving the meeting. It is on Thursday at 10:00 in room 4B.\n\nBest,\nMia';
    expect(analyze({ body: warm }).warmth).toBe(true);
    await render(fakeSource(page(warm)));
    expect(analyze({ body: warm }).scores.empathy).toBeGreaterThanOrEqual(75);
    expect(ui.host.querySelector('[aria-labelledby="score-empathy"] .word')!.textContent).toBe('warm');
  });

  it('Apply sends the edits with the analysed text; Ignore sends the finding key', async () => {
    const source = fakeSource(page(DRAFT));
    await render(source);
    await click(ui.host.querySelector('[data-rule="clarity/wordy-phrase"] button[data-action="apply"]'));
    expect(source.applied).toEqual([{ composeId: 'compose-1', edits: [{ start: DRAFT.indexOf('Due'), end: DRAFT.indexOf('Due') + 'Due to the fact that'.length, text: 'Because' }], expected: DRAFT }]);
    await click(ui.host.querySelector('[data-rule="clarity/wordy-phrase"] button[data-action="ignore"]'));
    expect(source.ignore).toHaveBeenCalledWith(7, 'compose-1', expect.stringContaining('clarity/wordy-phrase@'));
    await click(ui.host.querySelector('[data-rule="clarity/wordy-phrase"] button[data-action="mute-rule"]'));
    expect(source.muteRule).toHaveBeenCalledWith('clarity/wordy-phrase');
  });

  it('Rewrite all shows a diff of every safe suggestion, applies them together and copies the result', async () => {
    const source = fakeSource(page(DRAFT));
    await render(source);
    await click(ui.host.querySelector('[data-action="rewrite-all"]'));
    const dialog = ui.host.querySelector('[role="dialog"]')!;
    // What a screen reader reads: each change says in words whether it is removed or added.
    expect([...dialog.querySelectorAll('del')].map((d) => d.textContent)).toContain('removed: Due to the fact that');
    expect([...dialog.querySelectorAll('ins')].map((d) => d.textContent)).toContain('added: Because');
    await click(dialog.querySelector('[data-action="copy"]'));
    expect(source.copy).toHaveBeenCalledWith(expect.stringContaining('Because we wait'));
    await click(dialog.querySelector('[data-action="apply-all"]'));
    expect((source.applied[0] as { edits: unknown[] }).edits.length).toBeGreaterThan(3);
    expect(ui.host.querySelector('[role="dialog"]')).toBeNull();
  });

  it('Rewrite all names a rewrite it held back and the finding it would have raised, and leaves it out', async () => {
    // Capitalising the second "i'm" after "NDA?" would start one more question sentence in a paragraph that has its fill.
    const draft =
      "I'm so sorry, I just wanted to follow up if you had a chance to look at NDA?? Best regards,\nPriya\nSorry to bother you, but could Tallinn confirm 15/04? Send me the report for Tallinn by 15/04.\nSorry for the delay. I am so sorry. My apologies to Mari-Liis about 15/04.\nThis is VERY IMPORTANT!!! Please check +372 5555 1234 with Anna Tamm. i'm gonna send SPF to Priya tmrw, thx\nSorry to bother you, but could Friday confirm NDA? i'm gonna send INV-2231 to Friday tmrw, thx";
    const source = fakeSource(page(draft));
    await render(source);
    await click(ui.host.querySelector('[data-action="rewrite-all"]'));
    const dialog = ui.host.querySelector('[role="dialog"]')!;
    const held = dialog.querySelector('[data-held-back="professionalism/lowercase-i"]')!;
    expect(held.textContent).toBe('Held back: “i”. Together with the other rewrites it would bring up “Many questions in one paragraph”; apply it on its own if you want it.');
    await click(dialog.querySelector('[data-action="copy"]'));
    expect(source.copy).toHaveBeenCalledWith(expect.stringContaining('This is very important!'));
    expect(source.copy).toHaveBeenCalledWith(expect.stringContaining("NDA? i'm"));
  });

  it('Escape in Rewrite all closes it and puts focus back on the button that opened it', async () => {
    await render(fakeSource(page(DRAFT)));
    const opener = ui.host.querySelector<HTMLButtonElement>('[data-action="rewrite-all"]')!;
    await click(opener);
    const dialog = ui.host.querySelector('[role="dialog"]')!;
    expect(dialog.contains(document.activeElement)).toBe(true);
    await act(async () => {
      dialog.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
    });
    expect(ui.host.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('scores are meters with a value in words; deletions in a suggestion are described in words', async () => {
    const draft = 'Hi Tom,\n\nI just think it is maybe kind of late.\n\nBest,\nMia';
    await render(fakeSource(page(draft)));
    const report = analyze({ body: draft });
    const meters = [...ui.host.querySelectorAll('[role="meter"]')];
    expect(meters).toHaveLength(4);
    const overall = meters.find((m) => m.getAttribute('aria-labelledby') === 'score-overall')!;
    expect(document.getElementById('score-overall')!.textContent).toBe('Overall');
    expect([overall.getAttribute('aria-valuemin'), overall.getAttribute('aria-valuemax'), overall.getAttribute('aria-valuenow')]).toEqual(['0', '100', String(report.scores.overall)]);
    expect(overall.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${report.scores.overall} of 100, \\w`));
    const hedge = ui.host.querySelector('[data-rule="clarity/stacked-hedges"] .new')!;
    expect(hedge.textContent).toBe('remove “maybe kind of”');
    expect(ui.host.textContent).not.toContain('∅');
  });

  it('focus stays in the list when a finding goes away (ignored): it moves to the finding that took its place', async () => {
    const source = fakeSource(page(DRAFT));
    await render(source);
    const items = () => [...ui.host.querySelectorAll<HTMLElement>('li.finding')];
    const second = items()[1];
    const third = items()[2].dataset.rule;
    const ignore = second.querySelector<HTMLButtonElement>('[data-action="ignore"]')!;
    ignore.focus();
    await click(ignore);
    // The tab answers with the finding gone.
    const state = page(DRAFT);
    const gone = state.composes[0].report.findings.find((f) => f.rule === second.dataset.rule)!;
    state.composes[0].ignored = [findingKey(gone)];
    await act(async () => source.push(state));
    expect(ui.host.querySelector(`li.finding[data-rule="${second.dataset.rule}"]`)).toBeNull();
    expect(document.activeElement?.closest('li.finding')?.getAttribute('data-rule')).toBe(third);
  });

  it('follows live updates from the tab', async () => {
    const source = fakeSource(page('Hi Tom,\n\nThe file is attached.\n\nBest,\nMia'));
    await render(source);
    expect(ui.host.querySelector('.summary')!.textContent).toMatch(/Nothing to improve/);
    await act(async () => source.push(page(DRAFT)));
    expect(ui.host.querySelector('[data-rule="clarity/vague-deadline"]')).not.toBeNull();
  });

  it.each([
    ['not a mail site', undefined, 'not-mail', /not a mail site/],
    ['switched off', page(DRAFT, { enabled: false }), 'off', /switched off for mail.google.com/],
    ['no draft', page(null), 'no-draft', /No draft open/],
  ])('has a clear screen when %s', async (_name, state, kind, text) => {
    const source = fakeSource(state);
    await render(source);
    const screen = ui.host.querySelector(`[data-state="${kind}"]`)!;
    expect(screen.textContent).toMatch(text);
    if (kind === 'off') {
      await click(screen.querySelector('button'));
      expect(source.enableSite).toHaveBeenCalledWith('mail.google.com');
    }
  });

  it('says when the draft is empty, and when something failed', async () => {
    await render(fakeSource(page('')));
    expect(ui.host.textContent).toMatch(/Start writing/);
    const broken = fakeSource(undefined);
    broken.tabId = async () => {
      throw new Error('boom');
    };
    await render(broken);
    expect(ui.host.querySelector('[data-state="error"]')!.textContent).toMatch(/boom/);
  });

  it('says who the email is for and which pack applies, and lets the user change it for this email', async () => {
    const state = page(DRAFT);
    state.composes[0] = { ...state.composes[0], report: analyze({ body: DRAFT }, 'strict'), audience: { audience: 'client', domain: 'acme.com', source: 'rule', newContact: true, recipients: 2, domains: ['acme.com', 'example.org'] } };
    const source = fakeSource(state);
    await render(source);
    const line = ui.host.querySelector('[data-audience]')!;
    expect(line.querySelector('.who')!.textContent).toBe('To a client (acme.com) — Strict');
    expect(line.querySelector('[data-new-contact]')!.textContent).toContain('formal greeting');
    const select = line.querySelector<HTMLSelectElement>('select[data-input="audience"]')!;
    await act(async () => {
      select.value = 'colleague';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(source.setAudience).toHaveBeenCalledWith(7, 'compose-1', 'colleague');
  });
});
