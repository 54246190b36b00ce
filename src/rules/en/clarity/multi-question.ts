import type { DocumentContext, Hit } from '../../types';

const JOINED = /\?[^?\n]*\?|\b(?:and|or)\s+(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should)\b[^.!?]*\?$/i;
const QUESTION_WORD = /^(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should|have|has)\b/i;

export function check(d: DocumentContext): Hit[] {
  const hits: Hit[] = [];
  for (const s of d.sentences) {
    if (s.text.endsWith('?') && QUESTION_WORD.test(s.text) && JOINED.test(s.text)) {
      hits.push({ start: s.start, end: s.end, message: { id: 'joined' } });
    }
  }
  // Sentences and paragraphs are both in order: one walk, not a scan of every sentence per paragraph.
  let first = 0;
  for (const p of d.paragraphs) {
    while (first < d.sentences.length && d.sentences[first].start < p.start) first++;
    const qs: typeof d.sentences = [];
    for (let i = first; i < d.sentences.length && d.sentences[i].start < p.end; i++) {
      const s = d.sentences[i];
      if (s.end <= p.end && s.text.endsWith('?')) qs.push(s);
    }
    if (qs.length > Number(d.options.maxPerParagraph) + 1) {
      hits.push({
        start: qs[0].start,
        end: qs[qs.length - 1].end,
        message: { id: 'paragraph', params: { count: qs.length } },
        suggestions: [
          {
            label: { id: 'number' },
            edits: qs.map((q, i) => {
              const lineStart = i === 0 ? q.start : q.start;
              return { start: lineStart, end: lineStart, text: `${i === 0 ? '' : '\n'}${i + 1}. ` };
            }),
          },
        ],
      });
    }
  }
  return hits;
}
