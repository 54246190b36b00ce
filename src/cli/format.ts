// The command line's readable report. Pure: returns a string; colours only when asked.
import { styleText } from 'node:util';
import { countAtMost } from '../core/text';
import type { Report } from '../core/types';
import { severityWord, t } from '../i18n';

type Style = 'red' | 'yellow' | 'cyan' | 'dim' | 'bold' | 'green';

export function formatText(report: Report, body: string, name: string, colour: boolean): string {
  const c = (style: Style, s: string) => (colour ? styleText(style, s) : s);
  const { scores } = report;
  const at = positions(body);
  const counts = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  out.push(c('bold', `${name}`) + c('dim', ` (${t('cliPack', report.pack, report.language)})`));
  out.push(t('cliScores', scores.empathy, scores.clarity, scores.professionalism, scores.overall, scores.politeness));
  out.push('');
  for (const f of report.findings) {
    counts[f.severity]++;
    const { line, column } = at(f.start);
    const word = severityWord(f.severity).padEnd(7);
    const sev = f.severity === 'error' ? c('red', word) : f.severity === 'warning' ? c('yellow', word) : c('cyan', word);
    out.push(`  ${`${line}:${column}`.padEnd(7)} ${sev}  ${f.message}  ${c('dim', f.rule)}`);
    for (const s of f.suggestions) {
      const text = s.edits.map((e) => JSON.stringify(e.text)).join(' + ');
      out.push(`           ${c('green', '→')} ${s.label}: ${text}${s.safe ? '' : c('dim', ` ${t('cliNeedsInput')}`)}`);
    }
  }
  out.push('');
  out.push(report.findings.length ? t('cliFindings', report.findings.length, counts.error, counts.warning, counts.info) : c('green', t('cliNoFindings')));
  return out.join('\n') + '\n';
}

/**
 * Line and column (both from 1; columns in UTF-16 code units) of offsets in `text`. The line starts
 * are found once, so a report with many findings stays linear in the size of the draft.
 */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const line = countAtMost(starts.length, (i) => starts[i], offset);
    return { line, column: offset - starts[line - 1] + 1 };
  };
}
