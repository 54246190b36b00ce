// Fills a message template for one language. `{name}` is a parameter; `{count, plural, one {# file}
// other {# files}}` picks the form with Intl.PluralRules for the language (`#` is the number).
export type Params = Readonly<Record<string, string | number>>;

const plurals = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let p = plurals.get(locale);
  if (!p) plurals.set(locale, (p = new Intl.PluralRules(locale)));
  return p;
}

export function formatMessage(template: string, params: Params, locale: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += fill(template.slice(open + 1, close), params, locale) ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The text for one `{…}`; undefined leaves it as written (an unknown parameter stays visible in tests). */
function fill(inner: string, params: Params, locale: string): string | undefined {
  const comma = inner.indexOf(',');
  if (comma < 0) {
    const value = params[inner.trim()];
    return value === undefined ? undefined : String(value);
  }
  const name = inner.slice(0, comma).trim();
  const rest = inner.slice(comma + 1);
  const m = /^\s*plural\s*,/.exec(rest);
  const value = params[name];
  if (!m || typeof value !== 'number') return undefined;
  const forms = pluralForms(rest.slice(m[0].length));
  const form = forms.get(`=${value}`) ?? forms.get(pluralRules(locale).select(value)) ?? forms.get('other');
  return form === undefined ? undefined : formatMessage(form.replaceAll('#', String(value)), params, locale);
}

function pluralForms(s: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < s.length) {
    const m = /^\s*(=?\w+)\s*\{/.exec(s.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const close = matchingBrace(s, open);
    if (close < 0) break;
    forms.set(m[1], s.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
