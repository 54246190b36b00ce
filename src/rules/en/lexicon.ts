// Word lists shared by several English rules. One place, so a rule and its neighbours agree.
import { wordRe } from '../rule';

/** Incoming message is upset, anxious or grieving. */
export const UPSET = wordRe(
  [
    'upset', 'angry', 'furious', 'frustrat\\w*', 'disappoint\\w*', 'unacceptable', 'annoy\\w*', 'worried', 'worry', 'anxious',
    'stressed', 'stress', 'concerned', 'fed up', 'ridiculous', 'terrible', 'awful', 'outrage\\w*', 'complain\\w*',
    'not happy', 'unhappy', 'let down', 'third time', 'still (?:waiting|not|haven\'t)', 'nobody (?:has|replied|answered)',
    'passed away', 'funeral', 'bereavement', 'grief', 'grieving', 'lost my', 'sick', 'illness', 'hospital', 'diagnos\\w*',
    'devastated', 'heartbroken', 'scared', 'overwhelmed', 'nervous', 'struggling', 'sad', 'miserable', 'disaster',
  ].join('|'),
);

/** The reply acknowledges feelings or the situation. */
export const ACKNOWLEDGES = wordRe(
  [
    'sorry', 'apologi[sz]e\\w*', 'apologies', 'understand', 'understandably', 'i hear you', 'i can imagine', 'i can see',
    'must be', 'that sounds', 'frustrating', 'condolences', 'sympathy', 'thinking of you', 'my thoughts',
    'thank you for (?:your patience|letting|raising|flagging|telling)', 'i appreciate', 'you\'re right', 'you are right',
    'fair point', 'regret',
  ].join('|'),
);

/** Incoming reports effort or help given. */
export const EFFORT = wordRe(
  [
    'i(?:\'ve| have)? (?:attached|finished|completed|prepared|put together|sent|updated|fixed|reviewed|drafted|done|compiled|organi[sz]ed|booked|arranged|worked|spent)',
    'please find attached', 'attached is', 'attached are', 'here is the', 'here are the', 'here\'s the',
    'i went ahead', 'took care of', 'i stayed late', 'we (?:finished|completed|delivered|fixed)',
  ].join('|'),
);

export const THANKS = wordRe('thanks?|thank you|thx|grateful|appreciate\\w*|cheers|kudos|great (?:work|job)|well done|nice work');

/** Good news the reader would like celebrated. */
export const GOOD_NEWS = wordRe(
  'we won|got the (?:contract|deal|job)|signed the (?:contract|deal)|launched|promoted|promotion|got engaged|married|new baby|had a baby|closed the deal|passed (?:the|my) (?:exam|audit)|hit (?:our|the) target|record (?:month|quarter|sales)',
);
export const CONGRATULATES = wordRe('congrat\\w*|well done|great news|wonderful news|fantastic|brilliant|so happy for|delighted|amazing|great work|great job|celebrat\\w*');

/** Bad news in the incoming message. */
export const BAD_NEWS = wordRe(
  'bad news|unfortunately|cancel\\w*|lost (?:the|our)|delay\\w*|problem|issue|mistake|error|broke\\w*|fail\\w*|passed away|sick|hospital|laid off|rejected|declined|complain\\w*|upset|disappoint\\w*',
);

/** A concrete date or time: weekday, date, clock time, "tomorrow", "today at". */
export const CONCRETE_TIME = wordRe(
  [
    '(?:mon|tues|wednes|thurs|fri|satur|sun)day', 'tomorrow', 'tonight', 'today at', 'this (?:morning|afternoon|evening)',
    'noon', 'midday', 'midnight', '\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)', '\\d{1,2}:\\d{2}',
    '\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*',
    '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\s+\\d{1,2}', '\\d{4}-\\d{2}-\\d{2}', '\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?',
    'within \\d+ (?:hours?|days?|minutes?)', 'in \\d+ (?:hours?|days?|minutes?)', 'end of (?:the )?day (?:on|today|tomorrow|friday|monday)',
  ].join('|'),
);

export const ASK = wordRe(
  'please|could you|can you|would you|will you|let me know|i need|we need|i\'d like|i would like|would it be possible|kindly|do you|are you able|is it possible|i\'m asking|request|need you to|send me|confirm',
);
