import { phraseRule } from '../../rule';

// Only verbs of decision and fault: "The invoice was paid on 3 March" is a plain fact, not evasion.
const VERBS = 'decided|determined|agreed|approved|rejected|overlooked|missed|lost|forgotten|dropped|cancell?ed|delayed|changed|made|broken|deleted|ignored|postponed|misplaced|mishandled|decided against|not done|not sent';

export default phraseRule({
  id: 'clarity/agentless-passive',
  category: 'clarity',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” hides who acted.',
  explanation:
    'The passive voice without a "by" hides who decided or who made the mistake, which reads as evasive to a client. Say who does what: "I moved the meeting", "we missed the deadline". Accountability builds trust.',
  i18n: {
    et: {
      message: 'See peidab, kes tegutses.',
      explanation:
        'Umbisikuline tegumood ilma tegijata peidab, kes otsustas või kes eksis, ja mõjub kliendile põikleva. Ütle, kes mida tegi: „I moved the meeting“, „we missed the deadline“. Vastutuse võtmine loob usaldust.',
    },
  },
  phrases: [
    { re: `(?:mistakes|errors) (?:were|have been|had been) made`, replace: 'we made mistakes', safe: false },
    { re: `it (?:was|has been|had been) (?:${VERBS})(?: that)?`, message: '“{text}” hides who decided.' },
    { re: `(?:was|were|has been|have been|had been|got) (?:${VERBS})(?! by)`, message: '“{text}” hides who acted.' },
  ],
  skip: (s, start, end) => /^\s+by\b/i.test(s.slice(end)) || /\bwas made (?:aware|available)/i.test(s.slice(start, end + 10)),
  examples: {
    fire: ['Mistakes were made.', 'It was decided that the launch moves.', 'The file has been deleted.'],
    pass: ['The invoice was paid on 3 March.', 'The meeting was cancelled by the client.', 'I cancelled the meeting.'],
  },
});
