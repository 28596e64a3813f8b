import { cardColor, cardSummary, cardTitle, cardT, ENROLLMENT_COLOR, triggersText } from '../cards/index.ts';
import { defaultLabelSize, layoutWorkflowWith, type ElkLayout, type LayoutEdge, type LayoutNode, type NodeSizes } from '../layout/index.ts';
import { oneLine, type Lang, type Project, type Step, type Workflow } from '../model/index.ts';
import { formatCount, wrapWords } from '../programme/index.ts';
import { esc } from './markup.ts';
import { widestPrintable, type Orientation } from './print.ts';
import type { WorkflowRun } from './types.ts';
import { fill, words } from './words.ts';

const WIDTH = { enrollment: 300, step: 260 } as const;
const END = 28;
const PAD = 16;
/** A card's texts: the title (13 px semibold) and the summary (12 px), with their line heights and average character widths. */
const TITLE = { size: 13, line: 16, char: 7.4, lines: 3 } as const;
/** Up to five lines of summary, as the canvas (renderer/canvas/cardText.ts `MAX_SUMMARY_LINES`). */
const SUMMARY = { size: 12, line: 15, char: 6.6, lines: 5 } as const;
/** Room kept right of a card's first title line for its count. */
const COUNT_ROOM = 62;
const MIN_CARD_HEIGHT = 84;
/** A band shorter than this joins the next one: a path's count stays with the card it leads to. */
const MIN_BAND = 60;

function path(points: LayoutEdge['points']): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

function pillWidth(text: string): number {
  return text.length * 6.8 + 14;
}

function pill(x: number, y: number, text: string, color: string): string {
  const w = pillWidth(text);
  return `<rect x="${(x - w / 2).toFixed(1)}" y="${(y - 10).toFixed(1)}" width="${w.toFixed(1)}" height="20" rx="10" fill="#ffffff" stroke="${color}"/><text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="11" font-weight="600" fill="${color}" text-anchor="middle">${esc(text)}</text>`;
}

/** An arrowhead at a path's end, as a triangle (no marker: a diagram is drawn as several SVGs, and ids would repeat). */
function arrowhead(points: LayoutEdge['points']): string {
  const b = points[points.length - 1]!;
  const a = points[points.length - 2] ?? b;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [dx, dy] = [(b.x - a.x) / len, (b.y - a.y) / len];
  const base = { x: b.x - dx * 9.5, y: b.y - dy * 9.5 };
  const corner = (s: number) => `${(base.x - dy * 4.2 * s).toFixed(1)},${(base.y + dx * 4.2 * s).toFixed(1)}`;
  return `<path d="M${b.x.toFixed(1)},${b.y.toFixed(1)} L${corner(1)} L${corner(-1)} z" fill="#9aa5b1"/>`;
}

/** A box in the drawing's coordinates. */
interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Room kept between a path's count and a branch's name. */
const CLEAR = 4;
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 + CLEAR && b.x0 < a.x1 + CLEAR && a.y0 < b.y1 + CLEAR && b.y0 < a.y1 + CLEAR;

/**
 * Where a path's count sits: on its last segment, which ends on the card it leads to, at the
 * middle unless a branch's name is there (the review saw « Non » touching « 55 »): then the
 * nearest place along the segment clear of every name, short of the arrowhead. A segment with no
 * such place keeps the count at its middle, moved beside the name in its way.
 */
export function countAt(points: LayoutEdge['points'], width: number, names: readonly Rect[]): { x: number; y: number } {
  const a = points[points.length - 2] ?? points[0]!;
  const b = points[points.length - 1]!;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const boxAt = (p: { x: number; y: number }): Rect => ({ x0: p.x - width / 2, y0: p.y - 10, x1: p.x + width / 2, y1: p.y + 10 });
  const clear = (p: { x: number; y: number }) => !names.some((n) => overlaps(boxAt(p), n));
  if (clear(mid)) return mid;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  // From the segment's start to the arrowhead (12 px before the card), half a pill in from each end.
  const reach = (t: number) => ({ x: a.x + ((b.x - a.x) * t) / length, y: a.y + ((b.y - a.y) * t) / length });
  const [first, last] = [10, length - 22];
  const places: number[] = [];
  for (let t = first; t <= last; t += 2) places.push(t);
  const best = places.filter((t) => clear(reach(t))).sort((p, q) => Math.abs(p - length / 2) - Math.abs(q - length / 2))[0];
  if (best !== undefined) return reach(best);
  const name = names.find((n) => overlaps(boxAt(mid), n))!;
  const right = (name.x0 + name.x1) / 2 < mid.x;
  return { x: right ? name.x1 + CLEAR + width / 2 : name.x0 - CLEAR - width / 2, y: mid.y };
}

