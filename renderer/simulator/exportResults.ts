import type { TFunction } from 'i18next';
import { Check, Hourglass, Mail } from 'lucide-react';
import { stepFigures } from '../../engine/results/index.ts';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import { saveProject } from '../../engine/io/index.ts';
import type { Lang, Project, Workflow } from '../../engine/model/index.ts';
import { edgeDecorations, roundedPath } from '../canvas/paths.ts';
import { layoutForDrawing } from '../canvas/useLayout.ts';
import { escapeXml } from '../export/embed.ts';
import { fileName } from '../export/exporters.ts';
import { svgToPng } from '../export/pngExport.ts';
import { buildWorkflowSvg, iconSvg } from '../export/svgExport.ts';
import { dayNumber } from '../../engine/study/index.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Platform } from '../platform/index.ts';
import type { SimClient } from './client.ts';
import { flowWidth } from './overlay-geometry.ts';
import type { Frame, RunMeta } from './protocol.ts';
import { formatInstant, minuteToMs } from './time.ts';
import { stepIndexFor } from './useStepIndex.ts';
import { cellKey, type Figure, type StudyAt } from '../study/figures.ts';
import { shown } from '../study/Interval.tsx';

/**
 * Exports of a run: the results CSV (one row per enrollment, the CLI's `--csv` columns, built by
 * the same engine function inside the worker), the JSON summary, and the diagram with the counts
 * of the current instant (the editor's SVG exporter, with an overlay drawn in its coordinates).
 */

