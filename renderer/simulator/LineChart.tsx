import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { niceTicks } from './ticks.ts';

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Before the first day, then at the midnight ending each day d (`values[d]`). */
  readonly initial: number;
  readonly values: ArrayLike<number>;
  /** The figure at the scrubber's minute, the one every other view shows: the legend's number. */
  readonly now: number;
  /** With a study: `values` are the means, and each day's 90 % interval is drawn as a band; `nowLo`/`nowHi` the legend's. */
  readonly band?: { readonly lo: ArrayLike<number>; readonly hi: ArrayLike<number>; readonly nowLo: number; readonly nowHi: number };
  /** Drawn dashed (a second series of the same count, e.g. a variant). */
  readonly dashed?: boolean;
}

const W = 320;
const H = 120;
const PAD = { left: 36, right: 8, top: 8, bottom: 18 };

/**
 * A small hand-drawn line chart: one point at the start and one at each midnight, a cursor at
 * the scrubber's instant (`at`, in days from the start, fractional), the legend with the figures
 * of that instant.
 */
export function LineChart({ series, days, at, title, testId }: { series: readonly Series[]; days: number; at: number; title: string; testId: string }) {
  const lang = useLang();
  const ticks = niceTicks(Math.max(0, ...series.flatMap((s) => [s.initial, s.now, ...Array.from(s.values), ...(s.band ? Array.from(s.band.hi) : [])])));
  const max = ticks.at(-1)!;
  const x = (d: number) => PAD.left + ((W - PAD.left - PAD.right) * d) / Math.max(1, days);
  const y = (v: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * v) / max;
  const cursor = Math.min(days, Math.max(0, at));
  return (
    <figure className="fb-sim-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="fb-sim-grid" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="fb-sim-axis" data-testid={`${testId}-tick`}>
              {formatNumber(v, lang, { notation: 'compact' })}
            </text>
          </g>
        ))}
        {series.map((s) =>
          s.band ? (
            // The band: each day's interval, the start (the same in every run) a point.
            <polygon
              key={`band-${s.key}`}
              className="fb-sim-band"
              fill={s.color}
              data-testid={`${testId}-band-${s.key}`}
              points={[
                ...[s.initial, ...Array.from(s.band.hi)].map((v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`),
                ...[s.initial, ...Array.from(s.band.lo)].map((v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`).reverse(),
              ].join(' ')}
            />
          ) : null,
        )}
        {series.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth={1.8}
            strokeLinejoin="round"
            strokeDasharray={s.dashed ? '5 3' : undefined}
            points={[s.initial, ...Array.from(s.values)].map((v, d) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
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
          <li key={s.key} data-testid={`${testId}-legend-${s.key}`} data-count={s.now}>
            <span className="fb-sim-legend-swatch" style={{ background: s.color }} aria-hidden />
            {s.label}
            <strong>{formatNumber(Math.round(s.now), lang)}</strong>
            {s.band && s.band.nowLo !== s.band.nowHi ? <span className="fb-interval">{`${formatNumber(s.band.nowLo, lang)}\u2013${formatNumber(s.band.nowHi, lang)}`}</span> : null}
          </li>
        ))}
      </ul>
    </figure>
  );
}
