import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api.js';
import { edgeKey, ENROLLMENT, isGoToEdge, outgoingEdges, stepIndex, type Edge, type StepId, type Workflow } from '../model/index.ts';
import type { NodeDescriptor, NodeSizes, Size } from './types.ts';

/**
 * Layered, top to bottom, orthogonal. The node and edge order of the ELK graph is a depth-first
 * walk taking branches in display order, and ELK is told to keep that order: together with the
 * fixed port order on branch steps, branch 1 stays leftmost and the default rightmost.
 */
export const ELK_OPTIONS: ElkOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

/** What the ELK graph stands for, to read its result back. */
export interface GraphPlan {
  readonly graph: ElkNode & { children: ElkNode[]; edges: ElkExtendedEdge[] };
  readonly nodes: readonly NodeDescriptor[];
  /** Tree edges by ELK edge id (the edge key), each with the node id its target became. */
  readonly treeEdges: ReadonlyMap<string, { readonly edge: Edge; readonly source: string; readonly target: string }>;
  readonly goToEdges: readonly Edge[];
}

export const endNodeId = (edge: Pick<Edge, 'from' | 'slot'>) => `end:${edgeKey(edge)}`;
const inPort = (node: string) => `${node}>in`;
const outPort = (edge: Pick<Edge, 'from' | 'slot'>) => `${edgeKey(edge)}>out`;

export function buildElkGraph(workflow: Workflow, sizes: NodeSizes, labelSize: (text: string) => Size): GraphPlan {
  const byId = stepIndex(workflow);
  const nodes: NodeDescriptor[] = [];
  const children: ElkNode[] = [];
  const edges: ElkExtendedEdge[] = [];
  const treeEdges = new Map<string, { edge: Edge; source: string; target: string }>();
  const goToEdges: Edge[] = [];
  const placed = new Set<string>();

  const addNode = (d: NodeDescriptor, out: readonly Edge[]) => {
    nodes.push(d);
    placed.add(d.id);
    const ports: ElkPort[] = d.kind === 'enrollment' ? [] : [side(inPort(d.id), 'NORTH', 0)];
    // Clockwise numbering runs right to left along the south side: the first branch gets the last index.
    const base = ports.length;
    out.forEach((e, i) => ports.push(side(outPort(e), 'SOUTH', base + out.length - 1 - i)));
    children.push({ id: d.id, ...sizes(d), ports, layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' } });
  };

  // Iterative depth-first walk: a 300-step chain would be deep for recursion in a worker.
  const visit = (root: NodeDescriptor, rootEdges: readonly Edge[]) => {
    const stack: { node: NodeDescriptor; out: readonly Edge[] }[] = [{ node: root, out: rootEdges }];
    while (stack.length > 0) {
      const { node, out } = stack.pop()!;
      if (placed.has(node.id)) continue;
      const tree = out.filter((e) => !isGoToEdge(e));
      goToEdges.push(...out.filter(isGoToEdge));
      addNode(node, tree);
      const pending: { node: NodeDescriptor; out: readonly Edge[] }[] = [];
      for (const edge of tree) {
        const target = edge.to ?? endNodeId(edge);
        const key = edgeKey(edge);
        treeEdges.set(key, { edge, source: node.id, target });
        const label = edge.label === undefined ? [] : [{ text: edge.label, ...labelSize(edge.label) }];
        edges.push({ id: key, sources: [outPort(edge)], targets: [inPort(target)], labels: label });
        if (edge.to === null) pending.push({ node: { id: target, kind: 'end' }, out: [] });
        else {
          const step = byId.get(edge.to);
          if (step) pending.push({ node: { id: step.id, kind: 'step', stepId: step.id }, out: outgoingEdges(step) });
        }
      }
      stack.push(...pending.reverse());
    }
  };

  visit({ id: ENROLLMENT, kind: 'enrollment' }, [{ from: ENROLLMENT, slot: { kind: 'next' }, to: workflow.start }]);
  // Steps no tree edge reaches (only a go-to, or nothing) still get a card.
  for (const step of workflow.steps) visit({ id: step.id, kind: 'step', stepId: step.id }, outgoingEdges(step));
  // An edge to a step missing from the workflow has no card to end on: drop it (lint reports it).
  const existing = (id: StepId | null) => id !== null && byId.has(id);
  const dangling = edges.filter((e) => !placed.has(targetNodeOf(e)));
  for (const e of dangling) treeEdges.delete(e.id);

  return {
    graph: { id: 'root', layoutOptions: ELK_OPTIONS, children, edges: edges.filter((e) => !dangling.includes(e)) },
    nodes,
    treeEdges,
    goToEdges: goToEdges.filter((e) => existing(e.to)),
  };
}

function side(id: string, portSide: 'NORTH' | 'SOUTH', index: number): ElkPort {
  return { id, width: 1, height: 1, layoutOptions: { 'elk.port.side': portSide, 'elk.port.index': String(index) } };
}

function targetNodeOf(edge: ElkExtendedEdge): string {
  const port = edge.targets[0] ?? '';
  return port.endsWith('>in') ? port.slice(0, -3) : port;
}
