import { phraseRule } from '../../rule';
import { ET_CONCRETE_TIME } from '../lexicon';

export default phraseRule({
  id: 'clarity/et-vague-deadline',
  category: 'clarity',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: '„{text}“ ei ole tähtaeg; lugeja ei saa selle järgi planeerida.',
  explanation:
    'Selged ootused vajavad mõõdetavat eesmärki: „varsti“ tähendab ühele homset ja teisele järgmist kuud. Nimeta päev ja kellaaeg, et mõlemad teaksid, mida oodata, ja keegi ei peaks pettuma.',
  i18n: {
    en: {
      message: 'This is not a date; the reader cannot plan around it.',
      explanation: 'Clear expectations need measurable goals: "varsti" (soon) means tomorrow to one person and next month to another. Name the day and time.',
    },
  },
  phrases: [
    { re: 'niipea kui võimalik|nii kiiresti kui võimalik|esimesel võimalusel|asap', replace: '[[kuupäev ja kellaaeg]]', label: 'Nimeta kuupäev' },
    { re: 'varsti|peagi|lähiajal|lähipäevil|millalgi|kunagi|mingi hetk', replace: '[[kuupäevaks]]', label: 'Nimeta kuupäev' },
  ],
  skip: (s, start, end) => {
    if (ET_CONCRETE_TIME.test(s)) return true;
    // "ei … kunagi" means "never", not "some time".
    return /^kunagi$/i.test(s.slice(start, end)) && /\b(?:ei|pole)\b/i.test(s);
  },
  examples: {
    fire: [{ body: 'Palun saatke arve niipea kui võimalik.', text: 'niipea kui võimalik' }, 'Vastan Teile varsti, kui olen asja uurinud.', 'Saada mulle see fail ASAP, palun.'],
    pass: ['Palun saatke arve neljapäevaks, 14. märtsiks kell 12.00.', 'Ma ei ole kunagi sellist viga näinud.', 'Vastan Teile homme kella kümneks.'],
  },
});
