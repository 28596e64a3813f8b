import { isLifecycleStage, LIFECYCLE_LABELS, oneLine, type Lang } from '../model/index.ts';
import { formatCount, wrapWords, type Interval } from '../programme/index.ts';
import { STAGE_COLORS } from '../results/stage-colors.ts';
import { esc } from './markup.ts';
import { dayNumber } from '../study/days.ts';

/**
 * The longest legend a 300 px column of the lifecycle chart holds, 280 px after its swatch: the
 * stage names and numbers take about 5.3 px a character at 12 px (Chromium, 2026-12-07: "Lead
 * qualifié commercial (SQL) 12 345 (12 100–12 600)", 53 characters, 276 px); 46 leaves room for a
 * wider font.
 */
const LEGEND_CHARS = 46;
const PALETTE = ['#2f6fde', '#1b8a5a', '#b7740b', '#7c4dce', '#cf3b3b', '#0f8b9c', '#8a5a2b', '#52606d', '#d0499c'];

export function stageLabel(stage: string, lang: Lang): string {
  if (stage === 'unknown') return lang === 'fr' ? 'Inconnue' : 'Unknown';
  return isLifecycleStage(stage) ? LIFECYCLE_LABELS[stage][lang] : stage;
}

/**
 * One line per stage that ever had a contact, one point a day, with a legend under it giving each
 * stage's count at the end ("Abonné 608"), after a study its 90 % interval too, as the report's
 * tables write it ("Abonné 608 (590–625)"; none where every run gave the same count); each stage
 * in the app's colour for it.
 */
