// How considerate a draft reads, from the politeness strategies people respond to (Danescu-Niculescu-Mizil
// et al., 2013): gratitude, greetings, indirect requests, hedges and apologies raise it; direct
// questions, "please" as the first word, factuality ("in fact") and second-person starts lower it.
const FEATURES: Array<[RegExp, number]> = [
  [/\b(?:thanks?|thank you|thx|appreciate\w*|grateful)\b/i, 1.3],
  [/^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b/i, 0.6],
  [/\b(?:could|would) you\b|\bwould it be possible\b|\bwould you mind\b|\bi was wondering\b|\bif you (?:don't|do not) mind\b|\bif possible\b|\bwhen you (?:have|get) (?:a )?(?:chance|moment|time)\b/i, 0.8],
  [/\b(?:can|will) you\b/i, 0.15],
  [/\b(?:i think|i believe|i suggest|maybe|perhaps|possibly|it seems|i feel|might|i guess|probably|somewhat|a bit)\b/i, 0.35],
  [/\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive|pardon|my bad)\b/i, 0.6],
  [/\b(?:great|good|nice|excellent|interesting|helpful|awesome|wonderful|glad|happy|welcome|love|cool|kind|fantastic|impressive|brilliant|amazing|correct|perfect|hope)\b/i, 0.5],
  [/\bplease\b/i, 0.35],
  [/\b(?:by the way|btw)\b/i, 0.3],
  [/^(?:i|i'm|i've|i'd|we|my|our)\b/i, 0.25],
  [/\b(?:we|us|our|let's)\b/i, 0.15],
];

const NEGATIVE: Array<[RegExp, number]> = [
  [/^please\b/i, -0.45],
  [/^(?:so|then|and|but|well|ok|okay|now)\b[,\s]/i, -0.45],
  [/^(?:you|your|you're|u)\b/i, -0.5],
  [/\b(?:in fact|actually|the fact is|the point is|clearly|obviously|of course|really|seriously|honestly|indeed)\b/i, -0.5],
  [/^(?:why|what|how|where|who|when|which)\b[^?]*\?/i, -0.35],
  [/\bwhy\b/i, -0.45],
  [/\b(?:wrong|bad|stupid|useless|terrible|awful|ridiculous|nonsense|crap|hate|annoying|waste|fail\w*|pointless|lame|sucks?|silly|idiot\w*|dumb|mess|garbage|rubbish|confus\w*|vandal\w*|revert\w*|delet\w*|remove\w*|complain\w*|problem)\b/gi, -0.4],
  [/\b(?:no|not|never|nothing|don't|doesn't|didn't|can't|won't|isn't|aren't)\b/gi, -0.15],
  [/[!?]{2,}|\b[A-Z]{4,}\b/, -0.6],
  [/\?.*\?/s, -0.3],
  [/\byou\b/gi, -0.1],
];

/** A 0–100 score; 50 is neutral. */
export function politenessScore(text: string, penalty: number): number {
  const t = text.trim();
  let x = 0;
  for (const [re, w] of FEATURES) if (re.test(t)) x += w;
  for (const [re, w] of NEGATIVE) {
    if (re.global) {
      const n = t.match(re)?.length ?? 0;
      x += w * Math.min(n, 3);
    } else if (re.test(t)) x += w;
  }
  x -= penalty;
  return Math.round(100 / (1 + Math.exp(-x)));
}
