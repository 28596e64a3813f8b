import { edgeKey, ENROLLMENT, workflowEdges, type Workflow } from '../../../engine/model/index.ts';
import type { LayoutNode, WorkflowLayout } from '../../../engine/layout/index.ts';
import { crossesInside, nodeById, onBorder, overlaps, segments } from './fixtures.ts';

/** The boxes a layout must hold: the enrollment, every step, and an end per path that ends. */
export function expectedNodeIds(w: Workflow): string[] {
  const ends = workflowEdges(w).filter((e) => e.to === null).map((e) => `end:${edgeKey(e)}`);
  return [ENROLLMENT, ...w.steps.map((st) => st.id), ...ends].sort();
}

type Rect = Pick<LayoutNode, 'x' | 'y' | 'width' | 'height'>;

const CELL = 512;

/** Boxes by grid cell, so that checking 16,000 cards against each other stays quick. */
class Grid {
  private readonly cells = new Map<string, LayoutNode[]>();
  constructor(nodes: readonly LayoutNode[]) {
    for (const n of nodes) for (const key of this.keys(n)) this.cells.set(key, [...(this.cells.get(key) ?? []), n]);
  }
  private *keys(r: Rect): Generator<string> {
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++)
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) yield `${i},${j}`;
  }
  near(r: Rect): Set<LayoutNode> {
    const found = new Set<LayoutNode>();
    for (const key of this.keys(r)) for (const n of this.cells.get(key) ?? []) found.add(n);
    return found;
  }
}

/**
 * What is wrong with a drawing, as sentences (none when it is well drawn): boxes that overlap,
 * slanted segments, edges that start or end off their cards or pass through a card, labels
 * over a card, anything outside the drawing's width and height.
 */
export function drawingProblems(layout: WorkflowLayout): string[] {
  const problems: string[] = [];
  const grid = new Grid(layout.nodes);
  const byId = nodeById(layout);
  for (const n of layout.nodes) {
    for (const m of grid.near(n)) if (m !== n && m.id < n.id && overlaps(n, m)) problems.push(`${n.id} overlaps ${m.id}`);
    if (n.x < 0 || n.y < 0 || n.x + n.width > layout.width || n.y + n.height > layout.height) problems.push(`${n.id} is outside the drawing`);
  }
  for (const edge of layout.edges) {
    const [source, target] = [byId.get(edge.source), byId.get(edge.target)];
    if (!source || !target) {
      problems.push(`${edge.key} joins a missing card`);
      continue;
    }
    if (!onBorder(edge.points[0]!, source)) problems.push(`${edge.key} starts off its source`);
    if (!onBorder(edge.points.at(-1)!, target)) problems.push(`${edge.key} ends off its target`);
    for (const [a, b] of segments(edge.points)) {
      if (a.x !== b.x && a.y !== b.y) problems.push(`${edge.key} has a slanted segment`);
      const box = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
      for (const n of grid.near(box)) if (crossesInside(a, b, n)) problems.push(`${edge.key} crosses ${n.id}`);
    }
    const label = edge.label;
    if (label) {
      for (const n of grid.near(label)) if (overlaps({ ...label, id: '', kind: 'end' }, n)) problems.push(`the label of ${edge.key} is over ${n.id}`);
      const ys = edge.points.map((p) => p.y);
      if (label.y < Math.min(...ys) || label.y + label.height > Math.max(...ys)) problems.push(`the label of ${edge.key} is away from its edge`);
    }
  }
  return problems;
}