export function lifecycleChart(series: Readonly<Record<string, readonly number[]>>, lang: Lang, intervals?: Readonly<Record<string, readonly Interval[]>>): string {
  const shown = Object.entries(series).filter(([, v]) => v.some((n) => n > 0));
  const days = Math.max(1, ...shown.map(([, v]) => v.length - 1));
  const max = Math.max(1, ...shown.flatMap(([, v]) => v));
  const [W, H, L, T, B] = [680, 240, 56, 12, 28];
  const x = (d: number) => L + (d / days) * (W - L - 12);
  const y = (n: number) => T + (1 - n / max) * (H - T - B);
  const legends = shown.map(([stage, values]) => `${stageLabel(stage, lang)} ${figureText(values.at(-1) ?? 0, lang, intervals?.[stage]?.at(-1))}`);
  // Two columns of 300 px while every legend fits one; else one column, so no legend runs into the next.
  const columns = Math.max(0, ...legends.map((t) => t.length)) <= LEGEND_CHARS ? 2 : 1;
  const height = H + 24 * Math.ceil(shown.length / columns);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart lifecycle-chart" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}">`];
  for (const f of [0, 0.5, 1]) {
    out.push(`<line x1="${L}" x2="${W - 12}" y1="${y(max * f)}" y2="${y(max * f)}" stroke="#e1e5ea"/>`, `<text x="${L - 6}" y="${y(max * f) + 4}" font-size="11" fill="#66727f" text-anchor="end">${formatCount(Math.round(max * f), lang)}</text>`);
  }
  out.push(`<text x="${L}" y="${H - 8}" font-size="11" fill="#66727f">${lang === 'fr' ? 'Fin du jour' : 'End of day'} ${formatCount(dayNumber(0), lang)}</text>`, `<text x="${W - 12}" y="${H - 8}" font-size="11" fill="#66727f" text-anchor="end">${lang === 'fr' ? 'Fin du jour' : 'End of day'} ${formatCount(dayNumber(days), lang)}</text>`);
  shown.forEach(([stage, values], k) => {
    const color = STAGE_COLORS[stage] ?? PALETTE[k % PALETTE.length]!;
    const d = values.map((n, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
    out.push(`<path class="series" data-stage="${esc(stage)}" d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    const lx = L + (k % columns) * 300;
    const ly = H + 8 + Math.floor(k / columns) * 24;
    out.push(`<rect x="${lx}" y="${ly}" width="12" height="12" rx="2" fill="${color}"/>`, `<text x="${lx + 18}" y="${ly + 10}" font-size="12" fill="#1f2933" data-stage="${esc(stage)}">${esc(legends[k]!)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** "608", or with a study's interval that varies "608 (590–625)", as the report's tables write a count. */
function figureText(n: number, lang: Lang, interval?: Interval): string {
  const range = interval && interval.low !== interval.high ? ` (${formatCount(interval.low, lang)}–${formatCount(interval.high, lang)})` : '';
  return `${formatCount(n, lang)}${range}`;
}

export interface SankeyFlow {
  readonly from: string;
  readonly to: string;
  readonly value: number;
}

/** A Sankey column's node: its name and its own count (a workflow's enrolled, an end state's total), never its flows added up. */
export interface SankeyNode {
  readonly name: string;
  readonly value: number;
}

/** Characters a Sankey label's line holds at 12 px in the 214 px beside its column. */
const LABEL_CHARS = 30;
const LABEL_LINE = 15;

/** A node's label on up to three lines: its name wrapped (two lines at most), its count after it, on a line of its own when it does not fit. */
export function sankeyLabelLines(name: string, count: string): string[] {
  const lines = wrapWords(oneLine(name), LABEL_CHARS, 2);
  const tail = `(${count})`;
  const last = lines.at(-1);
  if (last !== undefined && last.length + 1 + tail.length <= LABEL_CHARS) return [...lines.slice(0, -1), `${last} ${tail}`];
  return [...lines, tail];
}

/**
 * A two-column Sankey: sources on the left (workflows, by their enrollments), targets on the
 * right (end states), each flow as wide as its contacts. Each node says its own count (`value`):
 * with replications the flows are rounded means, and adding them up would give 66 where the
 * workflow enrolled 67 on average (66.6).
 */
export function sankeyChart(sources: readonly SankeyNode[], targets: readonly SankeyNode[], flows: readonly SankeyFlow[], lang: Lang): string {
  const live = flows.filter((f) => f.value > 0);
  const total = live.reduce((n, f) => n + f.value, 0);
  const sum = (key: 'from' | 'to', name: string) => live.filter((f) => f[key] === name).reduce((n, f) => n + f.value, 0);
  const left = sources.filter((s) => s.value > 0 || sum('from', s.name) > 0);
  const right = targets.filter((t) => t.value > 0 || sum('to', t.name) > 0);
  const [W, GAP, NODE, SPAN] = [680, 12, 14, 300];
  const scale = total > 0 ? SPAN / total : 0;
  // Each node takes at least its label's height, the bar in its middle, so labels never overlap.
  const place = (nodes: readonly SankeyNode[], key: 'from' | 'to') => {
    let at = 8;
    const boxes = new Map(nodes.map((n) => {
      const h = sum(key, n.name) * scale;
      const lines = sankeyLabelLines(n.name, formatCount(n.value, lang));
      const room = Math.max(h, lines.length * LABEL_LINE);
      const box = { y: at + (room - h) / 2, h, value: n.value, lines };
      at += room + GAP;
      return [n.name, box] as const;
    }));
    return { boxes, end: at };
  };
  const { boxes: L, end: endL } = place(left, 'from');
  const { boxes: R, end: endR } = place(right, 'to');
  const height = Math.ceil(Math.max(endL, endR) + 4);
  const [x0, x1] = [220, W - 220];
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart sankey" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}">`];
  const usedL = new Map<string, number>();
  const usedR = new Map<string, number>();
  for (const f of live) {
    const a = L.get(f.from);
    const b = R.get(f.to);
    if (!a || !b) continue;
    const h = f.value * scale;
    const ya = a.y + (usedL.get(f.from) ?? 0) + h / 2;
    const yb = b.y + (usedR.get(f.to) ?? 0) + h / 2;
    usedL.set(f.from, (usedL.get(f.from) ?? 0) + h);
    usedR.set(f.to, (usedR.get(f.to) ?? 0) + h);
    const mid = (x0 + NODE + x1) / 2;
    out.push(`<path class="flow" data-from="${esc(f.from)}" data-to="${esc(f.to)}" data-value="${f.value}" d="M${x0 + NODE},${ya.toFixed(1)} C${mid},${ya.toFixed(1)} ${mid},${yb.toFixed(1)} ${x1},${yb.toFixed(1)}" fill="none" stroke="#2f6fde" stroke-opacity="0.25" stroke-width="${Math.max(1, h).toFixed(1)}"/>`);
  }
  const label = (x: number, mid: number, lines: readonly string[], anchor: string) => {
    const top = mid + 4 - ((lines.length - 1) * LABEL_LINE) / 2;
    return `<text y="${top.toFixed(1)}" font-size="12" fill="#1f2933" text-anchor="${anchor}">${lines.map((line, k) => `<tspan x="${x}"${k === 0 ? '' : ` dy="${LABEL_LINE}"`}>${esc(line)}</tspan>`).join('')}</text>`;
  };
  const node = (side: 'source' | 'target', name: string, box: { y: number; h: number; value: number; lines: readonly string[] }, x: number, fill: string, labelX: number, anchor: string) =>
    `<g class="node" data-side="${side}" data-name="${esc(name)}" data-value="${box.value}"><rect x="${x}" y="${box.y.toFixed(1)}" width="${NODE}" height="${Math.max(1, box.h).toFixed(1)}" fill="${fill}"/>${label(labelX, box.y + box.h / 2, box.lines, anchor)}</g>`;
  for (const [name, box] of L) out.push(node('source', name, box, x0, '#1f2933', x0 - 6, 'end'));
  for (const [name, box] of R) out.push(node('target', name, box, x1, '#1b8a5a', x1 + NODE + 6, 'start'));
  out.push('</svg>');
  return out.join('\n');
}
