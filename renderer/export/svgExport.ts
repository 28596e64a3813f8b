import type { TFunction } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { Lang, Project, Workflow } from '../../engine/model/index.ts';
import { buildGraph } from '../canvas/buildGraph.ts';
import { edgeDecorations, roundedPath } from '../canvas/paths.ts';
import { END_ICON, ENROLLMENT_ICON, GROUP_COLORS, STEP_ICONS } from '../canvas/stepVisuals.ts';
import { SUMMARY_LINE, textWidth, wrapText } from '../canvas/cardText.ts';
import { escapeXml, svgMetadata } from './embed.ts';

export interface SvgExportInput {
  readonly layout: WorkflowLayout;
  readonly workflow: Workflow;
  readonly project: Project;
  readonly projectJson: string;
  readonly lang: Lang;
  readonly t: TFunction;
  readonly background: 'white' | 'transparent';
}

const PADDING = 32;
const HEADER = 44;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function fit(text: string, width: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A lucide icon as inline SVG paths at (x, y): the same drawing on every machine, no font involved. */
export function iconSvg(Icon: typeof ENROLLMENT_ICON, x: number, y: number, color: string, size = 15): string {
  return renderToStaticMarkup(createElement(Icon, { size, color, strokeWidth: 2 })).replace('<svg ', `<svg x="${x}" y="${y}" `);
}
const icon = iconSvg;

/**
 * The whole diagram as a standalone SVG, drawn from the layout rather than from the screen,
 * so it covers every step whatever the viewport; the project file rides in `<metadata>`.
 */
export function buildWorkflowSvg(input: SvgExportInput): { svg: string; width: number; height: number } {
  const { layout, workflow, project, lang, t } = input;
  const graph = buildGraph({ layout, workflow, project, findings: [], selected: null, search: '', lang, t });
  const width = Math.ceil(layout.width + PADDING * 2);
  const height = Math.ceil(layout.height + PADDING * 2 + HEADER);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    svgMetadata(input.projectJson, workflow.id),
    `<title>${escapeXml(workflow.name)}</title>`,
    '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="#9aa5b1"/></marker>',
    '<marker id="g" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="#7c4dce"/></marker>',
    '<filter id="s" x="-10%" y="-10%" width="120%" height="140%"><feDropShadow dx="0" dy="1" stdDeviation="1.5" flood-color="#1f2933" flood-opacity="0.10"/></filter></defs>',
  );
  if (input.background === 'white') out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${PADDING}" y="${PADDING + 14}" font-size="16" font-weight="600" fill="#1f2933">${escapeXml(workflow.name)}</text>`);
  out.push(`<g transform="translate(${PADDING} ${PADDING + HEADER})">`);

  for (const edge of graph.edges) {
    const data = edge.data!;
    const dash = data.goTo ? ' stroke-dasharray="5 4"' : '';
    out.push(`<path d="${roundedPath(data.points)}" fill="none" stroke="${data.goTo ? '#7c4dce' : '#9aa5b1'}" stroke-width="1.5"${dash} marker-end="url(#${data.goTo ? 'g' : 'a'})"/>`);
  }
  for (const edge of graph.edges) {
    const label = edge.data?.label;
    if (!label) continue;
    const at = edgeDecorations(edge.data!.points, label).label ?? label;
    const text = label.text === 'met' ? t('canvas.met') : label.text === 'not-met' ? t('canvas.notMet') : label.text;
    out.push(
      `<rect x="${at.x}" y="${at.y}" width="${label.width}" height="${label.height}" rx="10" fill="#eef1f5" stroke="#d3d8df"/>`,
      `<text x="${at.x + label.width / 2}" y="${at.y + 14}" font-size="11" font-weight="600" fill="#3e4c59" text-anchor="middle">${escapeXml(fit(text, label.width - 8, 6.2))}</text>`,
    );
  }

  for (const node of graph.nodes) {
    const { x, y } = node.position;
    const w = node.width ?? 0;
    const h = node.height ?? 0;
    if (node.type === 'end') {
      const r = Math.min(w, h) / 2;
      out.push(`<circle cx="${x + w / 2}" cy="${y + h / 2}" r="${r - 4}" fill="#ffffff" stroke="#9aa5b1" stroke-width="1.5"/>`);
      out.push(icon(END_ICON, x + w / 2 - 7.5, y + h / 2 - 7.5, '#9aa5b1'));
      continue;
    }
    const color = node.type === 'step' ? GROUP_COLORS[node.data.group] : '#1f2933';
    const title = node.type === 'step' ? node.data.title : t('canvas.enrollment');
    const summary = node.type === 'step' ? node.data.summary : node.data.triggers;
    const Icon = node.type === 'step' ? STEP_ICONS[node.data.kind] : ENROLLMENT_ICON;
    out.push(
      `<g filter="url(#s)"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="#ffffff" stroke="#d9dee5"/></g>`,
      `<rect x="${x}" y="${y + 6}" width="3" height="${h - 12}" rx="1.5" fill="${color}"/>`,
      `<rect x="${x + 12}" y="${y + 11}" width="24" height="24" rx="6" fill="${color}" fill-opacity="0.12"/>`,
      icon(Icon, x + 16.5, y + 15.5, color),
      `<text x="${x + 44}" y="${y + 28}" font-size="13" font-weight="600" fill="#1f2933">${escapeXml(fit(title, w - 56, 7.4))}</text>`,
      // Wrapped as on the card (cardText.ts), one line every 16 px: nothing cut short with "…".
      ...wrapText(summary, textWidth(w)).map((line, k) => `<text x="${x + 14}" y="${y + 56 + k * SUMMARY_LINE}" font-size="12" fill="#52606d">${escapeXml(line)}</text>`),
    );
    if (node.type === 'step' && node.data.note) {
      out.push(
        `<rect x="${x + 10}" y="${y + h - 30}" width="${w - 20}" height="22" rx="4" fill="#fff8db"/>`,
        `<text x="${x + 18}" y="${y + h - 15}" font-size="11" fill="#7a5d00">${escapeXml(fit(node.data.note, w - 44, 6.3))}</text>`,
      );
    }
  }
  out.push('</g></svg>');
  return { svg: out.join('\n'), width, height };
}
