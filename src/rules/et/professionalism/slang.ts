import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/et-slang',
  category: 'professionalism',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: '„{text}“ on kõnekeel; kliendile kirjuta see välja.',
  explanation: 'Slängi ja lühendid („okei“, „kk“, „mõnsa“) muudavad kirja kiirustatuks ning kõik ei pruugi neist aru saada. Lugupidav keel maksab vaid paar tähte rohkem.',
  i18n: {
    en: {
      message: 'This is slang; write it out for a client.',
      explanation: 'Slang and chat abbreviations ("okei", "kk", "mõnsa") make an email look rushed, and not every reader knows them. A respectful register costs only a few letters.',
    },
  },
  phrases: [
    { re: 'okei|oki|okidoki|okay', replace: 'olgu' },
    { re: 'kk', replace: 'kohe' },
    { re: 'mõnsa', replace: 'meeldiv' },
    { re: 'pmst', replace: 'põhimõtteliselt' },
    { re: 'vb', replace: 'võib-olla' },
    { re: 'mdea', replace: 'ma ei tea' },
    { re: 'tšill|tsill', replace: 'rahulik' },
    { re: 'jees|jep|jap', replace: 'jah' },
    { re: 'thx|tnx|tänx|aitähh', replace: 'aitäh' },
    { re: 'btw', replace: 'muide' },
    { re: 'lol|haha+', replace: '' },
  ],
  examples: {
    fire: ['Okei, saadan faili homme hommikul ära.', 'Vaatan selle kk üle ja annan teada.', 'Koosolek oli täitsa mõnsa, aitäh kutse eest.'],
    pass: ['Olgu, saadan faili homme hommikul ära.', 'Kokkuvõte on lisatud ja kõik on korras.'],
  },
});
