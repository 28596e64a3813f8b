import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

export interface SankeyNode {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** Enrolled -> end states -> (for completed) the step each path ended at. */
export interface SankeyData {
  readonly enrolled: number;
  readonly states: readonly SankeyNode[];
  /** Children of the `completed` state. */
  readonly endSteps: readonly SankeyNode[];
}

const W = 340;
const H = 200;
const NODE_W = 10;
const GAP = 8;
const COLS = [4, 150, 300];

interface Placed extends SankeyNode {
  readonly y: number;
  readonly h: number;
}

function stack(nodes: readonly SankeyNode[], total: number, height: number): Placed[] {
  const shown = nodes.filter((n) => n.value > 0);
  const free = height - GAP * Math.max(0, shown.length - 1);
  let y = 0;
  return shown.map((n) => {
    const h = Math.max(2, (free * n.value) / Math.max(1, total));
    const placed = { ...n, y, h };
    y += h + GAP;
    return placed;
  });
}

function band(x0: number, y0: number, x1: number, y1: number, h: number): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${x0},${y0 + h} Z`;
}

/** A Sankey of where the enrolled contacts went, drawn by hand in SVG. */
export function Sankey({ data }: { data: SankeyData }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (data.enrolled === 0) return null;
  const states = stack(data.states, data.enrolled, H);
  const completed = states.find((s) => s.key === 'completed');
  const ends = completed ? stack(data.endSteps, data.endSteps.reduce((n, s) => n + s.value, 0), completed.h + Math.max(0, data.endSteps.length - 1) * GAP) : [];
  const endTop = completed ? Math.min(H - (ends.at(-1)?.y ?? 0) - (ends.at(-1)?.h ?? 0), completed.y) : 0;
  let leftY = 0;
  const label = (n: Placed, x: number, anchor: 'start' | 'end') => (
    <text x={x} y={n.y + n.h / 2 + 4} textAnchor={anchor} className="fb-sim-sankey-label">
      {n.label} · {formatNumber(n.value, lang)}
    </text>
  );
  let inner = completed?.y ?? 0;
  return (
    <figure className="fb-sim-chart" data-testid="sim-sankey">
      <figcaption>{t('sim.sankey')}</figcaption>
      <svg viewBox={`0 -4 ${W + 200} ${H + 8}`} width="100%" role="img" aria-label={t('sim.sankey')}>
        <rect x={COLS[0]} y={0} width={NODE_W} height={H} rx={2} fill="#52606d" />
        {states.map((s) => {
          const h = (H * s.value) / data.enrolled;
          const path = band(COLS[0]! + NODE_W, leftY, COLS[1]!, s.y, Math.min(h, s.h));
          leftY += h;
          return <path key={`l-${s.key}`} d={path} fill={s.color} opacity={0.22} />;
        })}
        {ends.map((e) => {
          const h = completed ? (completed.h * e.value) / Math.max(1, completed.value) : 0;
          const path = band(COLS[1]! + NODE_W, inner, COLS[2]!, endTop + e.y, Math.min(h, e.h));
          inner += h;
          return <path key={`r-${e.key}`} d={path} fill={e.color} opacity={0.22} />;
        })}
        {states.map((s) => (
          <g key={s.key} data-testid={`sim-sankey-${s.key}`} data-count={s.value}>
            <rect x={COLS[1]} y={s.y} width={NODE_W} height={s.h} rx={2} fill={s.color} />
            {s.key === 'completed' && ends.length > 0 ? null : label(s, COLS[1]! + NODE_W + 6, 'start')}
          </g>
        ))}
        {ends.map((e) => (
          <g key={e.key}>
            <rect x={COLS[2]} y={endTop + e.y} width={NODE_W} height={e.h} rx={2} fill={e.color} />
            {label({ ...e, y: endTop + e.y }, COLS[2]! + NODE_W + 6, 'start')}
          </g>
        ))}
      </svg>
      <p className="fb-help">
        {t('sim.sankeyEnrolled')} · {formatNumber(data.enrolled, lang)}
      </p>
    </figure>
  );
}
