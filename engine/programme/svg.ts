import type { ElkLayout } from '../layout/index.ts';
import { oneLine, type Lang, type Project } from '../model/index.ts';
import { escapeMarkup, formatCount, wrapWords } from './escape.ts';
import { edgeText, triggerSummary } from './labels.ts';
import { layoutProgramme, type ProgrammeLayout } from './layout.ts';
import type { ProgrammeMap } from './types.ts';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** About 6.6 px per character at 12 px: the cards wrap their trigger summary on it. */
const CHAR = 6.6;

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export interface ProgrammeSvgInput {
  readonly project: Project;
  /** The map, with counts after a run (withCounts) and intervals when there are replications. */
  readonly map: ProgrammeMap;
  readonly layout: ProgrammeLayout;
  readonly lang: Lang;
  /** Wording of "enrolled" on a card after a run (n: the count, for plurals; formatted: with its range after replications); default "N inscrits" / "N enrolled". */
  readonly enrolledText?: (n: number, formatted: string) => string;
}

/**
 * The programme map as standalone SVG: one card per workflow (name, trigger summary, enrollments
 * after a run), labelled edges between them. Cards carry `data-workflow`, edges `data-edge` and
 * `data-to`, so a view can follow a click; every user text is escaped. The map view and the
 * report draw the same picture.
 */
export function programmeSvg(input: ProgrammeSvgInput): { svg: string; width: number; height: number } {
  const { project, map, layout, lang } = input;
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const enrolled = input.enrolledText ?? ((_n: number, formatted: string) => (lang === 'fr' ? `${formatted} inscrits` : `${formatted} enrolled`));
  const edges = new Map(map.edges.map((e) => [e.key, e]));
  const workflows = new Map(project.workflows.map((w) => [w.id as string, w]));
  const nodes = new Map(map.nodes.map((n) => [n.workflow as string, n]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="fb-programme-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeMarkup(FONT)}">`,
    '<defs><marker id="pm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="#7b8794"/></marker></defs>',
  ];
  for (const e of layout.edges) {
    const edge = edges.get(e.key);
    if (!edge || e.points.length === 0) continue;
    const text = edgeText(edge, project, lang);
    const l = e.label;
    out.push(
      `<g class="pm-edge" data-edge="${escapeMarkup(e.key)}" data-to="${escapeMarkup(edge.to)}" data-kind="${edge.kind}" tabindex="0" role="button" aria-label="${escapeMarkup(text)}">`,
      `<path d="${path(e.points)}" fill="none" stroke="#7b8794" stroke-width="1.5" marker-end="url(#pm-arrow)"/>`,
      `<rect x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" width="${l.width.toFixed(1)}" height="${l.height.toFixed(1)}" rx="9" fill="#eef1f5" stroke="#cbd2d9"/>`,
      `<text x="${(l.x + l.width / 2).toFixed(1)}" y="${(l.y + l.height / 2 + 4).toFixed(1)}" font-size="11" fill="#3e4c59" text-anchor="middle">${escapeMarkup(text)}</text>`,
      '</g>',
    );
  }
  for (const n of layout.nodes) {
    const workflow = workflows.get(n.workflow);
    const node = nodes.get(n.workflow);
    if (!workflow || !node) continue;
    // On one line, no control character: a line break in the name no longer splits the card's tooltip.
    const name = oneLine(workflow.name);
    const names = wrapWords(name, Math.floor((n.width - 24) / 7.6), 2);
    const trigger = triggerSummary(workflow, project, lang);
    const lines = wrapWords(trigger, Math.floor((n.width - 24) / CHAR), (node.enrolled === undefined ? 4 : 3) - names.length);
    const top = n.y + 22 + (names.length - 1) * 17;
    const muted = workflow.enabled ? '' : ' opacity="0.6"';
    out.push(
      `<g class="pm-card" data-workflow="${escapeMarkup(workflow.id)}" tabindex="0" role="button" aria-label="${escapeMarkup(name)}"${muted}>`,
      `<title>${escapeMarkup(`${name}\n${oneLine(trigger)}`)}</title>`,
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="#ffffff" stroke="#cbd2d9"/>`,
      `<rect x="${n.x}" y="${n.y + 6}" width="3" height="${n.height - 12}" rx="1.5" fill="#2f6fde"/>`,
      ...names.map((line, k) => `<text x="${n.x + 14}" y="${n.y + 22 + k * 17}" font-size="13" font-weight="600" fill="#1f2933">${escapeMarkup(line)}</text>`),
      ...lines.map((line, k) => `<text x="${n.x + 14}" y="${top + 20 + k * 15}" font-size="12" fill="#52606d">${escapeMarkup(line)}</text>`),
    );
    if (node.enrolled !== undefined) {
      // After replications, the mean and its range, as on the links: "61 (55–68) inscrits".
      const range = node.enrolledInterval;
      const count = range ? Math.round(range.mean) : node.enrolled;
      const text = range && range.low !== range.high ? `${formatCount(range.mean, lang)} (${formatCount(range.low, lang)}–${formatCount(range.high, lang)})` : formatCount(count, lang);
      out.push(`<text x="${n.x + 14}" y="${n.y + n.height - 10}" font-size="12" font-weight="600" fill="#1d4fa3">${escapeMarkup(enrolled(count, text))}</text>`);
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}

/** Lays the map out and draws it: what the map view and the report call. */
export async function drawProgramme(
  project: Project,
  map: ProgrammeMap,
  lang: Lang,
  options: { readonly enrolledText?: (n: number, formatted: string) => string; readonly elk: ElkLayout },
): Promise<{ svg: string; width: number; height: number }> {
  const { enrolledText, elk } = options;
  const edges = new Map(map.edges.map((e) => [e.key, e]));
  const layout = await layoutProgramme(map, {
    label: (key) => edgeText(edges.get(key)!, project, lang),
    labelSize: (text) => ({ width: Math.ceil(text.length * 6.2) + 18, height: 18 }),
    elk,
  });
  return programmeSvg({ project, map, layout, lang, ...(enrolledText ? { enrolledText } : {}) });
}
