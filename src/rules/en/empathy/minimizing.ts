import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/minimizing',
  category: 'empathy',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” makes their difficulty sound trivial.',
  explanation:
    'Telling someone a task is "simple" or "all you have to do" implies they should have managed already. Describe the step neutrally; people see problems from different angles.',
  i18n: {
    et: {
      message: 'See muudab nende raskuse tühiseks.',
      explanation:
        'Kui ütled, et ülesanne on „simple“ või „all you have to do“, vihjad, et nad oleksid pidanud juba hakkama saama. Kirjelda sammu neutraalselt; inimesed näevad probleeme erinevatest vaatenurkadest.',
    },
  },
  phrases: [
    { re: 'all you (?:have|need) to do is', replace: 'the next step is to' },
    { re: 'it[\'’]s (?:really |very )?(?:simple|easy)|it is (?:really |very )?(?:simple|easy)', replace: 'here is how it works', safe: false },
    { re: 'simply', replace: '' },
    { re: 'just (?:do|click|read|follow|open|use) (?:it|the|what|this)', message: '“{text}” makes their difficulty sound trivial.' },
    { re: 'even a child could|anyone can do', replace: 'it takes a few steps', safe: false },
  ],
  examples: {
    fire: ['All you have to do is click the link.', "It's easy, really.", 'Simply open the attachment.'],
    pass: ['The next step is to click the link.', 'The form takes five minutes.', 'I just now saw your message.'],
  },
});
