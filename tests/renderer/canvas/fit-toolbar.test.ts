import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitViewport, measureFitRoom, MIN_FIT_ZOOM, TOOLBAR_LEFT } from '../../../renderer/canvas/fit.ts';

/**
 * "Fit to screen" keeps the diagram clear of the pane's overlays however it is scrolled: right of
 * the zoom toolbar's column (bottom left: 15 px margin, 40 px wide, then a 12 px gap: 67 px), and
 * left of the minimap's column when the diagram reaches the minimap's rows and the room allows.
 *
 * The panes, worked out from the app's sizes: the top bar is 52 px high, the workflows list
 * 232 px wide, the inspector 380 px wide.
 * - 1280 x 720, inspector open: 1280 − 232 − 380 = 668 wide, 720 − 52 = 668 high. The minimap is
 *   120 x 90 there (pane under 720 px wide) plus its 1 px border: 122 x 92 at 15 px from the
 *   corner, so from x = 668 − 15 − 122 = 531, y = 668 − 15 − 92 = 561; with the gap, 519 and 549.
 * - 1440 x 900, inspector open: 828 wide, 848 high; minimap 202 x 152: from x = 611, y = 681;
 *   with the gap, 599 and 669.
 * The nurturing template (French) spans x 48 to 664 and y 24 to about 1500 at 100 %: 616 px
 * wide, 462 px at 75 %, far taller than either pane.
 */

const NURTURING = { minX: 48, minY: 24, maxX: 664, maxY: 1500 };
const leftAt = (v: { x: number; zoom: number }, minX: number) => v.x + minX * v.zoom;
const rightAt = (v: { x: number; zoom: number }, maxX: number) => v.x + maxX * v.zoom;
const bottomAt = (v: { y: number; zoom: number }, maxY: number) => v.y + maxY * v.zoom;

describe('fitting a diagram taller than the pane', () => {
  it('at 1280 x 720 with the inspector open, keeps the nurturing diagram right of the toolbar column, clear of the minimap', () => {
    const v = fitViewport(NURTURING, { width: 668, height: 668 }, { left: 67, minimap: { left: 519, top: 549 } });
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    // Its top at the padding: 48 − 24 × 0.75 = 30.
    expect(v.y).toBeCloseTo(30, 5);
    // 462 px do not fit between the toolbar (67) and the minimap (519): the diagram keeps to the
    // toolbar's side, 67 to 529, so it still ends left of the minimap itself (531).
    expect(leftAt(v, NURTURING.minX)).toBeCloseTo(67, 5);
    expect(rightAt(v, NURTURING.maxX)).toBeCloseTo(529, 5);
    // Scrolled any amount, its cards pass right of the toolbar (15 to 55) and left of the minimap.
    expect(leftAt(v, NURTURING.minX)).toBeGreaterThan(15 + 40);
    expect(rightAt(v, NURTURING.maxX)).toBeLessThan(531);
  });

  it('at 1440 x 900 with the inspector open, moves it left of the minimap column', () => {
    const v = fitViewport(NURTURING, { width: 828, height: 848 }, { left: 67, minimap: { left: 599, top: 669 } });
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    // Centred between 67 and 828 − 48 = 780 it would run 192.5 to 654.5, under the minimap (611):
    // it ends at the minimap's gap instead, 137 to 599.
    expect(rightAt(v, NURTURING.maxX)).toBeCloseTo(599, 5);
    expect(leftAt(v, NURTURING.minX)).toBeCloseTo(137, 5);
  });

  it('centres it between the toolbar and the right edge when there is no minimap', () => {
    const v = fitViewport(NURTURING, { width: 828, height: 848 }, { left: 67, minimap: null });
    // The room is 67 to 780: 713 px, 462 of them for the diagram, 125.5 on each side.
    expect(leftAt(v, NURTURING.minX)).toBeCloseTo(67 + 125.5, 5);
  });

  it('starts a diagram too wide even at 75 % right of the toolbar column', () => {
    const v = fitViewport({ minX: 0, minY: 0, maxX: 2000, maxY: 3000 }, { width: 668, height: 668 }, { left: 67, minimap: { left: 519, top: 549 } });
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(leftAt(v, 0)).toBeCloseTo(67, 5);
    expect(v.y).toBe(48);
  });

  it('shows the enrollment card of a tree of thousands of steps in the middle of the room, not its empty top left', () => {
    // 520,000 px wide, the enrollment card's centre at 260,000: the room is 67 to 620 (553 px), its middle at 343.5.
    const wide = { minX: 0, minY: 0, maxX: 520_000, maxY: 6000 };
    const v = fitViewport(wide, { width: 668, height: 668 }, { left: 67, minimap: null }, 260_000);
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(leftAt(v, 260_000)).toBeCloseTo(343.5, 5);
    // Near an edge, the diagram's edge stays where it would start: never a gap left of it.
    expect(leftAt(fitViewport(wide, { width: 668, height: 668 }, { left: 67, minimap: null }, 100), 0)).toBeCloseTo(67, 5);
  });
});

