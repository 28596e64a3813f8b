import { useTranslation } from 'react-i18next';
import { wrapWords } from '../../engine/programme/index.ts';
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
/**
 * Characters a label's line holds: 190 units right of the bars at 11 px hold about 30 (the review
 * saw « Nurturing – articles envoyés 53 46- » cut after 34), 28 leaves room for the bold count.
 */
export const LABEL_CHARS = 28;
const LABEL_LINE = 14;

function band(x0: number, y0: number, x1: number, y1: number, h: number): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${x0},${y0 + h} Z`;
}

/**
 * A label's lines: its name wrapped at spaces on up to three lines ("…" past them, for names of
 * 80 characters or so; the whole name is the label's tooltip), and whether its figures
 * ("53 46–60") fit after the last line or take one of their own.
 */
export function sankeyLabel(name: string, figures: string): { lines: string[]; figuresApart: boolean } {
  const lines = wrapWords(name, LABEL_CHARS, 3);
  const last = lines.at(-1) ?? '';
  return { lines: lines.length === 0 ? [''] : lines, figuresApart: last.length + 1 + figures.length > LABEL_CHARS };
}

const rangeText = (range: Range | undefined, lang: 'fr' | 'en') => (!range || range.lo === range.hi ? '' : `${formatNumber(range.lo, lang)}\u2013${formatNumber(range.hi, lang)}`);

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
  // Each label on its lines, centred on its band and at least a line below the one above.
  const labels = bands.map((b) => sankeyLabel(b.node.label, `${formatNumber(b.node.value, lang)} ${rangeText(b.node.range, lang)}`.trim()));
  let previous = -Infinity;
  const labelY = bands.map((b, i) => {
    const count = labels[i]!.lines.length + (labels[i]!.figuresApart ? 1 : 0);
    const first = Math.max(b.y1 + b.h / 2 + 4 - ((count - 1) * LABEL_LINE) / 2, previous + LABEL_LINE);
    previous = first + (count - 1) * LABEL_LINE;
    return first;
  });
  const height = Math.max(H, Math.ceil(previous + 4));
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
                {labels[i]!.lines.map((line, k) => (
                  <tspan key={k} className="fb-sim-sankey-line" x={RIGHT + NODE_W + 8} dy={k === 0 ? 0 : LABEL_LINE}>
                    {line}
                    {k === labels[i]!.lines.length - 1 && !labels[i]!.figuresApart ? <Figures node={n} lang={lang} /> : null}
                  </tspan>
                ))}
                {labels[i]!.figuresApart ? (
                  <tspan className="fb-sim-sankey-line" x={RIGHT + NODE_W + 8} dy={LABEL_LINE}>
                    <Figures node={n} lang={lang} first />
                  </tspan>
                ) : null}
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

/** A label's count and interval, after its name (a space first) or on a line of their own. */
function Figures({ node, lang, first = false }: { node: SankeyNode; lang: 'fr' | 'en'; first?: boolean }) {
  return (
    <>
      {first ? null : ' '}
      <tspan className="fb-sim-sankey-value">{formatNumber(node.value, lang)}</tspan>
      <RangeText range={node.range} lang={lang} testId={`sim-sankey-${node.key}-interval`} svg />
    </>
  );
}

/** " 48–62" after a value, in the style of the other intervals (renderer/study/Interval.tsx); nothing when the runs agree. */
function RangeText({ range, lang, testId, svg = false }: { range: Range | undefined; lang: 'fr' | 'en'; testId: string; svg?: boolean }) {
  const text = rangeText(range, lang);
  if (!range || text === '') return null;
  const props = { className: 'fb-interval', 'data-testid': testId, 'data-lo': range.lo, 'data-hi': range.hi };
  return svg ? <tspan {...props}> {text}</tspan> : <span {...props}> {text}</span>;
}