/** Lines at ordinary spaces, the first `first` characters wide and the others `rest`; "…" only past `max` lines. */
function wrapLines(text: string, first: number, rest: number, max: number): string[] {
  const [head = ''] = wrapWords(text, first, 1);
  if (!head.endsWith('…') || max === 1) return head === '' ? [] : [head];
  const taken = head.slice(0, -1).split(/[ \t\n\r]+/).filter(Boolean).length;
  const left = text.split(/[ \t\n\r]+/).filter(Boolean).slice(taken).join(' ');
  if (taken === 0) return wrapWords(text, rest, max);
  return [head.slice(0, -1), ...wrapWords(left, rest, max - 1)];
}

/** A card's text, wrapped: the title on up to three lines (never cut mid-word), the summary on up to five. */
interface CardText {
  readonly title: readonly string[];
  readonly summary: readonly string[];
  readonly height: number;
}

function cardText(title: string, summary: string, width: number, counted: boolean): CardText {
  const inner = width - 28;
  const titleLines = wrapLines(title, Math.floor((inner - (counted ? COUNT_ROOM : 0)) / TITLE.char), Math.floor(inner / TITLE.char), TITLE.lines);
  const summaryLines = wrapWords(oneLine(summary), Math.floor(inner / SUMMARY.char), SUMMARY.lines);
  const last = 42 + (Math.max(1, titleLines.length) - 1) * TITLE.line + (Math.max(1, summaryLines.length) - 1) * SUMMARY.line;
  return { title: titleLines, summary: summaryLines, height: Math.max(MIN_CARD_HEIGHT, last + 12) };
}

/** Something drawn, its box in the drawing's coordinates; `solid` things are never cut between pages. */
interface Piece {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly solid: boolean;
  readonly draw: () => string;
  /** A card's layout node id; a path's, the nodes it joins. */
  readonly nodes: readonly string[];
}

const box = (x0: number, y0: number, x1: number, y1: number, solid: boolean, draw: Piece['draw'], nodes: readonly string[] = []): Piece => ({ x0, x1, y0, y1, solid, draw, nodes });

/** The middles of the gaps between the solid pieces' spans within [from, to]: where a cut harms nothing. */
function gaps(spans: readonly (readonly [number, number])[], from: number, to: number): number[] {
  const sorted = spans.filter(([a, b]) => b > from && a < to).sort((p, q) => p[0] - q[0]);
  const out: number[] = [];
  let reach = from;
  for (const [a, b] of sorted) {
    if (a > reach + 1) out.push((reach + a) / 2);
    reach = Math.max(reach, b);
  }
  return out;
}

/** Bands: a cut in every gap, each band at least `least` high. */
function bandCuts(spans: readonly (readonly [number, number])[], from: number, to: number, least: number): number[] {
  const out: number[] = [];
  let start = from;
  for (const c of gaps(spans, from, to)) {
    if (c - start < least || to - c < least / 2) continue;
    out.push(c);
    start = c;
  }
  return out;
}

/** Strips: as few as can be, as wide as one another, each cut moved to a gap between cards when one is near. */
function stripCuts(spans: readonly (readonly [number, number])[], from: number, to: number, most: number): number[] {
  const free = gaps(spans, from, to);
  const parts = Math.ceil((to - from) / most);
  const width = (to - from) / parts;
  return Array.from({ length: parts - 1 }, (_, k) => {
    const ideal = from + width * (k + 1);
    return free.filter((g) => Math.abs(g - ideal) <= width / 4).sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal))[0] ?? ideal;
  });
}

export interface DrawnWorkflow {
  /** The diagram's markup: one `div.workflow-svg` holding its bands (one SVG each), in strips when very wide. */
  readonly svg: string;
  /** The whole drawing's size, CSS px. */
  readonly width: number;
  readonly height: number;
  /** The page it prints on: landscape when too wide for a portrait page at 7 pt. */
  readonly orientation: Orientation;
  /** Strips left to right (1: the whole width). */
  readonly strips: number;
}

/**
 * One workflow's diagram for the report, laid out by the engine (the canvas's layout) and worded
 * as the canvas words it (engine/cards): the enrollment card with its triggers, each step with its
 * title (wrapped, never cut mid-word) and summary, branch names, and after a run the contacts that
 * reached each step and took each path.
 *
 * Drawn as horizontal bands, one SVG each, cut between rows of cards: on screen they stack into
 * the whole diagram; printed, a tall diagram runs on over pages at a size its text can be read
 * (engine/report/print.ts), breaking only between bands. Too wide for a portrait page at 7 pt it
 * prints landscape; too wide for that, in strips left to right.
 */
