import { describe, expect, it } from 'vitest';
import { toastPlace } from '../../../renderer/app/Toasts.tsx';

/**
 * Toasts sat centred at the bottom of the window: at 1280 x 720 one covered the zoom toolbar
 * (bottom left of the pane) and the minimap. They now sit at the bottom right of the pane, above
 * its minimap, clear of the toolbar and of the panel beside the pane.
 */

// The editor at 1280 x 720: sidebar 232 px, inspector 380 px, top bar 52 px; the minimap (150 px
// high, 15 px above the pane's edge) and the toolbar (x 248 to 472, its top 53 px above the edge).
const view = { width: 1280, height: 720 };
const pane = { top: 52, right: 900, bottom: 720, width: 668 };
const minimap = { top: 555, right: 885, bottom: 705, width: 200 };
const toolbar = { left: 248, right: 472, top: 667 };

describe('where toasts sit', () => {
  it('at the bottom right of the pane, above the minimap, clear of the toolbar and the inspector', () => {
    const place = toastPlace(view, pane, minimap);
    expect(place).toEqual({ right: 1280 - 900 + 16, bottom: 720 - (555 - 8), width: 400 });
    const left = view.width - (place.right as number) - (place.width as number);
    const bottom = view.height - (place.bottom as number);
    expect(left).toBe(484);
    expect(left).toBeGreaterThan(toolbar.right);
    expect(bottom).toBeLessThan(minimap.top);
    expect(view.width - (place.right as number)).toBeLessThan(pane.right);
  });

  it('at the bottom right of the pane, 16 px above its edge, without a minimap', () => {
    // Simulating: the pane ends above the timeline (at 622 px).
    expect(toastPlace(view, { top: 52, right: 880, bottom: 622, width: 880 }, null)).toEqual({ right: 416, bottom: 720 - 606, width: 400 });
  });

  it('as narrow as a narrow pane needs', () => {
    expect(toastPlace(view, { top: 52, right: 600, bottom: 720, width: 300 }, null).width).toBe(268);
  });

  it('at the bottom right of the window without a pane', () => {
    expect(toastPlace(view, null, null)).toEqual({ right: 16, bottom: 16, width: 400 });
  });
});
