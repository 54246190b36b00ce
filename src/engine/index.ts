// The engine's public entry: everything the extension, the command line and the tests use.
export { analyze, analyzeAsync, clearCache, type PackRef, type AnalyzeOptions } from './analyze';
export { applyEdits } from './apply';
export { safeEdits, rewriteAll, type RewriteAll } from './rewrite-all';
export { parsePack, validatePack, resolvePack, builtInPack, withIgnored, BUILT_IN_PACKS, MAX_PACK_BYTES, type PackJson, type ResolvedPack, type BuiltInPack } from './packs';
export { detectLanguage } from './language';

import { analyze, type PackRef } from './analyze';
import { applyEdits } from './apply';
import { rewriteAll, type RewriteAll } from './rewrite-all';
import type { DraftInput } from '../core/types';

/** The draft with every safe suggestion applied, and the findings left for the writer. */
export function fixDraft(input: DraftInput, pack?: PackRef): string {
  return fix(input, pack).text;
}

export function fix(input: DraftInput, pack?: PackRef): { text: string } & RewriteAll {
  const all = rewriteAll(analyze(input, pack), input.body);
  return { text: applyEdits(input.body, all.edits), ...all };
}
