// Many questions in one paragraph: people answer the first and miss the rest. Numbering them on their
// own lines is the fix (not applied by "Rewrite all": it changes the layout, which is the writer's call).
import type { DocumentContext, Hit } from '../../types';

export function check(d: DocumentContext): Hit[] {
  const hits: Hit[] = [];
  // Sentences and paragraphs are both in order: one walk, not a scan of every sentence per paragraph.
  let first = 0;
  for (const p of d.paragraphs) {
    while (first < d.sentences.length && d.sentences[first].start < p.start) first++;
    const qs: typeof d.sentences = [];
    for (let i = first; i < d.sentences.length && d.sentences[i].start < p.end; i++) {
      const s = d.sentences[i];
      if (s.end <= p.end && s.text.endsWith('?')) qs.push(s);
    }
    if (qs.length <= Number(d.options.maxPerParagraph)) continue;
    hits.push({
      start: qs[0].start,
      end: qs[qs.length - 1].end,
      message: { id: 'paragraph', params: { count: qs.length } },
      suggestions: [{ label: { id: 'number' }, safe: false, edits: qs.map((q, i) => ({ start: q.start, end: q.start, text: `${i === 0 ? '' : '\n'}${i + 1}. ` })) }],
    });
  }
  return hits;
}
