import type { DocumentContext, Hit } from '../../types';

const APOLOGY = /(?<![\p{L}])(?:(?:i[''’]m |i am |we[''’]re |we are )?(?:so |very |really |terribly |extremely )?sorry|(?:my |our )?apologies|i apologi[sz]e|we apologi[sz]e|forgive me|my bad)(?![\p{L}])/giu;

export function check(d: DocumentContext): Hit[] {
  const found: Array<{ start: number; end: number }> = [];
  for (const s of d.sentences) {
    if (s.start >= d.signatureStart) break;
    for (const m of s.text.matchAll(APOLOGY)) found.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  if (found.length <= Number(d.options.max)) return [];
  return found.slice(Number(d.options.max)).map((f) => ({ start: f.start, end: f.end }));
}