describe('fitting a diagram that fits', () => {
  it('centres a small diagram in the room right of the toolbar, at 100 %, with no room kept under it', () => {
    // 668 x 668 pane: 67 to 620 across (553 px), 48 to 620 down (572 px). 400 x 300 at 100 %:
    // 76.5 px each side across, 136 px above and below.
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 300 }, { width: 668, height: 668 }, { left: 67, minimap: { left: 519, top: 549 } });
    expect(v.zoom).toBe(1);
    expect(v.x).toBeCloseTo(67 + 76.5, 5);
    expect(v.y).toBeCloseTo(48 + 136, 5);
    // It ends at 484, above the minimap's rows (549): it does not move for the minimap.
    expect(bottomAt(v, 300)).toBeLessThan(549);
  });

  it('moves a diagram that reaches the minimap rows left of the minimap', () => {
    // 400 x 600 in 572 px of height: zoom 572 / 600, 381.33 px wide, down to 620 (past 549).
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 600 }, { width: 668, height: 668 }, { left: 67, minimap: { left: 519, top: 549 } });
    expect(v.zoom).toBeCloseTo(572 / 600, 5);
    expect(bottomAt(v, 600)).toBeCloseTo(620, 5);
    expect(rightAt(v, 400)).toBeCloseTo(519, 5);
  });

  it('uses the whole pane, less the padding, where no toolbar shows (present mode)', () => {
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 300 }, { width: 1000, height: 600 }, { left: 0, minimap: null });
    expect(v.x).toBeCloseTo(300, 5);
    expect(v.y).toBeCloseTo(150, 5);
  });

  it('keeps the toolbar column by default', () => {
    const v = fitViewport({ minX: 0, minY: 0, maxX: 2000, maxY: 300 }, { width: 668, height: 668 });
    expect(leftAt(v, 0)).toBe(TOOLBAR_LEFT);
  });
});

describe('measuring the room on screen', () => {
  afterEach(() => vi.restoreAllMocks());

  function paneWith(rects: Record<string, Partial<DOMRect>>): Element {
    document.body.innerHTML = '<div class="react-flow"><div class="fb-controls"></div><div class="react-flow__minimap"></div></div>';
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const r = rects[this.className] ?? {};
      return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, ...r, toJSON: () => ({}) } as DOMRect;
    });
    return document.querySelector('.react-flow')!;
  }

  it('takes the toolbar column and the minimap corner, less a gap, in the pane’s coordinates', () => {
    // The pane at (232, 52) as at 1280 x 720; the toolbar 247 to 287 across; the minimap at (763, 613).
    const pane = paneWith({
      'react-flow': { left: 232, top: 52, right: 900, bottom: 720, width: 668, height: 668 },
      'fb-controls': { left: 247, top: 461, right: 287, bottom: 705, width: 40, height: 244 },
      'react-flow__minimap': { left: 763, top: 613, right: 885, bottom: 705, width: 122, height: 92 },
    });
    expect(measureFitRoom(pane)).toEqual({ left: 67, minimap: { left: 519, top: 549 } });
  });

  it('keeps no room for a toolbar or a minimap that does not show', () => {
    const pane = paneWith({ 'react-flow': { left: 0, top: 0, right: 1000, bottom: 600, width: 1000, height: 600 } });
    expect(measureFitRoom(pane)).toEqual({ left: 48, minimap: null });
  });
});
