import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import { edgeKey } from '../model/index.ts';
import type { GraphPlan } from './elk-graph.ts';
import { routeGoTos, type GoToJump } from './go-to-routes.ts';
import type { LayoutEdge, LayoutNode, Point, WorkflowLayout } from './types.ts';

/** The same spacing as ELK_OPTIONS: between cards of a row, between rows, around the drawing. */
const GAP_X = 40;
const GAP_Y = 56;
const PADDING = 24;
/** Between a branch label and the edge it names, and between a label and the lines around it. */
const LABEL_GAP = 4;

/**
 * A tidy tree drawn by hand, in time linear in the number of cards: what the canvas shows of a
 * workflow too large for ELK to lay out quickly (`LARGE_LAYOUT_NODES`). A workflow's tree edges
 * form a tree (go-tos are routed afterwards), so each card sits in a row by its depth, centred
 * over the band its subtree takes; bands of cards in the same row never share a column, so
 * nothing overlaps. Branches keep their order, left to right, the default rightmost; an edge
 * leaves its card's bottom, runs along the middle of the gap between the rows, and enters the
 * top of its target, its label just right of its last segment, in the lower half of the gap.
 *
 * Edges that are not the tree's (a step reached twice, in a workflow integrity refuses) are
 * routed around the drawing as go-tos are, so every edge is drawn and nothing can loop.
 */
export function treeLayout(plan: GraphPlan): WorkflowLayout {
  const boxes = plan.graph.children;
  const count = boxes.length;
  const order = new Map(boxes.map((b, i) => [b.id, i]));
  const parent = new Int32Array(count).fill(-1);
  const inEdge: (ElkExtendedEdge | undefined)[] = new Array<ElkExtendedEdge | undefined>(count);
  const kids: number[][] = Array.from({ length: count }, () => []);
  const extra: GoToJump[] = [];
  for (const edge of plan.graph.edges) {
    const meta = plan.treeEdges.get(edge.id);
    const s = meta && order.get(meta.source);
    const t = meta && order.get(meta.target);
    if (!meta || s === undefined || t === undefined) continue;
    // Boxes come in the order the walk placed them: a parent before its children, so no cycle.
    if (parent[t] === -1 && s < t) {
      parent[t] = s;
      inEdge[t] = edge;
      kids[s]!.push(t);
    } else extra.push({ key: edge.id, source: meta.source, target: meta.target });
  }

  // Rows: depth from the root of each tree (the enrollment, then steps nothing leads to).
  const depth = new Int32Array(count);
  let rows = 0;
  for (let v = 0; v < count; v++) {
    depth[v] = parent[v] === -1 ? 0 : depth[parent[v]!]! + 1;
    rows = Math.max(rows, depth[v]! + 1);
  }
  const rowHeight = new Float64Array(rows);
  const gapAbove = new Float64Array(rows).fill(GAP_Y);
  const label = (v: number) => inEdge[v]?.labels?.[0];
  for (let v = 0; v < count; v++) {
    const d = depth[v]!;
    rowHeight[d] = Math.max(rowHeight[d]!, boxes[v]!.height ?? 0);
    const l = label(v);
    if (l) gapAbove[d] = Math.max(gapAbove[d]!, 2 * ((l.height ?? 0) + 2 * LABEL_GAP));
  }
  const rowTop = new Float64Array(rows);
  for (let d = 0, y = PADDING; d < rows; d++) {
    if (d > 0) y += gapAbove[d]!;
    rowTop[d] = y;
    y += rowHeight[d]!;
  }

  // Centres, children before parents (the reverse of the walk's order): each child's centre
  // relative to its parent's, and each subtree's outline row by row (contours).
  const centre = new Float64Array(count);
  const outline: (Contour | undefined)[] = new Array<Contour | undefined>(count);
  for (let v = count - 1; v >= 0; v--) {
    const children = kids[v]!;
    const block = placeSide(children.map((c) => outline[c]!));
    for (const [k, c] of children.entries()) {
      centre[c] = block.at[k]! - block.middle;
      outline[c] = undefined;
    }
    const w = boxes[v]!.width ?? 0;
    const l = label(v);
    const own: Contour = { left: [-w / 2], right: [Math.max(w / 2, l ? LABEL_GAP + (l.width ?? 0) : 0)], shift: 0 };
    outline[v] = block.contour ? withTop(block.contour, -block.middle, own) : own;
  }
  // The trees side by side, the enrollment's first; then every centre from its parent's.
  const roots: number[] = [];
  for (let v = 0; v < count; v++) if (parent[v] === -1) roots.push(v);
  const forest = placeSide(roots.map((r) => outline[r]!));
  roots.forEach((r, k) => (centre[r] = forest.at[k]!));
  for (let v = 0; v < count; v++) if (parent[v] !== -1) centre[v] = centre[v]! + centre[parent[v]!]!;
  let minX = Infinity;
  for (let v = 0; v < count; v++) minX = Math.min(minX, centre[v]! - (boxes[v]!.width ?? 0) / 2);
  const dx = PADDING - (count === 0 ? 0 : minX);
  let right = PADDING;
  const nodes: LayoutNode[] = new Array<LayoutNode>(count);
  for (let v = 0; v < count; v++) {
    const box = boxes[v]!;
    const w = box.width ?? 0;
    const x = centre[v]! + dx - w / 2;
    const l = label(v);
    right = Math.max(right, x + w, l ? x + w / 2 + LABEL_GAP + (l.width ?? 0) : 0);
    nodes[v] = { ...plan.nodes[v]!, x, y: rowTop[depth[v]!]!, width: w, height: box.height ?? 0 };
  }

  const edges: LayoutEdge[] = [];
  for (let t = 0; t < count; t++) {
    const edge = inEdge[t];
    if (!edge) continue;
    const meta = plan.treeEdges.get(edge.id)!;
    const from = nodes[parent[t]!]!;
    const to = nodes[t]!;
    const sx = from.x + from.width / 2;
    const tx = to.x + to.width / 2;
    const middle = to.y - gapAbove[depth[t]!]! / 2;
    const points: Point[] =
      sx === tx
        ? [
            { x: sx, y: from.y + from.height },
            { x: tx, y: to.y },
          ]
        : [
            { x: sx, y: from.y + from.height },
            { x: sx, y: middle },
            { x: tx, y: middle },
            { x: tx, y: to.y },
          ];
    const l = label(t);
    edges.push({
      key: edge.id,
      source: meta.source,
      target: meta.target,
      points,
      ...(meta.edge.label !== undefined && l
        ? { label: { text: meta.edge.label, x: tx + LABEL_GAP, y: middle + (to.y - middle - (l.height ?? 0)) / 2, width: l.width ?? 0, height: l.height ?? 0 } }
        : {}),
      goTo: false,
    });
  }

  const width = right + PADDING;
  const height = rows === 0 ? 2 * PADDING : rowTop[rows - 1]! + rowHeight[rows - 1]! + PADDING;
  const jumps = plan.goToEdges.map((e) => ({ key: edgeKey(e), source: e.from, target: e.to! }));
  const routed = routeGoTos([...jumps, ...extra], nodes, width);
  const isExtra = new Set(extra.map((e) => e.key));
  return {
    nodes,
    edges: [...edges, ...routed.edges.map((e) => (isExtra.has(e.key) ? { ...e, goTo: false } : e))],
    width: Math.max(width, routed.right),
    height,
    simplified: true,
  };
}

