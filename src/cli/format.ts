// The command line's readable report. Pure: returns a string; colours only when asked.
import type { Report } from '../core/types';
import { severityWord, t } from '../i18n';

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
type Colour = keyof typeof CODES;

export function formatText(report: Report, body: string, name: string, colour: boolean): string {
  const c = (k: Colour, s: string) => (colour ? `\u001b[${CODES[k]}m${s}\u001b[0m` : s);
  const { scores } = report;
  const out: string[] = [];
  out.push(c('bold', `${name}`) + c('dim', ` (${t('cliPack', report.pack, report.language)})`));
  out.push(t('cliScores', scores.empathy, scores.clarity, scores.professionalism, scores.overall, scores.politeness));
  out.push('');
  for (const f of report.findings) {
    const { line, column } = position(body, f.start);
    const word = severityWord(f.severity).padEnd(7);
    const sev = f.severity === 'error' ? c('red', word) : f.severity === 'warning' ? c('yellow', word) : c('cyan', word);
    out.push(`  ${`${line}:${column}`.padEnd(7)} ${sev}  ${f.message}  ${c('dim', f.rule)}`);
    for (const s of f.suggestions) {
      const text = s.edits.map((e) => JSON.stringify(e.text)).join(' + ');
      out.push(`           ${c('green', '→')} ${s.label}: ${text}${s.safe ? '' : c('dim', ` ${t('cliNeedsInput')}`)}`);
    }
  }
  const count = (sev: string) => report.findings.filter((f) => f.severity === sev).length;
  out.push('');
  out.push(
    report.findings.length ? t('cliFindings', report.findings.length, count('error'), count('warning'), count('info')) : c('green', t('cliNoFindings')),
  );
  return out.join('\n') + '\n';
}

export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
