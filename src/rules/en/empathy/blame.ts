import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/blame',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: 'This puts the blame on the reader.',
  explanation:
    'Pointing at the person ("you failed to") makes them defend themselves instead of fixing the problem. Describe what happened and what happens next; feedback works when it is about behaviour and outcomes, not about who is at fault.',
  i18n: {
    et: {
      message: 'See paneb süü lugejale.',
      explanation:
        'Inimesele osutamine („you failed to“) paneb ta end kaitsma, mitte probleemi lahendama. Kirjelda, mis juhtus ja mis edasi saab; tagasiside mõjub, kui see räägib tegudest ja tulemustest, mitte süüdlasest.',
    },
  },
  phrases: [
    { re: 'you failed to', replace: 'we still need to', label: 'Say what still needs to happen', safe: false },
    { re: 'you didn[\'’]t bother to|you never bother to', replace: 'we still need to', label: 'Say what still needs to happen', safe: false },
    { re: 'your (?:mistake|fault|error)', replace: 'the mistake', label: 'Talk about the mistake, not the person' },
    { re: 'it[\'’]s your fault|it is your fault', replace: 'it went wrong', safe: false },
    { re: 'you (?:forgot|neglected) to', replace: 'we missed the step to', safe: false },
    { re: 'you messed up|you screwed up|you got it wrong', replace: 'something went wrong', safe: false },
    { re: 'you didn[\'’]t|you did not', replace: 'we have not yet', label: 'Describe it without blame', safe: false },
    { re: 'because of you', replace: 'because of this', safe: false },
  ],
  examples: {
    fire: ['You failed to send the report on time.', 'This was your mistake.', "You didn't attach the file.", 'You forgot to book the room.'],
    pass: ['The report has not arrived yet; could you send it by 3 pm?', 'I made a mistake in the invoice.', 'Did you get my file?'],
  },
});
