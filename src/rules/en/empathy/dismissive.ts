import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/dismissive',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” can sound dismissive.',
  explanation:
    'Words like "obviously" or "calm down" tell the reader their view does not count. Take their concern seriously and steer the energy into how you can help: that is what keeps an unhappy client.',
  i18n: {
    et: {
      message: 'See sõna võib mõjuda tõrjuvalt.',
      explanation:
        'Sõnad nagu „obviously“ või „calm down“ ütlevad lugejale, et tema vaade ei loe. Võta tema mure tõsiselt ja suuna energia sellele, kuidas saad aidata: nii hoiad rahulolematu kliendi.',
    },
  },
  phrases: [
    { re: 'calm down|relax|chill out', replace: 'I understand this is frustrating', message: '“{text}” can sound dismissive.', safe: false },
    { re: 'obviously|clearly|of course', replace: '', message: '“{text}” can make the reader feel slow.' },
    { re: 'that[\'’]s not my problem|that is not my problem|not my problem|not my job|not my responsibility', replace: 'let me find the right person to help', message: '“{text}” shuts the reader out.', safe: false },
    { re: 'whatever', message: '“{text}” sounds indifferent.' },
    { re: 'it[\'’]s not a big deal|it is not a big deal|no big deal', replace: 'we can fix this', message: '“{text}” downplays their concern.', safe: false },
    { re: 'you[\'’]re overreacting|you are overreacting|don[\'’]t worry about it', replace: 'I understand your concern', message: '“{text}” downplays their concern.', safe: false },
    { re: 'as everyone knows|everyone knows', replace: '', message: '“{text}” can make the reader feel slow.' },
  ],
  skip: (s, start, end) => {
    const word = s.slice(start, end).toLowerCase();
    // "of course" as a warm yes ("Of course, happy to help") is fine; "relax" as a noun-ish verb in "relax the rules" is rare in emails.
    if (word === 'of course') return !/of course (?:you|it|this|that|the)\b/i.test(s.slice(start));
    return false;
  },
  examples: {
    fire: ['Please calm down, we will fix it.', 'Obviously the file is attached.', "That's not my problem.", 'Of course you should have read the guide.'],
    pass: ['Of course, happy to help!', 'The file is attached.', 'I can see why this was confusing.'],
  },
});
