import type { DocumentRule, Hit } from '../../types';

const JOINED = /\?[^?\n]*\?|\b(?:and|or)\s+(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should)\b[^.!?]*\?$/i;
const QUESTION_WORD = /^(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should|have|has)\b/i;

export default {
  id: 'clarity/multi-question',
  category: 'clarity',
  severity: 'info',
  options: { maxPerParagraph: 2 },
  strict: { options: { maxPerParagraph: 1 } },
  languages: ['en'],
  scope: 'document',
  message: 'Several questions at once: some will go unanswered.',
  explanation:
    'When one sentence or paragraph asks several things, people answer the first and miss the rest. Put each question on its own line, numbered, so every one gets an answer.',
  i18n: {
    et: {
      message: 'Mitu küsimust korraga: osa jääb vastuseta.',
      explanation:
        'Kui üks lause või lõik küsib mitut asja, vastatakse esimesele ja ülejäänud ununevad. Pane iga küsimus eraldi reale ja nummerda, et igaüks saaks vastuse.',
    },
  },
  check(d): Hit[] {
    const hits: Hit[] = [];
    for (const s of d.sentences) {
      if (s.text.endsWith('?') && QUESTION_WORD.test(s.text) && JOINED.test(s.text)) {
        hits.push({ start: s.start, end: s.end, message: 'This sentence asks two questions; split them.' });
      }
    }
    for (const p of d.paragraphs) {
      const qs = d.sentences.filter((s) => s.start >= p.start && s.end <= p.end && s.text.endsWith('?'));
      if (qs.length > Number(d.options.maxPerParagraph) + 1) {
        hits.push({
          start: qs[0].start,
          end: qs[qs.length - 1].end,
          message: `${qs.length} questions in one paragraph: number them so each gets an answer.`,
          suggestions: [
            {
              label: 'Number the questions',
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
  },
  examples: {
    fire: ['Can you send the deck and can you also book the room?', 'When is the call? Who is invited? Do we need slides? Is there a budget?'],
    pass: ['Can you send the deck by Friday?', 'Could you book the room? The call is at 3 pm.'],
  },
} satisfies DocumentRule;
