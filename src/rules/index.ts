// Every built-in rule, in one list. Add a rule: write its file, then add it here.
import type { Rule } from './types';
import any_emoji from './any/emoji';
import any_manyExclamations from './any/many-exclamations';
import any_missingGreeting from './any/missing-greeting';
import any_missingSignOff from './any/missing-sign-off';
import any_repeatedPunctuation from './any/repeated-punctuation';
import any_sensitiveData from './any/sensitive-data';
import any_shouting from './any/shouting';
import en_clarity_agentlessPassive from './en/clarity/agentless-passive';
import en_clarity_buriedAsk from './en/clarity/buried-ask';
import en_clarity_doubleNegative from './en/clarity/double-negative';
import any_longSentence from './any/long-sentence';
import en_clarity_multiQuestion from './en/clarity/multi-question';
import en_clarity_noClearAsk from './en/clarity/no-clear-ask';
import en_clarity_readingGrade from './en/clarity/reading-grade';
import en_clarity_stackedHedges from './en/clarity/stacked-hedges';
import en_clarity_undefinedAcronym from './en/clarity/undefined-acronym';
import en_clarity_vagueDeadline from './en/clarity/vague-deadline';
import any_wallOfText from './any/wall-of-text';
import en_clarity_whoDoesWhat from './en/clarity/who-does-what';
import en_clarity_wordyPhrase from './en/clarity/wordy-phrase';
import en_empathy_blame from './en/empathy/blame';
import en_empathy_coldReply from './en/empathy/cold-reply';
import en_empathy_demandingImperative from './en/empathy/demanding-imperative';
import en_empathy_dismissive from './en/empathy/dismissive';
import en_empathy_harshWords from './en/empathy/harsh-words';
import en_empathy_minimizing from './en/empathy/minimizing';
import en_empathy_missingThanks from './en/empathy/missing-thanks';
import en_empathy_noWarmth from './en/empathy/no-warmth';
import en_empathy_passiveAggressive from './en/empathy/passive-aggressive';
import en_empathy_personalTrait from './en/empathy/personal-trait';
import en_empathy_sarcasm from './en/empathy/sarcasm';
import en_empathy_unacknowledgedFeelings from './en/empathy/unacknowledged-feelings';
import en_empathy_unacknowledgedSuccess from './en/empathy/unacknowledged-success';
import en_empathy_youShould from './en/empathy/you-should';
import en_professionalism_casualGreeting from './en/professionalism/casual-greeting';
import en_professionalism_casualSignOff from './en/professionalism/casual-sign-off';
import en_professionalism_contraction from './en/professionalism/contraction';
import en_professionalism_lowercaseI from './en/professionalism/lowercase-i';
import en_professionalism_missedDeadline from './en/professionalism/missed-deadline';
import en_professionalism_nonCommitment from './en/professionalism/non-commitment';
import en_professionalism_overApologising from './en/professionalism/over-apologising';
import en_professionalism_oversharing from './en/professionalism/oversharing';
import en_professionalism_profanity from './en/professionalism/profanity';
import en_professionalism_slang from './en/professionalism/slang';
import en_professionalism_undermining from './en/professionalism/undermining';
import en_professionalism_vanishing from './en/professionalism/vanishing';
import et_empathy_blame from './et/empathy/blame';
import et_empathy_dismissive from './et/empathy/dismissive';
import et_empathy_missingThanks from './et/empathy/missing-thanks';
import et_empathy_noPlease from './et/empathy/no-please';
import et_empathy_unacknowledgedFeelings from './et/empathy/unacknowledged-feelings';
import et_clarity_multiQuestion from './et/clarity/multi-question';
import et_clarity_vagueDeadline from './et/clarity/vague-deadline';
import et_professionalism_informalAddress from './et/professionalism/informal-address';
import et_professionalism_informalGreeting from './et/professionalism/informal-greeting';
import et_professionalism_informalSignOff from './et/professionalism/informal-sign-off';
import et_professionalism_slang from './et/professionalism/slang';

export const RULES: readonly Rule[] = [
  any_emoji,
  any_manyExclamations,
  any_missingGreeting,
  any_missingSignOff,
  any_repeatedPunctuation,
  any_sensitiveData,
  any_shouting,
  en_clarity_agentlessPassive,
  en_clarity_buriedAsk,
  en_clarity_doubleNegative,
  any_longSentence,
  en_clarity_multiQuestion,
  en_clarity_noClearAsk,
  en_clarity_readingGrade,
  en_clarity_stackedHedges,
  en_clarity_undefinedAcronym,
  en_clarity_vagueDeadline,
  any_wallOfText,
  en_clarity_whoDoesWhat,
  en_clarity_wordyPhrase,
  en_empathy_blame,
  en_empathy_coldReply,
  en_empathy_demandingImperative,
  en_empathy_dismissive,
  en_empathy_harshWords,
  en_empathy_minimizing,
  en_empathy_missingThanks,
  en_empathy_noWarmth,
  en_empathy_passiveAggressive,
  en_empathy_personalTrait,
  en_empathy_sarcasm,
  en_empathy_unacknowledgedFeelings,
  en_empathy_unacknowledgedSuccess,
  en_empathy_youShould,
  en_professionalism_casualGreeting,
  en_professionalism_casualSignOff,
  en_professionalism_contraction,
  en_professionalism_lowercaseI,
  en_professionalism_missedDeadline,
  en_professionalism_nonCommitment,
  en_professionalism_overApologising,
  en_professionalism_oversharing,
  en_professionalism_profanity,
  en_professionalism_slang,
  en_professionalism_undermining,
  en_professionalism_vanishing,
  et_empathy_blame,
  et_empathy_dismissive,
  et_empathy_missingThanks,
  et_empathy_noPlease,
  et_empathy_unacknowledgedFeelings,
  et_clarity_multiQuestion,
  et_clarity_vagueDeadline,
  et_professionalism_informalAddress,
  et_professionalism_informalGreeting,
  et_professionalism_informalSignOff,
  et_professionalism_slang,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
