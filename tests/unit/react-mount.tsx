// Renders a component into a detached test container and flushes React's effects (happy-dom tests).
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function useMount(): { host: HTMLDivElement; render(el: ReactElement): Promise<void>; click(el: Element | null): Promise<void> } {
  let root: Root;
  const env = {
    host: undefined as unknown as HTMLDivElement,
    async render(el: ReactElement) {
      await act(async () => root.render(el));
      await act(async () => new Promise((r) => setTimeout(r, 0)));
    },
    async click(el: Element | null) {
      if (!el) throw new Error('nothing to click');
      await act(async () => (el as HTMLElement).click());
    },
  };
  beforeEach(() => {
    env.host = document.createElement('div');
    document.body.append(env.host);
    root = createRoot(env.host);
  });
  afterEach(() => {
    act(() => root.unmount());
    env.host.remove();
  });
  return env;
}
