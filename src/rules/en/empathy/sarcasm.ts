import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/sarcasm',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” may read as sarcasm.',
  explanation:
    'In writing there is no smile to soften irony, so sarcasm lands as contempt. Say plainly what went wrong and what you need; diplomatic, direct words resolve conflict, irony escalates it.',
  i18n: {
    et: {
      message: 'See võib mõjuda sarkasmina.',
      explanation:
        'Kirjas pole naeratust, mis irooniat pehmendaks, nii et sarkasm mõjub põlgusena. Ütle otse, mis läks valesti ja mida vajad; diplomaatilised ja otsekohesed sõnad lahendavad konflikti, iroonia teravdab seda.',
    },
  },
  phrases: [
    { re: 'thanks? (?:a lot )?for nothing' },
    { re: 'oh,? great|oh,? wonderful|oh,? perfect|just great|just perfect|just what i needed' },
    { re: 'yeah,? right|sure you did|as if' },
    { re: '(?:nice|good|kind) of you to (?:finally|eventually)' },
    { re: 'congratulations on finally|thanks for finally|glad you finally|finally decided to' },
    { re: 'must be nice' },
    { re: 'what a surprise|big surprise|surprise,? surprise' },
    { re: 'thanks in advance for (?:actually|finally)' },
  ],
  examples: {
    fire: ['Thanks for nothing.', 'Oh great, another delay on the project.', 'Nice of you to finally reply.', 'Thanks for finally sending it.'],
    pass: ['Great, the contract is signed.', 'Thank you for the update.', 'It finally arrived this morning.'],
  },
});
