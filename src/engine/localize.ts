// The one localisation step: rules say things by text id with parameters; this turns them into the
// text of the chosen language. `{text}` is always the flagged text.
import { formatMessage, type Params } from '../i18n/format';
import type { LocalText, MessageLocale, Rule, TextRef } from '../rules/types';

function lookup(rule: Rule, id: string): LocalText {
  const t = id === 'message' ? rule.message : id === 'explanation' ? rule.explanation : id === 'name' ? rule.name : rule.texts[id];
  if (!t) throw new Error(`${rule.source}: no text “${id}”`);
  return t;
}

/** A rule's text in a language, its parameters filled in. */
export function ruleText(rule: Rule, ref: TextRef, locale: MessageLocale, params: Params = {}): string {
  return formatMessage(lookup(rule, ref.id)[locale], { ...params, ...ref.params }, locale);
}
