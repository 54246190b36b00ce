// The command line's readable report. Pure: returns a string; colours only when asked.
import type { Report } from '../engine/types';

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
type Colour = keyof typeof CODES;

export function formatText(report: Report, body: string, name: string, colour: boolean): string {
  const c = (k: Colour, s: string) => (colour ? `\u001b[${CODES[k]}m${s}\u001b[0m` : s);
  const { scores } = report;
  const out: string[] = [];
  out.push(c('bold', `${name}`) + c('dim', ` (${report.pack} pack, language: ${report.language})`));
  out.push(
    `Scores: empathy ${scores.empathy} · clarity ${scores.clarity} · professionalism ${scores.professionalism} · overall ${scores.overall} (politeness ${scores.politeness})`,
  );
  out.push('');
  for (const f of report.findings) {
    const { line, column } = position(body, f.start);
    const sev = f.severity === 'error' ? c('red', 'error  ') : f.severity === 'warning' ? c('yellow', 'warning') : c('cyan', 'info   ');
    out.push(`  ${`${line}:${column}`.padEnd(7)} ${sev}  ${f.message}  ${c('dim', f.rule)}`);
    for (const s of f.suggestions) {
      const text = s.edits.map((e) => JSON.stringify(e.text)).join(' + ');
      out.push(`           ${c('green', '→')} ${s.label}: ${text}${s.safe ? '' : c('dim', ' (needs your input)')}`);
    }
  }
  const count = (sev: string) => report.findings.filter((f) => f.severity === sev).length;
  out.push('');
  out.push(
    report.findings.length
      ? `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)`
      : c('green', 'No findings: the tone looks good.'),
  );
  return out.join('\n') + '\n';
}

export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
