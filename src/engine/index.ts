// The engine's public entry: everything the extension, the command line and the tests use.
export { analyze, clearCache, type PackRef, type AnalyzeOptions } from './analyze';
export { applyEdits, safeEdits } from './apply';
export { parsePack, validatePack, resolvePack, builtInPack, withIgnored, BUILT_IN_PACKS, MAX_PACK_BYTES, type PackJson, type ResolvedPack, type BuiltInPack } from './packs';
export { detectLanguage } from './language';

import { analyze, type PackRef } from './analyze';
import { applyEdits, safeEdits } from './apply';
import type { DraftInput } from '../core/types';

/** The draft with every safe suggestion applied. */
export function fixDraft(input: DraftInput, pack?: PackRef): string {
  return applyEdits(input.body, safeEdits(analyze(input, pack)));
}
