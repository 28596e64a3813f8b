import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

export interface SankeyNode {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** With a study: the node's 90 % interval (the value is then the study's mean). */
  readonly range?: Range;
}

/** A study's interval of a count, shown after it as "48–62" (none when every run gave the same count). */
export interface Range {
  readonly lo: number;
  readonly hi: number;
}

/** Enrolled on the left; on the right where they are now: in progress, goal, unenrolled, and each end of path. */
export interface SankeyData {
  readonly enrolled: number;
  readonly enrolledRange?: Range;
  readonly ends: readonly SankeyNode[];
}

const W = 340;
const H = 180;
const NODE_W = 10;
const GAP = 10;
const RIGHT = 132;
const LABEL_CHARS = 30;
const LABEL_LINE = 14;

function band(x0: number, y0: number, x1: number, y1: number, h: number): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${x0},${y0 + h} Z`;
}

const clip = (text: string) => (text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`);

/** A Sankey of the enrolled contacts to where they are now, drawn by hand in SVG. */
export function Sankey({ data }: { data: SankeyData }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (data.enrolled === 0) return null;
  const shown = data.ends.filter((n) => n.value > 0);
  const free = H - GAP * Math.max(0, shown.length - 1);
  // A floor of 3 px keeps a handful of contacts visible next to thousands.
  const heights = shown.map((n) => Math.max(3, (free * n.value) / data.enrolled));
  const scale = Math.min(1, free / heights.reduce((a, b) => a + b, 0));
  // Bands first, then the labels, each at least a line below the one above (a thin band near
  // the bottom used to have its label cut off): the drawing grows to hold the last one.
  let left = 0;
  let right = 0;
  const bands = shown.map((n, i) => {
    const h = heights[i]! * scale;
    const band = { node: n, h, y0: left, y1: right };
    left += h;
    right += h + GAP;
    return band;
  });
  let previous = -Infinity;
  const labelY = bands.map((b) => (previous = Math.max(b.y1 + b.h / 2 + 4, previous + LABEL_LINE)));
  const height = Math.max(H, Math.ceil((labelY.at(-1) ?? 0) + 4));
  return (
    <figure className="fb-sim-chart" data-testid="sim-sankey">
      <figcaption>{t('sim.sankey')}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={t('sim.sankey')}>
        <rect x={0} y={0} width={NODE_W} height={H - GAP * Math.max(0, shown.length - 1)} rx={2} fill="#52606d" />
        {bands.map(({ node: n, h, y0, y1 }, i) => {
          return (
            <g key={n.key} data-testid={`sim-sankey-${n.key}`} data-count={n.value}>
              <path d={band(NODE_W, y0, RIGHT, y1, h)} fill={n.color} opacity={0.2} />
              <rect x={RIGHT} y={y1} width={NODE_W} height={h} rx={2} fill={n.color} />
              <text x={RIGHT + NODE_W + 8} y={labelY[i]} className="fb-sim-sankey-label">
                <title>{n.label}</title>
                {clip(n.label)} <tspan className="fb-sim-sankey-value">{formatNumber(n.value, lang)}</tspan>
                <RangeText range={n.range} lang={lang} testId={`sim-sankey-${n.key}-interval`} svg />
              </text>
            </g>
          );
        })}
      </svg>
      <p className="fb-help">
        {t('sim.sankeyEnrolled')} · {formatNumber(data.enrolled, lang)}
        <RangeText range={data.enrolledRange} lang={lang} testId="sim-sankey-enrolled-interval" />
      </p>
    </figure>
  );
}

/** " 48–62" after a value, in the style of the other intervals (renderer/study/Interval.tsx); nothing when the runs agree. */
function RangeText({ range, lang, testId, svg = false }: { range: Range | undefined; lang: 'fr' | 'en'; testId: string; svg?: boolean }) {
  if (!range || range.lo === range.hi) return null;
  const text = `${formatNumber(range.lo, lang)}\u2013${formatNumber(range.hi, lang)}`;
  const props = { className: 'fb-interval', 'data-testid': testId, 'data-lo': range.lo, 'data-hi': range.hi };
  return svg ? <tspan {...props}> {text}</tspan> : <span {...props}> {text}</span>;
}
