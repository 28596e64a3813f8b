import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly values: ArrayLike<number>;
}

const W = 320;
const H = 120;
const PAD = { left: 36, right: 8, top: 8, bottom: 18 };

/** A small hand-drawn line chart: one value a day, a cursor at the current day. */
export function LineChart({ series, days, day, title, testId }: { series: readonly Series[]; days: number; day: number; title: string; testId: string }) {
  const lang = useLang();
  const max = Math.max(1, ...series.flatMap((s) => Array.from(s.values)));
  const x = (d: number) => PAD.left + ((W - PAD.left - PAD.right) * d) / Math.max(1, days - 1);
  const y = (v: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * v) / max;
  const cursor = Math.min(days - 1, Math.max(0, day));
  return (
    <figure className="fb-sim-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} className="fb-sim-grid" />
            <text x={PAD.left - 4} y={y(max * f) + 3} textAnchor="end" className="fb-sim-axis">
              {formatNumber(Math.round(max * f), lang, { notation: 'compact' })}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <polyline key={s.key} fill="none" stroke={s.color} strokeWidth={1.8} strokeLinejoin="round" points={Array.from(s.values, (v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`).join(' ')} />
        ))}
        {days > 0 ? <line x1={x(cursor)} x2={x(cursor)} y1={PAD.top} y2={H - PAD.bottom} className="fb-sim-cursor" /> : null}
        <text x={PAD.left} y={H - 4} className="fb-sim-axis">
          0
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="fb-sim-axis">
          {days}
        </text>
      </svg>
      <ul className="fb-sim-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span style={{ background: s.color }} aria-hidden />
            {s.label}
            <strong>{formatNumber(s.values[cursor] ?? 0, lang)}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
