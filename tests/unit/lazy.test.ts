// Heavy libraries load when a check first needs them: in the browser a check that runs too early
// throws NotLoaded and whenLoaded loads the library and runs the work again.
import { describe, expect, it } from 'vitest';
import { NotLoaded, lazyModule, whenLoaded } from '../../src/core/lazy';

describe('lazyModule', () => {
  it('throws NotLoaded until loaded (no CommonJS fallback), then serves the module', async () => {
    let imports = 0;
    const lib = lazyModule('a library', async () => ({ n: ++imports }));
    expect(() => lib.get()).toThrow(NotLoaded);
    let runs = 0;
    const value = await whenLoaded(() => {
      runs++;
      return lib.get().n * 10;
    });
    expect(value).toBe(10);
    expect(runs).toBe(2); // once failing, once after the load
    expect(imports).toBe(1);
    expect(lib.get()).toEqual({ n: 1 });
  });

  it('in Node loads a CommonJS build synchronously on first use', () => {
    const nlp = lazyModule('compromise', () => import('compromise/two').then((m) => m.default), 'compromise/two');
    expect(typeof nlp.get()).toBe('function');
  });

  it('passes other errors through', async () => {
    await expect(whenLoaded(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
