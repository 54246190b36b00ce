import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/slang',
  category: 'professionalism',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” is text-speak; write it out for a client.',
  explanation: 'Slang and chat abbreviations make an email look rushed and can confuse readers who do not use them. A respectful register costs only a few letters.',
  i18n: {
    et: {
      message: 'See on jutukeel; kirjuta kliendile see välja.',
      explanation:
        'Släng ja vestluslühendid muudavad kirja kiirustatuks ning kõik lugejad ei pruugi neid tunda. Lugupidav keel maksab vaid paar tähte rohkem.',
    },
  },
  phrases: [
    { re: 'gonna', replace: 'going to' },
    { re: 'wanna', replace: 'want to' },
    { re: 'gotta', replace: 'have to' },
    { re: 'kinda', replace: 'kind of' },
    { re: 'sorta', replace: 'sort of' },
    { re: 'dunno', replace: 'do not know' },
    { re: 'lemme', replace: 'let me' },
    { re: 'gimme', replace: 'give me' },
    { re: 'u', replace: 'you' },
    { re: 'ur', replace: 'your' },
    { re: 'r', replace: 'are' },
    { re: 'thx|thnx|tx', replace: 'thanks' },
    { re: 'pls|plz|plse', replace: 'please' },
    { re: 'lol|lmao|rofl|haha+|hehe+', replace: '' },
    { re: 'omg|omfg', replace: '' },
    { re: 'btw', replace: 'by the way' },
    { re: 'idk', replace: 'I do not know' },
    { re: 'imo|imho', replace: 'in my opinion' },
    { re: 'tbh', replace: 'to be honest' },
    { re: 'cuz|coz|cos', replace: 'because' },
    { re: 'ya', replace: 'you' },
    { re: 'yeah|yep|yup', replace: 'yes' },
    { re: 'nope|nah', replace: 'no' },
    { re: 'k|kk', replace: 'OK' },
    { re: 'np', replace: 'no problem' },
    { re: 'ty', replace: 'thank you' },
    { re: 'tmrw|tmr|2moro', replace: 'tomorrow' },
    { re: 'b4', replace: 'before' },
    { re: 'gr8', replace: 'great' },
    { re: 'awesome sauce|no worries mate', replace: 'great' },
  ],
  skip: (s, start, end) => {
    const w = s.slice(start, end);
    // Single letters are only slang in lower case between words ("see u at 5"), never "U-Bahn" or a list item "r)".
    if (/^(?:u|r|k)$/i.test(w)) return w !== w.toLowerCase() || /^[)\-.:]/.test(s.slice(end)) || /[\-.]$/.test(s.slice(0, start));
    return false;
  },
  examples: {
    fire: ['I am gonna send it tomorrow.', 'Can u check this?', 'thx for the file', 'lol that was fast'],
    pass: ['I am going to send it tomorrow.', 'Can you check this?', 'Option U is fine.', 'Thanks for the file.'],
  },
});
