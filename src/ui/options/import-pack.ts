// Importing a trainer's pack on the options page: validate it in slices (a 1 MB pack must not freeze
// the page), run the examples it carries, and only then make it the active pack. A pack that is
// invalid or whose examples fail is refused, naming the reason or the failing example; the pack in
// use stays as it was.
import { finishInSlices, parsePackInSlices, type PackJson, type ResolvedPack } from '../../engine/packs';
import type { ExampleResult } from '../../engine/examples';
import { describeExample } from '../../engine/example-report';
import { currentLocale, t } from '../../i18n';
import { whenLoaded } from '../../core/lazy';
import type { Settings } from '../../platform/settings/schema';
import type { OptionsStore } from './store';

export interface ImportOutcome {
  ok: boolean;
  /** Why the pack was refused. */
  error?: string;
  /** Every example the pack carries, run with the pack. */
  results: ExampleResult[];
  json?: PackJson;
  pack?: ResolvedPack;
}

export async function checkPack(text: string, pause?: () => Promise<void>): Promise<ImportOutcome> {
  // Refusal reasons in the interface language, like the rest of the page.
  const parsed = await parsePackInSlices(text, pause, currentLocale());
  if (!parsed.ok) return { ok: false, error: parsed.error, results: [] };
  // The engine that runs examples (with the language detector's data) loads only when a pack is imported.
  const { packExamples } = await import('../../engine/examples');
  const results = await whenLoaded(() => finishInSlices(exampleSteps(parsed.pack, packExamples), pause));
  const failed = results.find((r) => !r.ok);
  if (failed) return { ok: false, error: t('exampleRefused', describeExample(failed)), results };
  return { ok: true, results, json: parsed.json, pack: parsed.pack };
}

function* exampleSteps(pack: ResolvedPack, packExamples: (pack: ResolvedPack) => ExampleResult[]): Generator<void, ExampleResult[]> {
  const results: ExampleResult[] = [];
  for (const id of pack.tested) {
    results.push(...packExamples({ ...pack, tested: [id] }));
    yield;
  }
  return results;
}

/** Check the pack and, when it passes, store it and make it the active pack. */
export async function importPack(text: string, settings: Settings, store: Pick<OptionsStore, 'save' | 'saveCustomPack'>, pause?: () => Promise<void>): Promise<ImportOutcome & { settings: Settings }> {
  const outcome = await checkPack(text, pause);
  if (!outcome.ok || !outcome.json) return { ...outcome, settings };
  await store.saveCustomPack(outcome.json);
  const next: Settings = { ...settings, pack: 'custom' };
  await store.save(next);
  return { ...outcome, settings: next };
}
