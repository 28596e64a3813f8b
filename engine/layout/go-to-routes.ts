import type { LayoutEdge, LayoutNode, Point } from './types.ts';

/** Space between the drawing and the first go-to lane, and between lanes. */
const LANE_MARGIN = 32;
const LANE_GAP = 14;
/**
 * How far into the gap between two rows a go-to runs: closer to the cards than the tree's own
 * horizontal segments (ELK keeps those `edgeNodeBetweenLayers` away), staggered so that jumps
 * leaving or entering the same row do not run on top of each other.
 */
const rowOffset = (jump: number) => 6 + (jump % 4) * 4;
/** Where a go-to enters its target's top side, from the card's right edge. */
const ENTRY_INSET = 24;

export interface GoToJump {
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

/**
 * Routes go-to jumps around the tree, never through a card: down out of the go-to card into the
 * gap below its row, right to a lane of its own beyond the drawing, along the lane to the gap
 * above the target's row, then down into the target's top side near its right corner (the
 * centre of the top side belongs to the tree edge coming in).
 *
 * Rows are the y-bands that cards occupy; a layered layout leaves the gaps between them free of
 * cards, and no other card shares a column with a card within its own row.
 */
export function routeGoTos(jumps: readonly GoToJump[], nodes: readonly LayoutNode[], drawingRight: number): { edges: LayoutEdge[]; right: number } {
  if (jumps.length === 0) return { edges: [], right: drawingRight };
  const rows = rowBands(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LayoutEdge[] = [];
  let lane = drawingRight + LANE_MARGIN;
  for (const [k, jump] of jumps.entries()) {
    const from = byId.get(jump.source);
    const to = byId.get(jump.target);
    if (!from || !to) continue;
    const below = gapBelow(rows, from) + rowOffset(k);
    const above = gapAbove(rows, to) - rowOffset(k);
    const startX = from.x + from.width / 2;
    const entryX = to.x + Math.max(to.width / 2 + 1, to.width - ENTRY_INSET);
    const points: Point[] = [
      { x: startX, y: from.y + from.height },
      { x: startX, y: below },
      { x: lane, y: below },
      { x: lane, y: above },
      { x: entryX, y: above },
      { x: entryX, y: to.y },
    ];
    edges.push({ key: jump.key, source: jump.source, target: jump.target, points, goTo: true });
    lane += LANE_GAP;
  }
  return { edges, right: lane - LANE_GAP + LANE_MARGIN };
}

interface Band {
  readonly top: number;
  readonly bottom: number;
}

/** The y-intervals covered by cards, overlapping intervals merged, top to bottom. */
function rowBands(nodes: readonly LayoutNode[]): Band[] {
  const sorted = [...nodes].sort((a, b) => a.y - b.y);
  const bands: { top: number; bottom: number }[] = [];
  for (const n of sorted) {
    const last = bands.at(-1);
    if (last && n.y <= last.bottom) last.bottom = Math.max(last.bottom, n.y + n.height);
    else bands.push({ top: n.y, bottom: n.y + n.height });
  }
  return bands;
}

function bandOf(rows: readonly Band[], node: LayoutNode): number {
  return rows.findIndex((b) => node.y >= b.top && node.y <= b.bottom);
}

function gapBelow(rows: readonly Band[], node: LayoutNode): number {
  const i = bandOf(rows, node);
  return rows[i]?.bottom ?? node.y + node.height;
}

function gapAbove(rows: readonly Band[], node: LayoutNode): number {
  const i = bandOf(rows, node);
  return rows[i]?.top ?? node.y;
}
