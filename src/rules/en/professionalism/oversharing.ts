import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/oversharing',
  category: 'professionalism',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: 'This shares more of your private life than a client needs.',
  explanation:
    'Clients need to know when and how the work will be done, not the personal reason behind a delay. Respect boundaries both ways: "a personal matter" is enough, and keeps the conversation professional.',
  i18n: {
    et: {
      message: 'See jagab kliendile rohkem eraelu, kui tal vaja on.',
      explanation:
        'Klient peab teadma, millal ja kuidas töö valmib, mitte viivituse isiklikku põhjust. Austa piire mõlemas suunas: „isiklik asjaolu“ on piisav ja hoiab vestluse professionaalsena.',
    },
  },
  phrases: [
    { re: 'hung ?over|hangover|was drunk|got drunk|partying|party last night', replace: 'a personal matter', safe: false },
    { re: 'my (?:boyfriend|girlfriend|ex|husband|wife|partner) (?:and i )?(?:broke up|dumped|left|cheated|divorced|fight|fought)', replace: 'a personal matter', safe: false },
    { re: 'break-?up|divorce', replace: 'a personal matter', safe: false },
    { re: 'my therapist|my therapy|my (?:period|diarrh?o?ea|hemorrhoids|bowel)', replace: 'a personal matter', safe: false },
    { re: 'so (?:tired|exhausted) (?:of|with) (?:this|everything|my life)', replace: 'busy', safe: false },
  ],
  examples: {
    fire: ['Sorry, I was hungover on Monday.', 'My boyfriend and I broke up, so I am behind.', 'My therapist says I should rest.'],
    pass: ['Because of a personal matter, the report will come on Tuesday at 10.', 'The party is on Friday.'],
  },
});
