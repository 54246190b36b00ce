// Heavy libraries loaded when a check first needs them, so the background worker and the extension
// pages start without them. In Node (command line, tests, scripts) a library with a CommonJS build
// loads synchronously on first use; in the browser its `load()` must have finished first, and a
// check that runs before throws NotLoaded (the engine's analyzeAsync loads it and checks again).
export class NotLoaded extends Error {
  constructor(
    readonly what: string,
    readonly load: () => Promise<unknown>,
  ) {
    super(`${what} is not loaded yet; use analyzeAsync() or await loadLazyModules() first.`);
  }
}

export interface LazyModule<T> {
  get(): T;
  load(): Promise<T>;
}

const all: Array<LazyModule<unknown>> = [];

export function lazyModule<T>(what: string, importer: () => Promise<T>, commonJsId?: string): LazyModule<T> {
  let value: T | undefined;
  const load = async () => (value ??= await importer());
  const mod: LazyModule<T> = {
    load,
    get() {
      if (value !== undefined) return value;
      const require = commonJsId ? nodeRequire() : undefined;
      if (require) return (value = require(commonJsId!) as T);
      throw new NotLoaded(what, load);
    },
  };
  all.push(mod as LazyModule<unknown>);
  return mod;
}

/** Load every lazy library now. */
export async function loadLazyModules(): Promise<void> {
  await Promise.all(all.map((m) => m.load()));
}

/** Run `work`; when it needs a library not loaded yet, load it and run it again. */
export async function whenLoaded<T>(work: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await work();
    } catch (e) {
      if (!(e instanceof NotLoaded)) throw e;
      await e.load();
    }
  }
}

function nodeRequire(): ((id: string) => unknown) | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const module = node?.getBuiltinModule?.('node:module') as { createRequire(from: string): (id: string) => unknown } | undefined;
  return module?.createRequire(import.meta.url);
}
