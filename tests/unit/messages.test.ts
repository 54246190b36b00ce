// The typed message protocol, over a stand-in for the browser's message channel that behaves as
// Chrome's does: listeners run in order, a listener returning true answers later through `respond`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listen, sendToBackground, type BackgroundProtocol } from '../../src/platform/messages';
import type { Report } from '../../src/core/types';

type Listener = (msg: unknown, sender: object, respond: (r: unknown) => void) => unknown;
let listeners: Listener[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void listeners.push(l as Listener));
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation((l) => void (listeners = listeners.filter((x) => x !== l)));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (msg: unknown) =>
      new Promise((resolve, reject) => {
        for (const l of listeners) if (l(msg, { tab: { id: 7 } }, resolve) === true) return;
        reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }),
  );
});

const report = { findings: [] } as unknown as Report;

describe('message protocol', () => {
  it('a request reaches its handler with its fields and the sender, and the typed answer comes back', async () => {
    const seen: unknown[] = [];
    listen<BackgroundProtocol>({
      analyze: async (msg, sender) => {
        seen.push(msg, sender.tab?.id);
        return report;
      },
    });
    expect(await sendToBackground('analyze', { input: { body: 'Hi' } })).toBe(report);
    expect(seen).toEqual([{ type: 'analyze', input: { body: 'Hi' } }, 7]);
  });

  it('a handler that throws makes the sender reject with its message', async () => {
    listen<BackgroundProtocol>({
      analyze: () => {
        throw new Error('pack is broken');
      },
    });
    await expect(sendToBackground('analyze', { input: { body: 'Hi' } })).rejects.toThrow('pack is broken');
  });

  it('types without a handler are left to other listeners', async () => {
    listen<BackgroundProtocol>({ analyze: () => report });
    listen<BackgroundProtocol>({ 'open-panel': () => ({ ok: true }) });
    expect(await sendToBackground('open-panel', {})).toEqual({ ok: true });
  });

  it('prototype names are not message types', async () => {
    listen<BackgroundProtocol>({ analyze: () => report });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'constructor' })).rejects.toThrow(/Receiving end/);
  });

  it('an aborted signal removes the listener', async () => {
    const stop = new AbortController();
    listen<BackgroundProtocol>({ analyze: () => report }, stop.signal);
    stop.abort();
    expect(listeners).toEqual([]);
    await expect(sendToBackground('analyze', { input: { body: 'Hi' } })).rejects.toThrow(/Receiving end/);
  });
});
