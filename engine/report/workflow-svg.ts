import { layoutWorkflowWith, type ElkLayout, type LayoutEdge, type NodeSizes } from '../layout/index.ts';
import { stepSummary } from '../lint/labels.ts';
import { oneLine, type Lang, type Project, type Workflow } from '../model/index.ts';
import { formatCount, triggerSummary, wrapWords } from '../programme/index.ts';
import { esc } from './markup.ts';
import type { WorkflowRun } from './types.ts';
import { KIND_WORDS, words } from './words.ts';

const SIZES: NodeSizes = (node) => (node.kind === 'enrollment' ? { width: 300, height: 88 } : node.kind === 'end' ? { width: 28, height: 28 } : { width: 260, height: 84 });
const PAD = 16;

function path(points: LayoutEdge['points']): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

function pill(x: number, y: number, text: string, color: string): string {
  const w = text.length * 6.8 + 14;
  return `<rect x="${(x - w / 2).toFixed(1)}" y="${(y - 10).toFixed(1)}" width="${w.toFixed(1)}" height="20" rx="10" fill="#ffffff" stroke="${color}"/><text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="11" font-weight="600" fill="${color}" text-anchor="middle">${esc(text)}</text>`;
}

/** Where a path's count sits: the middle of its last segment, which ends on the card it leads to. */
function countAt(points: LayoutEdge['points']): { x: number; y: number } {
  const a = points[points.length - 2] ?? points[0]!;
  const b = points[points.length - 1]!;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * One workflow's diagram as SVG for the report, laid out by the engine (the canvas's layout):
 * the enrollment card with its triggers, each step with its title and summary, branch names,
 * and after a run the contacts that reached each step and took each path.
 */
export async function workflowSvg(workflow: Workflow, project: Project, lang: Lang, elk: ElkLayout, run?: WorkflowRun): Promise<{ svg: string; width: number; height: number }> {
  const w = words(lang);
  const layout = await layoutWorkflowWith(elk, workflow, SIZES);
  const width = Math.ceil(layout.width + PAD * 2);
  const height = Math.ceil(layout.height + PAD * 2);
  const steps = new Map(workflow.steps.map((s) => [s.id as string, s]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="workflow-svg" data-workflow="${esc(workflow.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(workflow.name)}</title>`,
    '<defs><marker id="wf-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="#9aa5b1"/></marker></defs>',
    `<g transform="translate(${PAD} ${PAD})">`,
  ];
  for (const e of layout.edges) {
    out.push(`<path d="${path(e.points)}" fill="none" stroke="${e.goTo ? '#7c4dce' : '#9aa5b1'}" stroke-width="1.5"${e.goTo ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#wf-arrow)"/>`);
  }
  for (const e of layout.edges) {
    if (e.label) {
      const text = e.label.text === 'met' ? w.met : e.label.text === 'not-met' ? w.notMet : e.label.text;
      out.push(
        `<rect x="${e.label.x}" y="${e.label.y}" width="${e.label.width}" height="${e.label.height}" rx="9" fill="#eef1f5" stroke="#d3d8df"/>`,
        `<text x="${e.label.x + e.label.width / 2}" y="${e.label.y + 14}" font-size="11" fill="#3e4c59" text-anchor="middle">${esc(wrapWords(oneLine(text), Math.floor(e.label.width / 6.2), 1)[0] ?? '')}</text>`,
      );
    }
    const count = run?.edges[e.key];
    if (count !== undefined && count > 0 && !e.goTo) {
      const at = countAt(e.points);
      out.push(`<g class="edge-count" data-edge="${esc(e.key)}" data-value="${count}">${pill(at.x, at.y, formatCount(count, lang), '#1d4fa3')}</g>`);
    }
  }
  for (const n of layout.nodes) {
    if (n.kind === 'end') {
      out.push(`<circle cx="${n.x + n.width / 2}" cy="${n.y + n.height / 2}" r="${n.width / 2 - 4}" fill="#ffffff" stroke="#9aa5b1" stroke-width="1.5"/>`);
      continue;
    }
    const step = n.stepId ? steps.get(n.stepId) : undefined;
    // A title of nothing but controls is no title: the kind's name stands instead.
    const title = step ? (oneLine(step.title ?? '').trim() || KIND_WORDS[step.kind][lang]) : w.enrollment;
    const summary = step ? stepSummary(step, project)[lang] : triggerSummary(workflow, project, lang);
    const color = step ? '#2f6fde' : '#1f2933';
    out.push(
      `<g class="step"${step ? ` data-step="${esc(step.id)}"` : ' data-step="__enrollment__"'}>`,
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="#ffffff" stroke="#cbd2d9"/>`,
      `<rect x="${n.x}" y="${n.y + 6}" width="3" height="${n.height - 12}" rx="1.5" fill="${color}"/>`,
      `<text x="${n.x + 14}" y="${n.y + 22}" font-size="13" font-weight="600" fill="#1f2933">${esc(wrapWords(title, Math.floor((n.width - 90) / 7.4), 1)[0] ?? '')}</text>`,
      ...wrapWords(oneLine(summary), Math.floor((n.width - 24) / 6.6), 3).map((line, k) => `<text x="${n.x + 14}" y="${n.y + 42 + k * 15}" font-size="12" fill="#52606d">${esc(line)}</text>`),
    );
    const reached = step ? run?.entered[step.id] : run?.end.enrolled;
    if (reached !== undefined) {
      out.push(`<g class="step-count" data-value="${reached}">${pill(n.x + n.width - 40, n.y + 16, formatCount(reached, lang), '#1d4fa3')}</g>`);
    }
    out.push('</g>');
  }
  out.push('</g></svg>');
  return { svg: out.join('\n'), width, height };
}
