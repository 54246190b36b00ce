// Estonian word lists shared by the Estonian rules. Estonian inflects heavily: patterns match stems
// with their case endings on purpose (\p{L}* after a stem), and always on word boundaries so that a
// word that merely contains a stem ("sinine" for "sina") never matches.
import { wordRe } from '../rule';

/** A concrete day or time: weekdays in any case, today/tomorrow, clock times, dates. */
export const ET_CONCRETE_TIME = wordRe(
  [
    '(?:esmas|teisi|kolma|nelja|laupä|pühapä)päev\\p{L}*', 'reede\\p{L}*', 'homme\\p{L}*', 'täna\\p{L}*', 'ülehomme',
    'kell \\d{1,2}(?:[.:]\\d{2})?', '\\d{1,2}[.:]\\d{2}', '\\d{1,2}\\.\\s*(?:jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember)\\p{L}*',
    '\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?', 'lõunaks', 'õhtuks', 'hommikuks', '\\d+ (?:tunni|päeva|minuti)\\p{L}*',
  ].join('|'),
);

/** The incoming message is upset, anxious or grieving. */
export const ET_UPSET = wordRe(
  [
    'pettu\\p{L}*', 'viha\\p{L}*', 'rahulolematu\\p{L}*', '(?:ei ole|pole) rahul', 'kolma(?:ndat|s) korda?', 'ikka(?: veel)? ootan',
    'vastuvõetamatu\\p{L}*', 'muret\\p{L}*', 'mure(?:s|lik\\p{L}*)', 'ärritu\\p{L}*', 'solvu\\p{L}*', 'kurb', 'kurva\\p{L}*',
    'suri', 'surnud', 'matus\\p{L}*', 'haige\\p{L}*', 'haigla\\p{L}*', 'kahjuks', 'kaebus\\p{L}*', 'kohutav\\p{L}*', 'jama',
  ].join('|'),
);

/** The reply acknowledges feelings or the situation. */
export const ET_ACKNOWLEDGES = wordRe('vabanda\\p{L}*|mõista\\p{L}*|mõistan|saan aru|kahju kuulda|mul on kahju|kahetse\\p{L}*|kaastun\\p{L}*|tunnen kaasa|teil on õigus');

/** The incoming message reports effort or help given. */
export const ET_EFFORT = wordRe(
  'saatsin|lisasin|manuses|manusena|panin kokku|tegin (?:valmis|ära)|valmistasin|uuendasin|parandasin|broneerisin|korraldasin|vaatasin üle|koostasin|lõpetasin|täitsin',
);

export const ET_THANKS = wordRe('aitäh|tänan|täname|tänud|tänu\\p{L}*|suur tänu|tänulik\\p{L}*');
