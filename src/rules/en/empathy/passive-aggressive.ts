import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/passive-aggressive',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” reads as a reproach.',
  explanation:
    'Stock phrases like "per my last email" tell the reader they should have listened the first time. Restate the point kindly instead; staying calm and diplomatic in a repeated request preserves the relationship.',
  i18n: {
    et: {
      message: 'See fraas kõlab etteheitena.',
      explanation:
        'Valmisfraasid nagu „per my last email“ ütlevad lugejale, et ta oleks pidanud esimest korda kuulama. Korda mõtet sõbralikult; rahulikuks ja diplomaatiliseks jäämine korduva palve puhul hoiab suhet.',
    },
  },
  phrases: [
    { re: 'per my (?:last|previous) (?:e-?mail|message)', replace: 'as mentioned in my earlier email', message: '“{text}” reads as a reproach.' },
    { re: 'as (?:i|we) (?:already|previously) (?:told|said to) you', replace: 'to recap', message: '“{text}” reads as a reproach.' },
    { re: 'as (?:i|we) (?:have )?already (?:said|mentioned|explained|stated)', replace: 'to recap', message: '“{text}” reads as a reproach.' },
    { re: 'as previously (?:stated|mentioned|discussed)', replace: 'to recap', message: '“{text}” reads as a reproach.' },
    { re: 'as (?:i|we) said before', replace: 'to recap', message: '“{text}” reads as a reproach.' },
    { re: 'for the (?:second|third|fourth|last) time', replace: 'again', message: '“{text}” reads as a reproach.', safe: false },
    { re: 'not sure if you (?:saw|read) my (?:last )?(?:e-?mail|message)', replace: 'following up on my earlier email', message: '“{text}” reads as a reproach.' },
    { re: 'please (?:re-?read|read) my (?:last|previous) (?:e-?mail|message)', replace: 'here is a short recap', message: '“{text}” reads as a reproach.', safe: false },
    { re: 'going forward,? please make sure', replace: 'from now on, could you make sure', message: '“{text}” reads as a reproach.' },
  ],
  examples: {
    fire: ['Per my last email, the deadline is Friday.', 'As I already told you, the room is booked.', 'As previously stated, we need the PDF.', 'I am asking for the third time.'],
    pass: ['As we discussed on Monday, the deadline is Friday.', 'The room is booked for 3 pm.', 'My last email had the PDF attached.'],
  },
});
