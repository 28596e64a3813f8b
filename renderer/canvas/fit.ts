import type { ReactFlowInstance } from '@xyflow/react';
import { motion } from './motion.ts';
import type { AnyFlowNode } from './nodeTypes.ts';

const PADDING = 48;
/** How long after its planned end an interrupted fit still counts as running. */
const SETTLE_MS = 100;
/**
 * The smallest zoom "fit" goes to: 12 px card text stays at 9 px, still read without effort
 * (at 46 % it was under 6 px). A bigger diagram shows its top, centred, and the rest scrolls.
 */
export const MIN_FIT_ZOOM = 0.75;

/**
 * Room kept under the diagram for the zoom toolbar (CanvasControls, a panel at the bottom left:
 * 38 px high, 15 px above the pane's edge) and a gap: a fitted diagram ends above it, so the
 * toolbar covers no card. Measured on screen by `fitDiagram`; this is its value there.
 */
export const TOOLBAR_ROOM = 64;
/** Where the toolbar ends on the left (15 px margin, 225 px wide) and a gap: a diagram right of it clears it. */
export const TOOLBAR_RIGHT = 252;

/**
 * Viewport for a diagram's bounds in a pane: the whole of it, or its top at a readable zoom.
 * `bottom` is the room kept at the bottom for the toolbar (at least the padding).
 */
export function fitViewport(
  bounds: { minX: number; minY: number; maxX: number; maxY: number },
  pane: { width: number; height: number },
  bottom = TOOLBAR_ROOM,
  toolbarRight = TOOLBAR_RIGHT,
): { x: number; y: number; zoom: number } {
  const { minX, minY, maxX, maxY } = bounds;
  const below = Math.max(PADDING, bottom);
  const tall = pane.height - PADDING - below;
  const zoom = Math.max(MIN_FIT_ZOOM, Math.min(1, (pane.width - PADDING * 2) / (maxX - minX), tall / (maxY - minY)));
  const fitsWide = (maxX - minX) * zoom <= pane.width - PADDING * 2;
  const fitsTall = (maxY - minY) * zoom <= tall;
  const centred = pane.width / 2 - ((minX + maxX) / 2) * zoom;
  // A diagram taller than the pane runs under the toolbar's row: it moves right of the toolbar's
  // column when the pane is wide enough, else as far right as it stays whole.
  const clear = Math.min(toolbarRight - minX * zoom, pane.width - PADDING - maxX * zoom);
  return {
    x: fitsWide ? (fitsTall ? centred : Math.max(centred, clear)) : PADDING - minX * zoom,
    y: fitsTall ? PADDING + tall / 2 - ((minY + maxY) / 2) * zoom : PADDING - minY * zoom,
    zoom,
  };
}

/** The room the zoom toolbar takes at the bottom of the pane and where it ends on the left, with a gap. */
function toolbarRoom(pane: Element | null): [number, number] {
  const bar = pane?.querySelector('.fb-controls')?.getBoundingClientRect();
  const box = pane?.getBoundingClientRect();
  if (!bar || !box || bar.height === 0) return [TOOLBAR_ROOM, TOOLBAR_RIGHT];
  return [Math.max(0, box.bottom - bar.top) + 12, Math.max(0, bar.right - box.left) + 12];
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
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
    maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
  }
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
  void flow.setViewport(fitViewport({ minX, minY, maxX, maxY }, { width, height }, ...toolbarRoom(pane)), { duration: ms }).then(() => {
    clearTimeout(timer);
    count();
  });
}
