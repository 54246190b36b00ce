// Generated client emails for the benchmark: varied sentences (so caches cannot cheat), the mix of
// problems real drafts have, at any length.
const OPENERS = ['Hi Anna,', 'Hello Tom,', 'Dear Ms Okafor,', 'hey Priya,', 'Good morning Lee,'];
const SENTENCES = [
  'Thank you for sending the revised schedule for the {n} workshop.',
  'Per my last email, the venue still needs the final head count ASAP.',
  'I just think maybe we could possibly move the rehearsal to the afternoon.',
  'Due to the fact that the speakers arrive late, the dinner starts at {n} pm.',
  'Could you confirm the room layout by Wednesday at noon?',
  'You failed to send the catering order, so the caterer called me twice.',
  'The invoice for {n} euros was paid on 3 March.',
  'i am gonna check the hotel rooms tmrw and get back to you soon!!!',
  'It was decided that the budget review moves to the next quarter.',
  'Our team will prepare the slides and share them with you on Thursday.',
  'Sorry to bother you, but does that make sense?',
  'The SLA with the vendor covers weekends and public holidays in {n} countries.',
  'We are delighted that the pilot went so well and the client renewed for {n} months.',
  'Please let me know if the agenda works for you and your colleagues.',
  'Someone should update the guest list before the invitations go out.',
];
const CLOSERS = ['Best regards,\nMia', 'Kind regards,\nSam', 'thx', 'Cheers,\nAlex', 'Best,\nJo'];

export function email(words: number, seed: number): string {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paras: string[] = [];
  let para: string[] = [];
  let n = 0;
  while (n < words) {
    const sentence = SENTENCES[Math.floor(rnd() * SENTENCES.length)].replace('{n}', String(2 + Math.floor(rnd() * 400)));
    para.push(sentence);
    n += sentence.split(' ').length;
    if (para.length >= 4 || n >= words) {
      paras.push(para.join(' '));
      para = [];
    }
  }
  return [OPENERS[seed % OPENERS.length], ...paras, CLOSERS[seed % CLOSERS.length]].join('\n\n');
}
