import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/et-blame',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: '„{text}“ kõlab etteheitena.',
  explanation:
    'Süüdistav sõnastus („nagu ma juba ütlesin“, „Te ei ole ikka veel“) paneb lugeja end kaitsma, mitte probleemi lahendama. Kirjelda, mis juhtus ja mis edasi saab; tagasiside mõjub, kui see räägib tegudest ja tulemustest, mitte süüdlasest.',
  i18n: {
    en: {
      message: 'This reads as a reproach.',
      explanation: 'Blaming phrases ("as I already said", "you still have not") make the reader defend themselves instead of solving the problem. Describe what happened and what happens next.',
    },
  },
  phrases: [
    { re: 'nagu ma (?:juba |eelmises kirjas )?(?:ütlesin|mainisin|kirjutasin|selgitasin)|nagu (?:juba |eelnevalt )?öeldud|nagu eelmises kirjas öeldud', replace: 'kordan lühidalt', label: 'Korda sõbralikult' },
    { re: '(?:te|sa) (?:ei ole|pole) (?:ikka )?veel', replace: 'ootan veel', safe: false },
    { re: '(?:teie|sinu|su) (?:viga|süü\\p{L}*|eksimus\\p{L}*)', replace: 'see viga', safe: false },
    { re: '(?:te|sa) unustasi(?:te|d)', replace: 'meil jäi tegemata', safe: false },
  ],
  examples: {
    fire: ['Nagu ma juba ütlesin, on tähtaeg reedel.', 'Te ei ole ikka veel arvet saatnud.', 'See oli teie viga, mitte meie oma.'],
    pass: ['Tuletan meelde, et tähtaeg on reedel kell 12.', 'Arve ei ole veel kohale jõudnud; kas saaksite selle uuesti saata?'],
  },
});
