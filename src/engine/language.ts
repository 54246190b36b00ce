// Which language a draft is in. A draft too short to tell is "unknown" and gets only the checks
// that need no words. Function words decide: names and places never do.
import type { Language } from './types';
import { words } from './text';

const EN = new Set(
  "the and to of a in is you that it for on with i we this be are have will please can your my at as not but our me was would could if they from do all so just about an or by thanks thank hi hello dear there what when how which let know need get send me been has had its am were should here more it's i'm i'll i've don't that's you're we're can't won't isn't doesn't didn't also very really yes no".split(' '),
);
const ET = new Set(
  'ja on et ei see ka kui mis ta oma ning aga siis või ma sa te teie meie kas palun tere aitäh tänan saada kõik veel nii seda selle olen oli olla mul sul teil meil mind sind teid teile mulle sulle ning juba kuid kuna ehk nagu pole kas väga hea head päeva lugupidamisega homme täna'.split(' '),
);

export function detectLanguage(text: string, fallback = ''): Language {
  const guess = score(text);
  if (guess !== 'unknown') return guess;
  return fallback ? score(fallback) : 'unknown';
}

function score(text: string): Language {
  const ws = words(text.slice(0, 4000));
  if (ws.length === 0) return 'unknown';
  let en = 0;
  let et = 0;
  for (const w of ws) {
    const lower = w.text.toLowerCase();
    if (EN.has(lower)) en++;
    if (ET.has(lower)) et++;
    if (/[õäöüšž]/.test(lower)) et += 0.5;
  }
  const n = ws.length;
  if (n < 3 && en + et < 2) return 'unknown';
  if (en > et && en >= Math.max(1, n * 0.12)) return 'en';
  if (et > en && et >= Math.max(1, n * 0.12)) return 'et';
  return 'unknown';
}
