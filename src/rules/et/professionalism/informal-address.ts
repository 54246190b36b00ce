import { phraseRule } from '../../rule';

// Each informal form with its formal counterpart. Rewrites are never "safe": the verb must agree too
// ("sa saad" becomes "Te saate"), which only the writer can do.
const FORMS: Array<[string, string]> = [
  ['sina', 'Teie'], ['sa', 'Te'], ['sinu', 'Teie'], ['su', 'Teie'], ['sul', 'Teil'], ['sinul', 'Teil'], ['sind', 'Teid'],
  ['sulle', 'Teile'], ['sinule', 'Teile'], ['sinuga', 'Teiega'], ['sinult', 'Teilt'], ['sinust', 'Teist'], ['sinuni', 'Teieni'],
];

export default phraseRule({
  id: 'professionalism/et-informal-address',
  category: 'professionalism',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: 'Sinatad klienti; ametlikus kirjas on kohane teietada.',
  explanation:
    'Eesti ärisuhtluses pöördutakse kliendi ja võõra poole teietades (Teie, Te, Teid, Teile, Teil) ning ühele inimesele kirjutades suure algustähega. Sinatamine esimeses kirjas või kliendiga, kes pole seda ise pakkunud, mõjub familiaarselt. Muuda ka tegusõna: „sa saad“ → „Te saate“.',
  i18n: {
    en: {
      message: 'You address the client informally (sina); a formal letter uses Teie.',
      explanation:
        'Estonian business writing addresses clients and strangers formally (Teie, Te, Teid, Teile, Teil), capitalised when writing to one person. The informal sina in a first email, or with a client who has not offered it, reads as over-familiar. Change the verb too: "sa saad" → "Te saate".',
    },
  },
  phrases: FORMS.map(([informal, formal]) => ({
    re: informal,
    replace: formal,
    safe: false,
    label: `Kasuta „${formal}“`,
    message: `„{text}“ on sinatamine; kliendile kirjutades kasuta „${formal}“.`,
  })),
  examples: {
    fire: [
      'Tere, Mari! Kas sa saad mulle homme hommikul helistada?',
      'Saadan sulle lepingu homme allkirjastamiseks.',
      'Sinu tellimus on teel ja jõuab kohale neljapäeval.',
    ],
    pass: [
      'Tere, Mari! Kas Te saate mulle homme hommikul helistada?',
      'Sinine kaust on laual ja sulgeme kontori kell viis.',
      'Saal on broneeritud ning sadamas ootab auto.',
      'Saadan Teile lepingu homme allkirjastamiseks.',
    ],
  },
});
