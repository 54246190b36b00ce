import type { DocumentContext, Hit } from '../../types';
import { lexicon } from '../../lexicon';

const BAD_NEWS = lexicon('bad-news');

const BARE = /^(?:noted|ok(?:ay)?|k|fine|got it|understood|received|sure|right|acknowledged|whatever|thanks|thx)[.!]*$/i;

export function check(d: DocumentContext): Hit[] {
  if (!d.incoming || !BAD_NEWS.test(d.incoming)) return [];
  const content = d.sentences.filter((s) => s !== d.greeting && s.start !== d.greeting?.start);
  if (content.length !== 1 || !BARE.test(content[0].text.trim())) return [];
  const s = content[0];
  return [
    {
      start: s.start,
      end: s.end,
      suggestions: [
        {
          label: { id: 'care' },
          edits: [{ start: s.start, end: s.end, text: `Thank you for letting me know, and I am sorry to hear it. [[what you will do next]]` }],
        },
      ],
    },
  ];
}
