import { describe, expect, it } from 'vitest';
import { fitViewport, MIN_FIT_ZOOM, TOOLBAR_ROOM } from '../../../renderer/canvas/fit.ts';

/**
 * "Fit to screen" keeps the zoom toolbar's room (bottom left of the pane) free: the fitted
 * diagram ends above it. Before, the diagram was centred with 48 px on every side, and the
 * toolbar (38 px high, 15 px above the edge: its top 53 px above it) covered the lowest card.
 */

const bottomOf = (v: { y: number; zoom: number }, maxY: number) => v.y + maxY * v.zoom;

describe('fitting a diagram', () => {
  it('ends a diagram that fits above the toolbar, centred in the room left', () => {
    // 800 x 700 pane, diagram 400 x 600: 700 − 48 − 64 = 588 px high for it, so zoom 588 / 600.
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 600 }, { width: 800, height: 700 });
    expect(v.zoom).toBeCloseTo(0.98, 5);
    expect(v.y).toBeCloseTo(48, 5);
    expect(bottomOf(v, 600)).toBeCloseTo(700 - TOOLBAR_ROOM, 5);
    expect(bottomOf(v, 600)).toBeLessThanOrEqual(700 - 53);
  });

  it('centres a small diagram in the room above the toolbar', () => {
    // 400 px of diagram in 588 px of room: 94 px above and below it, from y = 48.
    const v = fitViewport({ minX: 0, minY: 0, maxX: 200, maxY: 400 }, { width: 800, height: 700 });
    expect(v.zoom).toBe(1);
    expect(v.y).toBeCloseTo(48 + 94, 5);
  });

  it('takes the room measured on screen', () => {
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 600 }, { width: 800, height: 700 }, 100);
    expect(bottomOf(v, 600)).toBeCloseTo(600, 5);
  });

  it('still stops at 75 % for a tall diagram, its top shown', () => {
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 3000 }, { width: 800, height: 700 });
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(v.y).toBe(48);
  });
});

describe('fitting a diagram taller than the pane', () => {
  // 668 x 668 pane (1280 x 720 with the sidebar and the inspector), the toolbar ending 252 px from the left with its gap.
  const pane = { width: 668, height: 668 };
  const leftAt = (v: { x: number; zoom: number }, minX: number) => v.x + minX * v.zoom;

  it('moves a narrow one right of the toolbar, whose row its lower cards pass through', () => {
    // 304 px wide at 100 %: 228 px at 75 %, centred at 220 px, now at 252 px (ends at 480 ≤ 620).
    const v = fitViewport({ minX: 0, minY: 0, maxX: 304, maxY: 2000 }, pane);
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(leftAt(v, 0)).toBeCloseTo(252, 5);
  });

  it('moves a wide one as far right as it stays whole', () => {
    // 616 px wide: 462 px at 75 %, centred at 103 px; whole up to 668 − 48 = 620, so from 158 px.
    const v = fitViewport({ minX: 0, minY: 0, maxX: 616, maxY: 2000 }, pane);
    expect(leftAt(v, 0)).toBeCloseTo(158, 5);
  });
});
