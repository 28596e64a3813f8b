import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import { elkInThisThread, type ElkLayout } from './elk-engine.ts';
import { edgeKey, type Workflow } from '../model/index.ts';
import { buildElkGraph } from './elk-graph.ts';
import { routeGoTos } from './go-to-routes.ts';
import { treeLayout } from './tree-layout.ts';
import {
  defaultLabelSize,
  defaultNodeSizes,
  type LayoutEdge,
  type LayoutNode,
  type LayoutOptions,
  type NodeSizes,
  type Point,
  type WorkflowLayout,
} from './types.ts';

/**
 * Above this many boxes (cards and path ends), a workflow is drawn by `treeLayout` rather than
 * ELK, whose layered layout grows faster than the graph. On generated workflows
 * (scripts/bench/layout.bench.ts, the shared 2-core machine under load) ELK took 5 s at 1,000
 * steps (1,192 boxes), 85 s at 5,000 and had not finished after minutes at 12,000; the tree
 * layout 0.1 s, 1 s and 2 s. The canvas lays out again after every edit: ELK is kept for the
 * workflows it lays out in a few seconds at most.
 */
export const LARGE_LAYOUT_NODES = 1000;

/**
 * Positions every card, end marker and edge of a workflow. Go-to jumps take no part in the
 * layering (they would pull the tree out of shape) and are routed around it afterwards.
 */
export function layoutWorkflow(workflow: Workflow, sizes: NodeSizes = defaultNodeSizes, options: LayoutOptions = {}): Promise<WorkflowLayout> {
  return layoutWorkflowWith(elkInThisThread, workflow, sizes, options);
}

/** `layoutWorkflow` with ELK run by `elk` (the app's report: its layout worker, so the page never loads ELK). */
export async function layoutWorkflowWith(elk: ElkLayout, workflow: Workflow, sizes: NodeSizes = defaultNodeSizes, options: LayoutOptions = {}): Promise<WorkflowLayout> {
  const plan = buildElkGraph(workflow, sizes, options.labelSize ?? defaultLabelSize);
  if (plan.nodes.length > (options.maxLayeredNodes ?? LARGE_LAYOUT_NODES)) return treeLayout(plan);
  const result = await elk(plan.graph);

  const boxes = new Map((result.children ?? []).map((c) => [c.id, c]));
  const nodes: LayoutNode[] = plan.nodes.map((d) => {
    const box = boxes.get(d.id);
    return { ...d, x: box?.x ?? 0, y: box?.y ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const treeEdges: LayoutEdge[] = (result.edges ?? []).flatMap((e) => {
    const meta = plan.treeEdges.get(e.id);
    const source = meta && byId.get(meta.source);
    const target = meta && byId.get(meta.target);
    if (!meta || !source || !target) return [];
    const label = e.labels?.[0];
    return [
      {
        key: e.id,
        source: source.id,
        target: target.id,
        points: edgePoints(e, source, target),
        ...(meta.edge.label !== undefined && label
          ? { label: { text: meta.edge.label, x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } }
          : {}),
        goTo: false,
      },
    ];
  });

  const width = result.width ?? 0;
  const height = result.height ?? 0;
  const goTos = routeGoTos(plan.goToEdges.map((e) => ({ key: edgeKey(e), source: e.from, target: e.to! })), nodes, width);
  return { nodes, edges: [...treeEdges, ...goTos.edges], width: Math.max(width, goTos.right), height };
}

/**
 * ELK's route, its ends pinned on the cards' borders: ports sit just outside the box, so the
 * first and last points are pulled onto the bottom and top sides along their segment.
 */
function edgePoints(edge: ElkExtendedEdge, source: LayoutNode, target: LayoutNode): Point[] {
  const section = edge.sections?.[0];
  if (!section) return straight(source, target);
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
  points[0] = { x: points[0]!.x, y: source.y + source.height };
  points[points.length - 1] = { x: points.at(-1)!.x, y: target.y };
  return points;
}

function straight(source: LayoutNode, target: LayoutNode): Point[] {
  const x = source.x + source.width / 2;
  return [
    { x, y: source.y + source.height },
    { x, y: target.y },
  ];
}

