// How a run of examples reads, in the interface language. Apart from examples.ts so a page can show
// results without loading the engine that ran them.
import { t } from '../i18n';
import type { ExampleResult } from './examples';

/** One line, in the interface language, about an example: which rule, which example, what happened. */
export function describeExample(r: ExampleResult): string {
  const flat = r.example.body.replace(/\s+/g, ' ');
  const body = flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
  if (r.ok) return t(r.expect === 'fire' ? 'exampleFireHolds' : 'examplePassHolds', r.rule, r.index, body);
  if (r.expect === 'pass') return t('exampleFlagged', r.rule, r.index, body, r.findings[0].text);
  if (r.findings.length) return t('exampleWrongText', r.rule, r.index, body, r.findings.map((f) => `“${f.text}”`).join(', '), r.example.text ?? '');
  return t('exampleNotFlagged', r.rule, r.index, body);
}

/** The summary line of a run of examples. */
export function summarise(results: readonly ExampleResult[]): string {
  const failed = results.filter((r) => !r.ok).length;
  if (!results.length) return t('examplesNone');
  return failed ? t('examplesFailed', failed, results.length) : t('examplesHold', results.length);
}
