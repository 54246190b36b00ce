// Several unexplained acronyms in one email: the reader has to decode it. Each one alone is a hint
// (clarity/undefined-acronym); from `min` distinct ones on it is a warning, said once.
import type { DocumentContext, Hit } from '../../types';
import { check as undefinedAcronyms } from './undefined-acronym';

export function check(d: DocumentContext): Hit[] {
  const found = undefinedAcronyms(d);
  if (found.length < Number(d.options.min)) return [];
  return [{ start: found[0].start, end: found[found.length - 1].end, message: { id: 'message', params: { count: found.length } } }];
}
