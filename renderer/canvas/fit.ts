import type { ReactFlowInstance } from '@xyflow/react';
import { motion } from './motion.ts';
import type { AnyFlowNode } from './nodeTypes.ts';

const PADDING = 48;
/** Space kept between a fitted diagram and the zoom toolbar or the minimap. */
const GAP = 12;
/** How long after its planned end an interrupted fit still counts as running. */
const SETTLE_MS = 100;
/**
 * The smallest zoom "fit" goes to: 12 px card text stays at 9 px, still read without effort
 * (at 46 % it was under 6 px). A bigger diagram shows its top, centred, and the rest scrolls.
 */
export const MIN_FIT_ZOOM = 0.75;

/**
 * Where the room for a fitted diagram starts on the left: right of the zoom toolbar's column
 * (CanvasControls, a column at the bottom left: 15 px margin, 40 px wide) and a gap. The toolbar
 * is a column so that a diagram right of it never passes under it, however it is scrolled: as a
 * row 225 px wide it left 368 px for a tall diagram at 1280x720 with the inspector open, and the
 * nurturing template (462 px at 75 %) ran under it once scrolled. Measured on screen by
 * `fitDiagram`; this is its value there.
 */
export const TOOLBAR_LEFT = 67;

/** The overlays of the pane a fit keeps clear of, in the pane's pixels. */
export interface FitRoom {
  /** Where the room starts on the left: the toolbar column's right edge and a gap (at least the padding). */
  readonly left: number;
  /** The minimap's top-left corner less a gap, when it shows (bottom right of the pane). */
  readonly minimap?: { readonly left: number; readonly top: number } | null;
}

/**
 * Viewport for a diagram's bounds in a pane: the whole of it, or its top at a readable zoom.
 * The diagram stays right of the toolbar's column; it also stays left of the minimap's column
 * when it reaches the minimap's rows (a diagram taller than the pane reaches them all once
 * scrolled) and the room allows, else it keeps to the toolbar's side, as far from the minimap
 * as it can. A diagram too wide even at MIN_FIT_ZOOM starts at its left edge, or with `anchor`
 * (the enrollment card's centre) in the middle of the room: a tree of thousands of steps has
 * nothing at the top left, its enrollment card sits above the middle.
 */
export function fitViewport(
  bounds: { minX: number; minY: number; maxX: number; maxY: number },
  pane: { width: number; height: number },
  room: FitRoom = { left: TOOLBAR_LEFT },
  anchor?: number,
): { x: number; y: number; zoom: number } {
  const { minX, minY, maxX, maxY } = bounds;
  const left = Math.max(PADDING, room.left);
  const wide = pane.width - left - PADDING;
  const tall = pane.height - PADDING * 2;
  const zoom = Math.max(MIN_FIT_ZOOM, Math.min(1, wide / (maxX - minX), tall / (maxY - minY)));
  const fitsWide = (maxX - minX) * zoom <= wide;
  const fitsTall = (maxY - minY) * zoom <= tall;
  const y = fitsTall ? PADDING + tall / 2 - ((minY + maxY) / 2) * zoom : PADDING - minY * zoom;
  const leftmost = left - minX * zoom;
  if (!fitsWide) {
    const last = pane.width - PADDING - maxX * zoom;
    return { x: anchor === undefined ? leftmost : Math.min(leftmost, Math.max(last, left + wide / 2 - anchor * zoom)), y, zoom };
  }
  const centred = left + wide / 2 - ((minX + maxX) / 2) * zoom;
  const bottom = fitsTall ? y + maxY * zoom : Infinity;
  const map = room.minimap && bottom > room.minimap.top ? room.minimap.left : Infinity;
  const rightmost = Math.min(pane.width - PADDING, map) - maxX * zoom;
  return { x: Math.max(leftmost, Math.min(centred, rightmost)), y, zoom };
}

/** The toolbar's and the minimap's room, measured in the pane; a hidden one (present mode) takes none. */
export function measureFitRoom(pane: Element | null): FitRoom {
  const box = pane?.getBoundingClientRect();
  if (!box) return { left: TOOLBAR_LEFT };
  const bar = pane?.querySelector('.fb-controls')?.getBoundingClientRect();
  const map = pane?.querySelector('.react-flow__minimap')?.getBoundingClientRect();
  return {
    left: bar && bar.height > 0 ? bar.right - box.left + GAP : PADDING,
    minimap: map && map.height > 0 ? { left: map.left - box.left - GAP, top: map.top - box.top - GAP } : null,
  };
}

/** The box holding every card, from their layout positions. */
export function diagramBounds(boxes: Iterable<{ x: number; y: number; width: number; height: number }>): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Fits the whole diagram, at most 100 % and at least MIN_FIT_ZOOM. React Flow's own fitView only counts measured nodes,
 * and controlled nodes lose their measurement on every change, so the bounds come from the
 * layout positions instead.
 */
export function fitDiagram(flow: ReactFlowInstance<AnyFlowNode>, duration = 250): void {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const pane = document.querySelector('.fb-canvas .react-flow');
  const width = pane?.clientWidth || 1000;
  const height = pane?.clientHeight || 700;
  const bounds = diagramBounds(nodes.map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 })));
  // A diagram too wide even at the smallest zoom is shown around its enrollment card.
  const enrollment = nodes.find((n) => n.type === 'enrollment');
  const anchor = enrollment ? enrollment.position.x + (enrollment.width ?? 0) / 2 : undefined;
  // data-fits-done on the canvas counts the fits that have come to rest (end-to-end tests wait on
  // it). React Flow's promise never settles when another move interrupts the animation (the
  // selected card brought into view after a re-layout does): the fit then counts as over once its
  // time has passed, so a waiter never hangs on a fit that was superseded.
  const ms = motion(duration);
  let counted = false;
  const count = () => {
    if (counted) return;
    counted = true;
    const canvas = pane?.closest('.fb-canvas');
    canvas?.setAttribute('data-fits-done', String(Number(canvas.getAttribute('data-fits-done') ?? 0) + 1));
  };
  const timer = setTimeout(count, ms + SETTLE_MS);
  void flow.setViewport(fitViewport(bounds, { width, height }, measureFitRoom(pane), anchor), { duration: ms }).then(() => {
    clearTimeout(timer);
    count();
  });
}
