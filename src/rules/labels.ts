// Suggestion labels in the other interface language: English rules' labels in Estonian and Estonian
// rules' labels in English. Keyed by the label as the rule writes it; an unknown label stays as it is.
const ET: Record<string, string> = {
  'Acknowledge how they feel first': 'Tunnista kõigepealt nende tunnet',
  'Add a clear request': 'Lisa selge palve',
  'Add a greeting': 'Lisa pöördumine',
  'Add a sign-off': 'Lisa lõputervitus',
  'Add an apology': 'Lisa vabandus',
  'Add a new date': 'Lisa uus kuupäev',
  'Add an apology and a new date': 'Lisa vabandus ja uus kuupäev',
  'Ask instead of ordering': 'Küsi, ära käsi',
  'Close with appreciation': 'Lõpeta tänuga',
  'Congratulate them': 'Õnnitle neid',
  'Describe it without blame': 'Kirjelda süüdistamata',
  'Describe the behaviour and its effect': 'Kirjelda tegu ja selle mõju',
  'Follow up with confidence': 'Küsi järele enesekindlalt',
  'Give a date': 'Nimeta kuupäev',
  'Give dates and a hand-over': 'Nimeta kuupäevad ja asendaja',
  'Keep one softener': 'Jäta üks pehmendus',
  'Move the request to the top': 'Too palve algusesse',
  'Name the day and time zone': 'Nimeta päev ja ajavöönd',
  'Name the day': 'Nimeta päev',
  'Number the questions': 'Nummerda küsimused',
  'Remove the emoji': 'Eemalda emotikon',
  'Say what still needs to happen': 'Ütle, mis on veel vaja teha',
  'Share it another way': 'Jaga seda muul viisil',
  'Show you care and say what happens next': 'Näita hoolivust ja ütle, mis edasi saab',
  'Spell it out the first time': 'Kirjuta esimesel korral lahti',
  'Split into two sentences': 'Jaga kaheks lauseks',
  'Talk about the mistake, not the person': 'Räägi veast, mitte inimesest',
  'Thank them first': 'Täna kõigepealt',
  'Use a full stop': 'Kasuta punkti',
  'Use one “!”': 'Kasuta üht „!“',
  'Use one “?”': 'Kasuta üht „?“',
  'Use “Best regards”': 'Kasuta „Best regards“',
  'Use “Hello”': 'Kasuta „Hello“',
  'Use “I”': 'Kasuta „I“',
  'Write it in normal case': 'Kirjuta tavaliste tähtedega',
};

const EN: Record<string, string> = {
  'Nimeta kuupäev': 'Give a date',
  'Lisa „palun“': 'Add “palun”',
  'Korda sõbralikult': 'Restate it kindly',
  'Täna kõigepealt': 'Thank them first',
  'Tunnista kõigepealt tema tunnet': 'Acknowledge how they feel first',
};

export function localizeLabel(label: string, locale: 'en' | 'et'): string {
  if (locale === 'et') {
    const m = /^(Use|Remove) “(.+)”$/.exec(label);
    if (m && !ET[label]) return `${m[1] === 'Use' ? 'Kasuta' : 'Eemalda'} „${m[2]}“`;
    return ET[label] ?? label;
  }
  const m = /^(Kasuta|Eemalda) „(.+)“$/.exec(label);
  if (m) return `${m[1] === 'Kasuta' ? 'Use' : 'Remove'} “${m[2]}”`;
  return EN[label] ?? label;
}
