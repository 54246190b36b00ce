// Neither a greeting nor a sign-off: the email starts and stops mid-air. A bare name on the first line
// ("Robert,") is a greeting and a name on the last line is a closing, curt as they are.
import type { DocumentContext, Hit } from '../../types';

const NAME_LINE = /^\s*(?:(?:mr|mrs|ms|dr|härra|proua)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*[,!]?\s*$/u;

export function check(d: DocumentContext): Hit[] {
  if (d.greeting || d.signOff || d.signatureStart < d.body.trimEnd().length) return [];
  if (d.stats.words < Number(d.options.minWords)) return [];
  if (NAME_LINE.test(d.body.trimStart().split('\n')[0] ?? '')) return [];
  const first = d.sentences[0];
  if (!first) return [];
  const end = d.body.trimEnd().length;
  return [
    {
      start: first.start,
      end: first.end,
      suggestions: [
        {
          label: { id: 'add' },
          edits: [
            { start: first.start, end: first.start, text: 'Hello [[name]],\n\n' },
            { start: end, end, text: '\n\nBest regards,\n[[your name]]' },
          ],
        },
      ],
    },
  ];
}
