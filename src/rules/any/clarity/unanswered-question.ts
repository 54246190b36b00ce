// A reply that does not answer the question it was asked. "Answered" is judged without parsing: a
// sentence that starts with a direct answer ("Yes", "Sure", "Jah"), something handed over ("attached"), or the reply takes up at least two of the
// question's own content words (stems of five letters, so Estonian case endings still match). A
// question with almost no content of its own ("What happened?") is answered by any real reply.
import { insertAfterGreeting } from '../../edits';
import { lexicon } from '../../lexicon';
import type { DocumentContext, Hit } from '../../types';

// A direct answer: a sentence that starts with yes, no, sure…, or something handed over.
const ANSWER_START = /^(?:yes|no|sure|certainly|of course|absolutely|definitely|jah|ei|muidugi|kindlasti|loomulikult)(?![\p{L}])/iu;
const HANDED_OVER = /(?<![\p{L}])(?:attached|here is|here are|not interested|no thanks|manuses|lisan)(?![\p{L}])/iu;
const STOP = new Set(
  (
    'the and for you your are was were can could would will what when where which who whom whether how why this that these those with from have has had did does not tell know let please thanks thank any some there here about into our their them they just also only still need want like make more most much many very really then than been being should shall might must may its i\'m we me my mine his her she him one all out get got able anyone something anything today tomorrow ' +
    'kas et ja ning on oli ei see seda selle mis kes kus millal kuidas miks mida teie te sa sina sinu mina ma mu minu meie me ka veel juba ikka siis kui aga või palun tere aitäh saab saaks saaksite oleks olete oled oma sellel seal siin nii väga'
  ).split(' '),
);

/** Content-word stems of a text: letters only, three letters or more, not a function word. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (w.length >= 3 && !STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

export function check(d: DocumentContext): Hit[] {
  const questions = (d.incoming.match(/[^.!?\n]*\?/g) ?? []).map((q) => q.trim()).filter((q) => q.length > 3);
  if (!questions.length) return [];
  const own = d.sentences.filter((s) => s.start < d.signatureStart && s !== d.greeting && s !== d.signOff);
  const text = own.map((s) => s.text).join(' ');
  // A clear no is an answer too ("I will have to say no", "He cannot attend").
  if (own.some((s) => ANSWER_START.test(s.text)) || HANDED_OVER.test(text) || lexicon('refusal').test(text) || /\bsay no\b/i.test(text)) return [];
  const reply = stems(text);
  const answered = questions.some((q) => {
    const asked = stems(q);
    if (asked.size <= 1) return reply.size >= 8;
    let shared = 0;
    for (const w of asked) if (reply.has(w)) shared++;
    return shared >= 2;
  });
  if (answered) return [];
  const first = own[0] ?? d.sentences[0];
  if (!first) return [];
  return [{ start: first.start, end: first.end, suggestions: [{ label: { id: 'answer' }, edits: [insertAfterGreeting(d, '[[your answer to their question]]')] }] }];
}
