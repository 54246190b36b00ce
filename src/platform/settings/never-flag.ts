// "Never flag this phrase", offered on a finding (the card in the page and the side panel) as well as
// in the options: the finding's own words join the settings' never-flag list. Pure, for every page.

/** Short, one-line findings only: a whole flagged sentence is not a phrase to keep. */
export function canNeverFlag(text: string): boolean {
  const phrase = text.trim();
  return phrase.length > 0 && phrase.length <= 60 && !/[\n.!?]\s/.test(phrase);
}

/** The never-flag list with the phrase added (once, whatever its case). */
export function withPhrase(list: readonly string[], text: string): string[] {
  const phrase = text.trim().replace(/\s+/g, ' ');
  return list.some((p) => p.toLowerCase() === phrase.toLowerCase()) ? [...list] : [...list, phrase];
}
