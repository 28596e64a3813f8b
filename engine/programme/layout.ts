import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { defaultLabelSize, type ElkLayout, type Point, type Size } from '../layout/index.ts';
import type { ProgrammeMap } from './types.ts';

/** Layered, top to bottom, like a workflow; spaced wider: labels sit on long edges between cards. */
const PROGRAMME_ELK_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.spacing.nodeNode': '48',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '16',
  'elk.spacing.edgeLabel': '6',
  'elk.edgeLabels.inline': 'false',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

export const PROGRAMME_CARD: Size = { width: 280, height: 112 };

export interface ProgrammeLayoutNode {
  readonly workflow: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ProgrammeLayoutEdge {
  readonly key: string;
  readonly points: readonly Point[];
  /** The label's text and box (top-left corner), as given by `label`. */
  readonly label: { readonly text: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface ProgrammeLayout {
  readonly nodes: readonly ProgrammeLayoutNode[];
  readonly edges: readonly ProgrammeLayoutEdge[];
  readonly width: number;
  readonly height: number;
}

export interface ProgrammeLayoutOptions {
  /** An edge's label text (edgeLabel in the reader's language, with its count after a run). */
  readonly label: (key: string) => string;
  readonly labelSize?: (text: string) => Size;
  readonly card?: Size;
  /** Who runs ELK: `elkInThisThread` (CLI, tests) or the app's layout worker (so the page never loads ELK). */
  readonly elk: ElkLayout;
}

/** Positions the workflow cards and routes the labelled edges between them (the session's ELK). */
export async function layoutProgramme(map: ProgrammeMap, options: ProgrammeLayoutOptions): Promise<ProgrammeLayout> {
  const card = options.card ?? PROGRAMME_CARD;
  const measure = options.labelSize ?? defaultLabelSize;
  const children: ElkNode[] = map.nodes.map((n) => ({ id: n.workflow, ...card }));
  const edges: ElkExtendedEdge[] = map.edges.map((e) => {
    const text = options.label(e.key);
    return { id: e.key, sources: [e.from], targets: [e.to], labels: [{ text, ...measure(text) }] };
  });
  const graph: ElkNode = { id: 'programme', layoutOptions: PROGRAMME_ELK_OPTIONS, children, edges };
  const result = await options.elk(graph);
  const nodes = (result.children ?? []).map((c) => ({ workflow: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? card.width, height: c.height ?? card.height }));
  const laid = (result.edges ?? []).map((e) => {
    const section = e.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y })) : [];
    const l = e.labels?.[0];
    const text = l?.text ?? options.label(e.id);
    return { key: e.id, points, label: { text, x: l?.x ?? 0, y: l?.y ?? 0, width: l?.width ?? measure(text).width, height: l?.height ?? measure(text).height } };
  });
  return { nodes, edges: laid, width: result.width ?? 0, height: result.height ?? 0 };
}
