import { phraseRule } from '../../rule';
import { CONCRETE_TIME } from '../lexicon';

export default phraseRule({
  id: 'clarity/vague-deadline',
  category: 'clarity',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” is not a date; the reader cannot plan around it.',
  explanation:
    'Clear expectations need measurable goals: "soon" means tomorrow to one person and next month to another. Name the day and time so both sides know what success looks like and nobody is disappointed.',
  i18n: {
    et: {
      message: 'See ei ole tähtaeg; lugeja ei saa selle järgi planeerida.',
      explanation:
        'Selged ootused vajavad mõõdetavat eesmärki: „soon“ tähendab ühele homset ja teisele järgmist kuud. Nimeta päev ja kellaaeg, et mõlemad teaksid, mida oodata, ja keegi ei peaks pettuma.',
    },
  },
  phrases: [
    { re: 'asap|a\\.s\\.a\\.p\\.?|as soon as (?:possible|you can)', replace: 'by [[day and time]]', label: 'Give a date' },
    { re: 'soon|shortly|in a (?:bit|while)|at some point|sometime|some time (?:next|this) (?:week|month)|one of these days|later this (?:week|month)|in the (?:near|coming) future|whenever you can|when you get a chance|when you have (?:a )?(?:moment|time)', replace: 'by [[day and time]]', label: 'Give a date' },
    { re: '(?:by )?(?:eod|cob|eob|end of (?:the )?(?:day|business))', replace: 'by [[time]] on [[day]]', label: 'Name the day and time zone' },
    { re: 'next week', replace: 'by [[weekday]] next week', label: 'Name the day' },
  ],
  skip: (s, start, end) => {
    // A quoted "ASAP" answered with a real time in the same sentence is fine; so is any vague word next to a concrete date.
    const before = s[start - 1];
    if (before === '"' || before === '“' || before === "'" || before === '‘') return true;
    if (CONCRETE_TIME.test(s)) return true;
    // "soon" in set phrases that are not deadlines.
    const tail = s.slice(end, end + 12).toLowerCase();
    const phrase = s.slice(start, end).toLowerCase();
    if (phrase === 'soon' && /^\s+(?:as|after|enough)/.test(tail)) return true;
    if (phrase === 'sometime' && /^\s+(?:ago|before)/.test(tail)) return true;
    return false;
  },
  examples: {
    fire: [{ body: 'Please send the slides ASAP.', text: 'ASAP' }, 'I will get back to you soon.', 'Can you review it at some point?', 'I need this by EOD.'],
    pass: ['You asked for it "ASAP", so I will send it by 3 pm today.', 'I will get back to you by Friday noon.', 'I need this by EOD on Thursday.', 'As soon as I land on Monday at 9:00, I will call.'],
  },
});
