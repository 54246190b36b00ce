// The popup's states, with a fake source: mail site on/off, pause, another site, organisation-managed.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMount } from './react-mount';
import { Popup, type PopupSource } from '../../src/ui/popup/App';
import type { PageState } from '../../src/platform/messages';

const page = (enabled: boolean, paused = false): PageState => ({ url: 'https://mail.google.com/', host: 'mail.google.com', site: 'gmail', enabled, paused, composes: [] });

function source(cur: Awaited<ReturnType<PopupSource['current']>>): PopupSource {
  return {
    current: vi.fn(async () => cur),
    packName: async () => 'strict',
    setEnabled: vi.fn(async () => undefined),
    pause: vi.fn(async () => undefined),
    openPanel: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    useHere: vi.fn(async () => true),
    removeHere: vi.fn(async () => undefined),
    copy: vi.fn(async () => undefined),
  };
}

const ui = useMount();
const render = (s: PopupSource) => ui.render(<Popup source={s} />);

describe('popup', () => {
  it('on a mail site: a switch for the site, pause for this email, the pack, the side panel and settings', async () => {
    const s = source({ tabId: 3, host: 'mail.google.com', known: true, page: page(true), extra: false, managedOff: false });
    await render(s);
    const toggle = ui.host.querySelector<HTMLInputElement>('[data-action="site-switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(ui.host.textContent).toContain('Coach on mail.google.com');
    expect(ui.host.querySelector('[data-pack]')!.textContent).toBe('Rule pack: strict');
    await act(async () => toggle.click());
    expect(s.setEnabled).toHaveBeenCalledWith('mail.google.com', false);
    await act(async () => ui.host.querySelector<HTMLButtonElement>('[data-action="pause"]')!.click());
    expect(s.pause).toHaveBeenCalledWith(3, true);
    await act(async () => ui.host.querySelector<HTMLButtonElement>('[data-action="open-panel"]')!.click());
    expect(s.openPanel).toHaveBeenCalledWith(3);
  });

  it('on another site: offers to use the coach there', async () => {
    const s = source({ tabId: 4, host: 'example.org', known: false, page: undefined, extra: false, managedOff: false });
    await render(s);
    expect(ui.host.querySelector('[data-action="site-switch"]')).toBeNull();
    await act(async () => ui.host.querySelector<HTMLButtonElement>('[data-action="use-here"]')!.click());
    expect(s.useHere).toHaveBeenCalledWith('example.org', 4);
  });

  it('a site switched off by the organisation cannot be switched on', async () => {
    await render(source({ tabId: 3, host: 'mail.google.com', known: true, page: page(false), extra: false, managedOff: true }));
    expect(ui.host.querySelector<HTMLInputElement>('[data-action="site-switch"]')!.disabled).toBe(true);
    expect(ui.host.textContent).toContain('Set by your organisation');
  });
});

describe('popup: an editor the coach cannot read', () => {
  it('says so in plain words and copies the page report', async () => {
    const unreadable = { reason: 'no-match' as const, report: 'Tone Coach page report\nsite: gmail' };
    const s = source({ tabId: 3, host: 'mail.google.com', known: true, page: { ...page(true), unreadable }, extra: false, managedOff: false });
    await render(s);
    const box = ui.host.querySelector('[data-state="unreadable"]')!;
    expect(box.textContent).toContain("Tone Coach can't read this editor yet");
    await act(async () => ui.host.querySelector<HTMLButtonElement>('[data-action="copy-report"]')!.click());
    expect(s.copy).toHaveBeenCalledWith(unreadable.report);
    expect(box.querySelector('[role="status"]')!.textContent).toContain('Copied');
  });

  it('stays quiet while the coach reads the page', async () => {
    await render(source({ tabId: 3, host: 'mail.google.com', known: true, page: page(true), extra: false, managedOff: false }));
    expect(ui.host.querySelector('[data-state="unreadable"]')).toBeNull();
  });
});