/**
 * A subtree's outline: per row from its root down, the leftmost and rightmost x it takes,
 * relative to the root's centre, each value plus `shift`. Stored deepest row first, so that a
 * parent's row is a push; merging two outlines reuses the longer one's arrays and writes over
 * the rows they share, which keeps the whole layout linear in the number of cards.
 */
interface Contour {
  readonly left: number[];
  readonly right: number[];
  shift: number;
}

/**
 * Subtrees side by side, left to right, each as close to the previous ones as GAP_X allows on
 * every row they share: where each one's root goes (`at`), the middle of the first and last
 * (`middle`, where their parent goes) and their joint outline.
 */
function placeSide(contours: readonly Contour[]): { at: number[]; middle: number; contour: Contour | undefined } {
  const at: number[] = [];
  let joint: Contour | undefined;
  for (const next of contours) {
    if (!joint) {
      at.push(0);
      joint = next;
      continue;
    }
    const shared = Math.min(joint.left.length, next.left.length);
    let offset = -Infinity;
    for (let i = 1; i <= shared; i++) {
      const a = joint.right[joint.right.length - i]! + joint.shift;
      const b = next.left[next.left.length - i]! + next.shift;
      offset = Math.max(offset, a - b + GAP_X);
    }
    at.push(offset);
    next.shift += offset;
    joint = merge(joint, next, shared);
  }
  return { at, middle: at.length === 0 ? 0 : (at[0]! + at.at(-1)!) / 2, contour: joint };
}

/** The outline of `a` and `b` side by side (b already shifted to its place right of a). */
function merge(a: Contour, b: Contour, shared: number): Contour {
  if (a.left.length >= b.left.length) {
    // a is deeper: its right side takes b's right on the rows they share.
    for (let i = 1; i <= shared; i++) a.right[a.right.length - i] = b.right[b.right.length - i]! + b.shift - a.shift;
    return a;
  }
  for (let i = 1; i <= shared; i++) b.left[b.left.length - i] = a.left[a.left.length - i]! + a.shift - b.shift;
  return b;
}

/** `children` moved by `by` under a new top row `top` (a parent's own extent). */
function withTop(children: Contour, by: number, top: Contour): Contour {
  children.shift += by;
  children.left.push(top.left[0]! - children.shift);
  children.right.push(top.right[0]! - children.shift);
  return children;
}
