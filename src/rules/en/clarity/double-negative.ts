import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'clarity/double-negative',
  category: 'clarity',
  severity: 'info',
  languages: ['en'],
  message: '“{text}” makes the reader untangle two negatives.',
  explanation: 'Two negatives force the reader to work out what you mean, and some will get it backwards. Say it positively.',
  i18n: {
    et: {
      message: 'Kaks eitust panevad lugeja mõtet lahti harutama.',
      explanation:
        'Kahe eituse puhul peab lugeja välja mõtlema, mida mõtled, ja mõni saab sellest vastupidi aru. Ütle see jaatavalt.',
    },
  },
  phrases: [
    { re: 'not (?:un|in|im|ir|dis)(?:likely|common|usual|possible|important|reasonable|similar|correct|able|agree)', message: '“{text}” makes the reader untangle two negatives.' },
    { re: 'not unlike', replace: 'like' },
    { re: 'not uncommon', replace: 'common' },
    { re: 'not unusual', replace: 'usual' },
    { re: 'not impossible', replace: 'possible' },
    { re: 'not incorrect', replace: 'correct' },
    { re: 'not unlikely', replace: 'likely' },
    { re: '(?:don[\'’]t|do not|didn[\'’]t|can[\'’]t|won[\'’]t) (?:have|need|know|want|see|get) (?:no|nothing|nobody|none|never)' },
    { re: 'never (?:not|no)|not never|can[\'’]t not|cannot not' },
    { re: 'not without', message: '“{text}” makes the reader untangle two negatives.' },
  ],
  examples: {
    fire: ['It is not unlikely that we finish early.', "I don't need no reminder.", 'That is not impossible.'],
    pass: ['It is likely that we finish early.', 'I do not need a reminder.', 'Nothing changed.'],
  },
});
