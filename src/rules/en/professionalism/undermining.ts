import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/undermining',
  category: 'professionalism',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” undercuts your own message.',
  explanation:
    'Phrases like "just checking" or "sorry to bother you" apologise for taking up space and make your request sound optional. You are doing your job: ask with confidence and courtesy.',
  i18n: {
    et: {
      message: 'See õõnestab Sinu enda sõnumit.',
      explanation:
        'Fraasid nagu „just checking“ või „sorry to bother you“ vabandavad ruumi võtmise pärast ja muudavad palve valikuliseks. Sa teed oma tööd: küsi enesekindlalt ja viisakalt.',
    },
  },
  phrases: [
    { re: 'just (?:checking in|checking|following up|touching base|wanted to (?:check|follow up|ask|see))', replace: 'I am following up', label: 'Follow up with confidence' },
    { re: 'sorry to (?:bother|disturb|trouble|pester) you(?: again)?', replace: '' },
    { re: 'does (?:that|this) make sense\\?', replace: 'Let me know if you have any questions.' },
    { re: 'i[\'’]m no expert,? but|i am no expert,? but|i[\'’]m not an expert,? but', replace: '' },
    { re: 'this (?:might|may) be a (?:stupid|silly|dumb) question,? but|sorry if this is a (?:stupid|silly|dumb) question', replace: '' },
    { re: 'i hope (?:this|that) (?:is|was) (?:ok|okay|alright)', replace: '' },
  ],
  examples: {
    fire: ['Just checking in on the contract.', 'Sorry to bother you, but could you sign it?', 'Does that make sense?'],
    pass: ['I am following up on the contract.', 'Could you sign it by Friday?', 'Let me know if you have any questions.', 'I just now sent it.'],
  },
});
