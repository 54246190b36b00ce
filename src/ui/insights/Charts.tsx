// Two small charts drawn as SVG: they scale, print sharply and take their colours from the page's
// tokens (light and dark). Each has a text summary for screen readers and its numbers in a table.
import type { Week, RuleTrend, ScoreKey } from './summary';
import { CATEGORIES } from './summary';
import { t, type MessageKey } from '../../i18n';

const LABEL: Record<ScoreKey, MessageKey> = { empathy: 'categoryEmpathy', clarity: 'categoryClarity', professionalism: 'categoryProfessionalism', overall: 'scoreOverall' };
const COLOUR: Record<ScoreKey, string> = { empathy: 'var(--empathy)', clarity: 'var(--clarity)', professionalism: 'var(--professionalism)', overall: 'var(--fg)' };
const DASH: Record<ScoreKey, string> = { empathy: '', clarity: '6 3', professionalism: '2 3', overall: '10 3 2 3' };

export const weekLabel = (start: number) => new Date(start).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

export function ScoresChart({ data }: { data: Week[] }) {
  const W = 560;
  const H = 220;
  const pad = { l: 34, r: 10, t: 10, b: 28 };
  const x = (i: number) => pad.l + (data.length === 1 ? (W - pad.l - pad.r) / 2 : (i * (W - pad.l - pad.r)) / (data.length - 1));
  const y = (v: number) => pad.t + ((100 - v) * (H - pad.t - pad.b)) / 100;
  const last = data.at(-1)!;
  const summary = t('insScoresSummary', data.length, weekLabel(last.start), ...CATEGORIES.map((c) => last.scores[c]));
  return (
    <figure className="chart" data-chart="scores">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} className="grid" />
            <text x={pad.l - 6} y={y(v) + 4} textAnchor="end" className="tick">{v}</text>
          </g>
        ))}
        {data.map((w, i) => (
          <text key={w.start} x={x(i)} y={H - 8} textAnchor="middle" className="tick">{weekLabel(w.start)}</text>
        ))}
        {CATEGORIES.map((c) => (
          <g key={c} data-series={c}>
            <polyline fill="none" stroke={COLOUR[c]} strokeWidth={2.5} strokeDasharray={DASH[c]} points={data.map((w, i) => `${x(i)},${y(w.scores[c])}`).join(' ')} />
            {data.map((w, i) => <circle key={w.start} cx={x(i)} cy={y(w.scores[c])} r={3.5} fill={COLOUR[c]} />)}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        {CATEGORIES.map((c) => (
          <span key={c}>
            <svg width="26" height="10" aria-hidden="true"><line x1="0" x2="26" y1="5" y2="5" stroke={COLOUR[c]} strokeWidth="2.5" strokeDasharray={DASH[c]} /></svg> {t(LABEL[c])}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{t('insTable')}</summary>
        <table>
          <thead>
            <tr><th scope="col">{t('insWeekOf')}</th><th scope="col">{t('insEmails')}</th>{CATEGORIES.map((c) => <th key={c} scope="col">{t(LABEL[c])}</th>)}</tr>
          </thead>
          <tbody>
            {data.map((w) => (
              <tr key={w.start}><th scope="row">{weekLabel(w.start)}</th><td>{w.emails}</td>{CATEGORIES.map((c) => <td key={c}>{w.scores[c]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const TREND: Record<RuleTrend['trend'], MessageKey> = { falling: 'insFalling', rising: 'insRising', steady: 'insSteady', new: 'insNew' };

/** The rules that come up most: a table with a bar per rule (the bar is decoration; the numbers are text). */
export function RulesChart({ data }: { data: RuleTrend[] }) {
  const max = Math.max(...data.map((r) => r.total));
  return (
    <table className="rules-chart" data-chart="rules">
      <thead>
        <tr><th scope="col">{t('insRule')}</th><th scope="col">{t('insTimes')}</th><th scope="col">{t('insTrend')}</th></tr>
      </thead>
      <tbody>
        {data.map((r) => (
          <tr key={r.rule} data-rule={r.rule} data-trend={r.trend}>
            <th scope="row"><code>{r.rule}</code></th>
            <td>
              <span className="bar" aria-hidden="true"><span style={{ width: `${(r.total / max) * 100}%` }} /></span> {r.total}
            </td>
            <td className={`trend ${r.trend}`}>{t(TREND[r.trend])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
