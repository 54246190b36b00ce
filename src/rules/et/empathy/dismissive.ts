import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/et-dismissive',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: '„{text}“ mõjub tõrjuvalt.',
  explanation:
    'Sõnad nagu „see pole minu probleem“ või „ilmselgelt“ ütlevad lugejale, et tema mure ei loe. Eriti oluline on jääda rahulikuks kliendiga, kes ei ole rahul: suuna energia sellele, kuidas saad teda aidata.',
  i18n: {
    en: {
      message: 'This sounds dismissive.',
      explanation: 'Phrases like "that is not my problem" or "obviously" tell the reader their concern does not count. Stay calm with an unhappy client and turn the energy to how you can help.',
    },
  },
  phrases: [
    { re: 'see (?:pole|ei ole) minu (?:probleem|mure|asi|töö)\\p{L}*|(?:pole|ei ole) minu (?:probleem|mure|asi)\\p{L}*', replace: 'uurin, kes saab selles aidata', safe: false },
    { re: 'rahune(?:ge)? maha', replace: 'mõistan Teie muret', safe: false },
    { re: 'ilmselgelt|loomulikult peaksite', replace: '' },
    { re: 'mis siis|ükskõik', message: '„{text}“ mõjub ükskõikselt.' },
  ],
  examples: {
    fire: ['See pole minu probleem, pöörduge raamatupidamisse.', 'Rahunege maha, me parandame selle.', 'Ilmselgelt on fail lisatud.'],
    pass: ['Uurin, kes saab selles aidata, ja vastan homme.', 'Fail on lisatud; andke teada, kui see ei avane.', 'Probleemi lahendus on lisatud.'],
  },
});