export async function saveResults(client: SimClient, format: 'csv' | 'json', project: Project, lang: Lang, platform: Platform): Promise<string> {
  const text = await client.exportText(format, lang);
  const name = fileName(`${project.name} – simulation`, format);
  await platform.saveFile(name, new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
  return name;
}

/**
 * SVG elements for the counts of one instant, in layout coordinates. With a study of the run
 * (`study`), each count is its mean with its 90 % interval, as the canvas badges show them.
 */
export function countsOverlay(layout: WorkflowLayout, workflow: Workflow, meta: RunMeta, frame: Frame, lang: Lang, caption: string, study: StudyAt | null = null): string {
  const index = stepIndexFor(meta, workflow.id);
  const fig = (key: string): Figure | null => study?.figure(key) ?? null;
  const edgeFigure = (key: string) => fig(cellKey.edge(workflow.id, key));
  const count = (key: string) => {
    const k = index.edges.get(key);
    return shown(k === undefined ? 0 : frame.edges[k]!, edgeFigure(key));
  };
  // "21" or, with a study, "21 (13–33)"; no range where every run gave the same count (as the canvas).
  const text = (n: number, f: Figure | null) =>
    f && f.lo !== f.hi ? `${formatNumber(n, lang)} (${formatNumber(f.lo, lang)}\u2013${formatNumber(f.hi, lang)})` : formatNumber(n, lang);
  const busiest = Math.max(1, ...layout.edges.map((e) => count(e.key)));
  const out: string[] = [`<g class="flowbench-counts">`, `<text x="${layout.width}" y="-14" font-size="12" fill="#52606d" text-anchor="end">${escapeXml(caption)}</text>`];
  for (const e of layout.edges) {
    const width = flowWidth(count(e.key), busiest);
    if (width > 0) out.push(`<path d="${roundedPath(e.points)}" fill="none" stroke="#2f6fde" stroke-opacity="0.28" stroke-width="${width.toFixed(1)}" stroke-linecap="round"/>`);
  }
  for (const e of layout.edges) {
    const n = count(e.key);
    const f = edgeFigure(e.key);
    if ((n === 0 && !(f && f.hi > 0)) || e.goTo) continue;
    const at = edgeDecorations(e.points, e.label).plus;
    const label = text(n, f);
    const w = label.length * 7 + 14;
    out.push(`<rect x="${at.x - w / 2}" y="${at.y - 10}" width="${w}" height="20" rx="10" fill="#ffffff" stroke="#2f6fde"/>`, `<text x="${at.x}" y="${at.y + 4}" font-size="11" font-weight="600" fill="#1d4fa3" text-anchor="middle">${escapeXml(label)}</text>`);
  }
  const sends = new Set(workflow.steps.filter((s) => s.kind === 'send-email').map((s) => s.id));
  for (const n of layout.nodes) {
    const s = n.stepId ? index.steps.get(n.stepId) : undefined;
    if (s === undefined) continue;
    // The canvas badge, drawn: icons as SVG paths (no emoji: fonts without them show an empty box).
    const run = stepFigures(frame, s);
    const fw = fig(cellKey.step(workflow.id, n.stepId!, 'waiting'));
    const fp = fig(cellKey.step(workflow.id, n.stepId!, 'passed'));
    const fs = fig(cellKey.email(workflow.id, n.stepId!, 'sent'));
    const f = { waiting: shown(run.waiting, fw), passed: shown(run.passed, fp), sent: shown(run.sent, fs) };
    const parts = [
      { icon: Hourglass, text: text(f.waiting, fw) },
      { icon: Check, text: text(f.passed, fp) },
      ...(sends.has(n.stepId!) ? [{ icon: Mail, text: text(f.sent, fs) }] : []),
    ].map((p) => ({ ...p, width: 8 + 11 + 4 + p.text.length * 6.6 + 8 }));
    const w = parts.reduce((sum, p) => sum + p.width, 0);
    let x = n.x + n.width - 12 - w;
    const fg = (k: number) => (k === 0 && f.waiting > 0 ? '#ffffff' : '#1d4fa3');
    out.push(`<g data-step="${escapeXml(n.stepId!)}">`, `<rect x="${x}" y="${n.y - 11}" width="${w}" height="22" rx="11" fill="#ffffff" stroke="#2f6fde"/>`);
    if (f.waiting > 0) out.push(`<path d="M${x + 11},${n.y - 11} h${parts[0]!.width - 11} v22 h-${parts[0]!.width - 11} a11,11 0 0 1 0,-22 z" fill="#2f6fde"/>`);
    parts.forEach((p, k) => {
      out.push(iconSvg(p.icon, x + 8, n.y - 5.5, fg(k), 11), `<text x="${x + 8 + 11 + 4}" y="${n.y + 4}" font-size="11" font-weight="600" fill="${fg(k)}">${escapeXml(p.text)}</text>`);
      x += p.width;
    });
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('\n');
}

export interface DiagramRequest {
  readonly format: 'svg' | 'png';
  readonly project: Project;
  readonly workflow: Workflow;
  readonly meta: RunMeta;
  readonly frame: Frame;
  /** The study of the run, at the day of the frame: means and intervals instead of the run's counts. */
  readonly study?: StudyAt | null;
  readonly lang: Lang;
  readonly t: TFunction;
}

/** The diagram with this instant's counts, as SVG or PNG (2x), the project embedded as usual. */
export async function saveDiagramWithCounts(request: DiagramRequest, platform: Platform): Promise<string> {
  const { project, workflow, meta, frame, lang, t } = request;
  const study = request.study ?? null;
  const projectJson = saveProject(project);
  const layout = await layoutForDrawing(workflow, project, lang, t);
  const base = buildWorkflowSvg({ layout, workflow, project, projectJson, lang, t, background: 'white' });
  const caption = study
    ? t('sim.countsStudy', { day: formatNumber(dayNumber(study.day), lang), count: study.result.replications })
    : t('sim.countsAt', { date: formatInstant(minuteToMs(meta.startMs, frame.minute), meta.timeZone, lang) });
  // The exporter's drawing ends with its translated group: the overlay goes inside it.
  const end = base.svg.lastIndexOf('</g></svg>');
  const svg = `${base.svg.slice(0, end)}${countsOverlay(layout, workflow, meta, frame, lang, caption, study)}\n</g></svg>`;
  // Sortable and safe on every OS: "2026-01-17 09h30".
  const stamp = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: meta.timeZone }).format(minuteToMs(meta.startMs, frame.minute)).replace(':', 'h');
  const name = fileName(`${workflow.name} – ${stamp}`, request.format);
  if (request.format === 'svg') await platform.saveFile(name, new Blob([svg], { type: 'image/svg+xml' }));
  else await platform.saveFile(name, await svgToPng(svg, base, { scale: 2, background: 'white', projectJson, workflowId: workflow.id }));
  return name;
}
