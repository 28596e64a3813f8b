import { Position } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { Finding } from '../../engine/lint/index.ts';
import { edgeKey, ENROLLMENT, findProperty, workflowEdges, type Lang, type Project, type Workflow } from '../../engine/model/index.ts';
import { formatDate } from '../i18n/format.ts';
import type { AnyFlowNode, WorkflowFlowEdge } from './nodeTypes.ts';
import { triggersText } from './cardText.ts';
import { stepGroup } from './stepVisuals.ts';
import { cardTitle } from '../../engine/cards/index.ts';
import { stepSummary } from './summary.ts';
import { withFormerWords } from '../hubspot/vocabulary.ts';

export interface GraphInput {
  readonly layout: WorkflowLayout;
  readonly workflow: Workflow;
  readonly project: Project;
  readonly findings: readonly Finding[];
  readonly selected: string | null;
  readonly search: string;
  readonly lang: Lang;
  readonly t: TFunction;
}

interface Counts {
  errors: number;
  warnings: number;
}

function countsByStep(findings: readonly Finding[], workflow: Workflow): { steps: Map<string, Counts>; workflow: Counts } {
  const steps = new Map<string, Counts>();
  const whole: Counts = { errors: 0, warnings: 0 };
  for (const f of findings) {
    if (f.workflow !== workflow.id || f.severity === 'info') continue;
    const targets = f.steps.length > 0 ? f.steps : [null];
    for (const id of targets) {
      const c = id === null ? whole : steps.get(id) ?? { errors: 0, warnings: 0 };
      if (f.severity === 'error') c.errors++;
      else c.warnings++;
      if (id !== null) steps.set(id, c);
    }
  }
  return { steps, workflow: whole };
}

/** The text a search looks through: title, summary, note and kind. */
export function searchText(title: string, summary: string, note: string, kind: string): string {
  return withFormerWords(`${title}\n${summary}\n${note}\n${kind}`.toLocaleLowerCase());
}

export function enrollmentTypeLabel(workflow: Workflow, project: Project, lang: Lang, t: TFunction): string {
  const timing = workflow.timing;
  if (timing.type === 'fixed-date') return t('canvas.fixedDate', { date: formatDate(timing.anchorDate, lang) });
  if (timing.type === 'date-property') {
    return t('canvas.dateProperty', { property: findProperty(project.properties, timing.anchorProperty)?.label[lang] ?? timing.anchorProperty });
  }
  return t('canvas.contactBased');
}

/** React Flow nodes and edges from the engine's layout: positions come only from there. */
export function buildGraph(input: GraphInput): { nodes: AnyFlowNode[]; edges: WorkflowFlowEdge[]; matches: string[] } {
  const { layout, workflow, project, lang, t } = input;
  const steps = new Map(workflow.steps.map((s) => [s.id as string, s]));
  const counts = countsByStep(input.findings, workflow);
  const query = input.search.trim().toLocaleLowerCase();
  const matches: string[] = [];
  const nodes: AnyFlowNode[] = [];
  for (const n of layout.nodes) {
    // Declared handles: React Flow would otherwise forget measured ones whenever a controlled node changes.
    const handles = [
      { type: 'target' as const, position: Position.Top, x: n.width / 2, y: 0, width: 1, height: 1 },
      { type: 'source' as const, position: Position.Bottom, x: n.width / 2, y: n.height, width: 1, height: 1 },
    ];
    const common = { id: n.id, position: { x: n.x, y: n.y }, width: n.width, height: n.height, handles, draggable: false, connectable: false };
    if (n.kind === 'enrollment') {
      const triggers = triggersText(workflow, project, lang);
      nodes.push({
        ...common,
        type: 'enrollment',
        selected: input.selected === ENROLLMENT,
        data: { typeLabel: enrollmentTypeLabel(workflow, project, lang, t), triggers, ...counts.workflow },
      });
    } else if (n.kind === 'step' && n.stepId) {
      const step = steps.get(n.stepId);
      if (!step) continue;
      // The language as given, not read back from t for each of thousands of cards.
      const title = cardTitle(step, lang);
      const summary = stepSummary(step, { project, workflow, lang, t });
      const note = step.note?.trim() ?? '';
      const matched = query !== '' && searchText(title, summary, note, t(`kinds.${step.kind}`)).includes(query);
      if (matched) matches.push(step.id);
      const c = counts.steps.get(step.id) ?? { errors: 0, warnings: 0 };
      nodes.push({
        ...common,
        type: 'step',
        selected: input.selected === step.id,
        data: { stepId: step.id, kind: step.kind, group: stepGroup(step.kind), title, summary, note, ...c, matched, dimmed: query !== '' && !matched },
      });
    } else {
      nodes.push({ ...common, type: 'end', selectable: false, data: {} });
    }
  }
  const refs = new Map(workflowEdges(workflow).map((e) => [edgeKey(e), e]));
  const edges: WorkflowFlowEdge[] = layout.edges.map((e) => {
    const ref = refs.get(e.key);
    return {
      id: e.key,
      source: e.source,
      target: e.target,
      type: 'flow',
      selectable: false,
      focusable: false,
      markerEnd: e.goTo ? 'fb-arrow-goto' : 'fb-arrow',
      data: { points: e.points, label: e.label, goTo: e.goTo, at: ref && !e.goTo ? { from: ref.from, slot: ref.slot } : undefined },
    };
  });
  return { nodes, edges, matches };
}

/**
 * `nodes` with `selected` marking the selected card only: the same objects for every other card,
 * so a click on a workflow of thousands of cards rebuilds nothing (React Flow compares by identity).
 */
export function withSelection(nodes: readonly AnyFlowNode[], selected: string | null): AnyFlowNode[] {
  return nodes.map((n) => {
    const on = n.type !== 'end' && n.id === selected;
    return (n.selected ?? false) === on ? n : { ...n, selected: on };
  });
}
