import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'clarity/wordy-phrase',
  category: 'clarity',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” can be shorter.',
  explanation: 'Every extra word is one more thing to read. Concise writing is clearer and sounds more confident.',
  i18n: {
    et: {
      message: 'Seda saab öelda lühemalt.',
      explanation:
        'Iga liigne sõna on üks asi rohkem lugeda. Lühidalt kirjutatud tekst on selgem ja kõlab enesekindlamalt.',
    },
  },
  phrases: [
    { re: 'due to the fact that|owing to the fact that', replace: 'because' },
    { re: 'in spite of the fact that|despite the fact that', replace: 'although' },
    { re: 'in order to', replace: 'to' },
    { re: 'at this point in time|at the present time|at this moment in time', replace: 'now' },
    { re: 'in the event that', replace: 'if' },
    { re: 'with regard to|with regards to|in regard to|with reference to', replace: 'about' },
    { re: 'for the purpose of', replace: 'for' },
    { re: 'a large number of|a great many', replace: 'many' },
    { re: 'prior to', replace: 'before' },
    { re: 'subsequent to', replace: 'after' },
    { re: 'make a decision', replace: 'decide' },
    { re: 'take into consideration', replace: 'consider' },
    { re: 'in the near future', replace: 'soon' },
    { re: 'until such time as', replace: 'until' },
    { re: 'is able to', replace: 'can' },
    { re: 'please do not hesitate to', replace: 'please' },
  ],
  examples: {
    fire: ['Due to the fact that the flight is late, we start at noon.', 'I am writing in order to confirm.', 'Prior to the call, read the brief.'],
    pass: ['Because the flight is late, we start at noon.', 'I am writing to confirm.'],
  },
});
