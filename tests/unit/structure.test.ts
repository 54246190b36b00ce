// One direction of travel: a module may import its own layer or lower ones, never a higher one.
// docs/architecture.md explains the layers; a new folder under src/ must be given a layer here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Lowest first. Paths are relative to the project root; a folder covers everything inside it. */
const LAYERS: ReadonlyArray<{ name: string; paths: string[] }> = [
  // Types, spans, text utilities; the interface catalogues (plain data and Intl plural rules).
  { name: 'core', paths: ['src/core', 'src/i18n'] },
  { name: 'rules', paths: ['src/rules'] },
  // Runner, scores, packs, localisation of a report.
  { name: 'engine', paths: ['src/engine'] },
  // Messaging, storage and settings, mail-site adapters: what the worker, the page and the UI share.
  { name: 'platform', paths: ['src/platform', 'src/sites'] },
  // What a user runs: the interface, the content script, the background worker, the command line.
  { name: 'app', paths: ['src/ui', 'src/content', 'src/background', 'src/cli', 'entrypoints'] },
];

function layerOf(file: string): number {
  const rel = relative(ROOT, file).replaceAll('\\', '/');
  return LAYERS.findIndex((l) => l.paths.some((p) => rel === p || rel.startsWith(`${p}/`) || rel.replace(/\.tsx?$/, '') === p.replace(/\.tsx?$/, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports, dynamic imports and import.meta.glob patterns. */
function importsOf(code: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|import\.meta\.glob(?:<[^>]*>)?\(\s*\[?\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
  return [...code.matchAll(re)].map((m) => m[2]);
}

function upwardImports(file: string, code: string): string[] {
  const from = layerOf(file);
  return importsOf(code).flatMap((spec) => {
    const to = layerOf(resolve(dirname(file), spec));
    return to > from ? [`${relative(ROOT, file)} (${LAYERS[from].name}) imports ${spec} (${LAYERS[to].name})`] : [];
  });
}

/** The file a relative specifier names (with or without its extension, or a folder's index). */
function fileFor(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

const FILES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];

describe('layers', () => {
  it('gives every source file a layer', () => {
    const unplaced = FILES.filter((f) => layerOf(f) < 0).map((f) => relative(ROOT, f));
    expect(unplaced, 'add the folder to LAYERS in tests/unit/structure.test.ts').toEqual([]);
  });

  it('never imports a higher layer', () => {
    expect(FILES.flatMap((f) => upwardImports(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(FILES.map((f) => [f, importsOf(readFileSync(f, 'utf8')).flatMap((s) => fileFor(f, s) ?? [])]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(ROOT, p)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of graph.get(f) ?? []) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of FILES) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('catches an upward import', () => {
    // The check itself can fail: a rule reaching into the engine is found, a rule using core is not.
    const code = `import { analyze } from '../../../engine/analyze';\nimport { words } from '../../../core/text';\nconst m = await import('../../../engine/packs');`;
    expect(upwardImports(join(ROOT, 'src/rules/en/empathy/blame.ts'), code)).toEqual([
      'src/rules/en/empathy/blame.ts (rules) imports ../../../engine/analyze (engine)',
      'src/rules/en/empathy/blame.ts (rules) imports ../../../engine/packs (engine)',
    ]);
  });
});