export async function workflowSvg(workflow: Workflow, project: Project, lang: Lang, elk: ElkLayout, run?: WorkflowRun): Promise<DrawnWorkflow> {
  const w = words(lang);
  const t = cardT(lang);
  const steps = new Map(workflow.steps.map((s) => [s.id as string, s]));
  const reachedOf = (step: Step | undefined) => (step ? run?.entered[step.id] : run?.end.enrolled);
  const texts = new Map<string, CardText>([['__enrollment__', cardText(t('card.enrollment'), triggersText(workflow, project, lang), WIDTH.enrollment, reachedOf(undefined) !== undefined)]]);
  for (const step of workflow.steps) texts.set(step.id, cardText(cardTitle(step, lang), cardSummary(step, { project, workflow, lang }), WIDTH.step, reachedOf(step) !== undefined));
  const sizes: NodeSizes = (node) =>
    node.kind === 'end' ? { width: END, height: END } : { width: WIDTH[node.kind], height: texts.get(node.kind === 'enrollment' ? '__enrollment__' : (node.stepId ?? ''))?.height ?? MIN_CARD_HEIGHT };
  const labelText = (text: string) => (text === 'met' ? t('card.met') : text === 'not-met' ? t('card.notMet') : text);
  const layout = await layoutWorkflowWith(elk, workflow, sizes, { labelSize: (text) => defaultLabelSize(labelText(text)) });
  const width = Math.ceil(layout.width + PAD * 2);
  const height = Math.ceil(layout.height + PAD * 2);

  const pieces: Piece[] = [];
  const at = (v: number) => v + PAD;
  for (const e of layout.edges) {
    const xs = e.points.map((p) => at(p.x));
    const ys = e.points.map((p) => at(p.y));
    const moved = e.points.map((p) => ({ x: at(p.x), y: at(p.y) }));
    pieces.push(
      box(Math.min(...xs) - 6, Math.min(...ys), Math.max(...xs) + 6, Math.max(...ys), false, () =>
        [`<path d="${path(moved)}" fill="none" stroke="${e.goTo ? '#7c4dce' : '#9aa5b1'}" stroke-width="1.5"${e.goTo ? ' stroke-dasharray="5 4"' : ''}/>`, arrowhead(moved)].join(''),
        [e.source, e.target],
      ),
    );
  }
  // The branches' names, drawn first: a path's count keeps clear of them.
  const names: Rect[] = layout.edges.flatMap((e) => (e.label ? [{ x0: at(e.label.x), y0: at(e.label.y), x1: at(e.label.x) + e.label.width, y1: at(e.label.y) + e.label.height }] : []));
  for (const e of layout.edges) {
    if (e.label) {
      const l = { ...e.label, x: at(e.label.x), y: at(e.label.y) };
      pieces.push(
        box(l.x, l.y, l.x + l.width, l.y + l.height, true, () =>
          [
            `<rect class="branch-name" x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="9" fill="#eef1f5" stroke="#d3d8df"/>`,
            `<text x="${l.x + l.width / 2}" y="${l.y + 14}" font-size="11" fill="#3e4c59" text-anchor="middle">${esc(wrapWords(oneLine(labelText(l.text)), Math.floor(l.width / 6.2), 1)[0] ?? '')}</text>`,
          ].join(''),
        ),
      );
    }
    const count = run?.edges[e.key];
    if (count !== undefined && count > 0 && !e.goTo) {
      const text = formatCount(count, lang);
      const half = pillWidth(text) / 2;
      const c = countAt(e.points.map((p) => ({ x: at(p.x), y: at(p.y) })), half * 2, names);
      pieces.push(box(c.x - half, c.y - 10, c.x + half, c.y + 10, true, () => `<g class="edge-count" data-edge="${esc(e.key)}" data-value="${count}">${pill(c.x, c.y, text, '#1d4fa3')}</g>`));
    }
  }
  for (const node of layout.nodes) pieces.push(nodePiece({ ...node, x: at(node.x), y: at(node.y) }, steps, texts, reachedOf, lang));

  // Very wide: strips left to right, each about as wide as a landscape page prints at 7 pt. A card
  // belongs to the strip holding its centre and is drawn whole there (a strip reaches as far as its
  // cards do), the paths crossing between strips in both.
  const orientation: Orientation = width <= widestPrintable('portrait') ? 'portrait' : 'landscape';
  const solid = pieces.filter((p) => p.solid);
  const xCuts = orientation === 'landscape' && width > widestPrintable('landscape') ? stripCuts(solid.map((p) => [p.x0 - 4, p.x1 + 4] as const), 0, width, widestPrintable('landscape')) : [];
  const bounds = [0, ...xCuts, width];
  const centre = (p: Piece) => (p.x0 + p.x1) / 2;
  const strips: string[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const last = s + 2 === bounds.length;
    const owned = solid.filter((p) => centre(p) >= bounds[s]! && (centre(p) < bounds[s + 1]! || last));
    const x0 = Math.max(0, Math.min(bounds[s]!, ...owned.map((p) => p.x0 - 2)));
    const x1 = Math.min(width, Math.max(bounds[s + 1]!, ...owned.map((p) => p.x1 + 2)));
    const ids = new Set(owned.flatMap((p) => p.nodes));
    const inStrip = pieces.filter((p) => (p.solid ? owned.includes(p) : p.x1 > x0 && p.x0 < x1 && (bounds.length === 2 || p.nodes.some((n) => ids.has(n)))));
    // A strip of several starts a little above its first card and ends a little below its last (a side strip's top is empty).
    const top = bounds.length === 2 ? 0 : Math.max(0, Math.min(...owned.map((p) => p.y0)) - 2 * PAD);
    const bottom = bounds.length === 2 ? height : Math.min(height, Math.max(...owned.map((p) => p.y1)) + PAD);
    const yEdges = [top, ...bandCuts(owned.map((p) => [p.y0 - 2, p.y1 + 2] as const), top, bottom, MIN_BAND), bottom];
    const [first, end] = [0, yEdges.length - 2];
    const bands: string[] = [];
    for (let b = first; b <= end; b++) {
      const [y0, y1] = [yEdges[b]!, yEdges[b + 1]!];
      // A card lies within one band (bands are cut between cards); a path is drawn in each band it crosses.
      const drawn = inStrip.filter((p) => (p.solid ? (p.y0 + p.y1) / 2 >= y0 && ((p.y0 + p.y1) / 2 < y1 || b === end) : p.y1 > y0 && p.y0 < y1));
      const [bw, bh] = [x1 - x0, y1 - y0];
      bands.push(
        `<svg xmlns="http://www.w3.org/2000/svg" class="diagram-band" width="${fmt(bw)}" height="${fmt(bh)}" viewBox="${fmt(x0)} ${fmt(y0)} ${fmt(bw)} ${fmt(bh)}">${b === first ? `<title>${esc(workflow.name)}</title>` : ''}${drawn.map((p) => p.draw()).join('')}</svg>`,
      );
    }
    const note = bounds.length > 2 ? `<p class="diagram-part">${esc(fill(w.diagramPart, { part: s + 1, parts: bounds.length - 1 }))}</p>` : '';
    strips.push(`<div class="diagram-strip" data-part="${s + 1}">${note}${bands.join('\n')}</div>`);
  }
  const svg = `<div class="workflow-svg" data-workflow="${esc(workflow.id)}" data-width="${width}" data-height="${height}" data-orientation="${orientation}">\n${strips.join('\n')}\n</div>`;
  return { svg, width, height, orientation, strips: bounds.length - 1 };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function nodePiece(n: LayoutNode, steps: ReadonlyMap<string, Step>, texts: ReadonlyMap<string, CardText>, reachedOf: (step: Step | undefined) => number | undefined, lang: Lang): Piece {
  if (n.kind === 'end') {
    return box(n.x, n.y, n.x + n.width, n.y + n.height, true, () => `<circle cx="${n.x + n.width / 2}" cy="${n.y + n.height / 2}" r="${n.width / 2 - 4}" fill="#ffffff" stroke="#9aa5b1" stroke-width="1.5"/>`, [n.id]);
  }
  const step = n.stepId ? steps.get(n.stepId) : undefined;
  const text = texts.get(step ? step.id : '__enrollment__')!;
  // The canvas's colour for the step's kind (a delay orange, a branch purple), the enrollment's dark.
  const color = step ? cardColor(step.kind) : ENROLLMENT_COLOR;
  const reached = reachedOf(step);
  const summaryTop = n.y + 42 + (Math.max(1, text.title.length) - 1) * TITLE.line;
  // Cards are solid with room above them for the arrowhead that reaches them.
  return box(n.x, n.y - 10, n.x + n.width, n.y + n.height, true, () =>
    [
      `<g class="step"${step ? ` data-step="${esc(step.id)}"` : ' data-step="__enrollment__"'}>`,
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="#ffffff" stroke="#cbd2d9"/>`,
      `<rect class="kind-bar" x="${n.x}" y="${n.y + 6}" width="3" height="${n.height - 12}" rx="1.5" fill="${color}"/>`,
      ...text.title.map((line, k) => `<text x="${n.x + 14}" y="${n.y + 22 + k * TITLE.line}" font-size="${TITLE.size}" font-weight="600" fill="#1f2933">${esc(line)}</text>`),
      ...text.summary.map((line, k) => `<text x="${n.x + 14}" y="${summaryTop + k * SUMMARY.line}" font-size="${SUMMARY.size}" fill="#52606d">${esc(line)}</text>`),
      reached !== undefined ? `<g class="step-count" data-value="${reached}">${pill(n.x + n.width - 40, n.y + 16, formatCount(reached, lang), '#1d4fa3')}</g>` : '',
      '</g>',
    ].join(''),
    [n.id],
  );
}
