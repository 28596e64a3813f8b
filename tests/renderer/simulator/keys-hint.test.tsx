import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { ranStore, renderSim } from './harness.tsx';

const css = readFileSync(resolve('renderer/simulator/simulator.css'), 'utf8');

describe('the timeline keyboard hint', () => {
  it('shows the keys alone in French, with what they do in the tooltip', async () => {
    const store = await ranStore();
    renderSim(<SimulateTimeline />, store, 'fr');
    const hint = screen.getByTestId('sim-keys');
    expect(hint.getAttribute('title')).toBe('Espace lecture/pause · ← → jour · Maj+← → mouvement');
    expect([...hint.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Espace', '←/→', 'Maj+←/→']);
  });

  it('names the keys in English', async () => {
    const store = await ranStore();
    renderSim(<SimulateTimeline />, store, 'en');
    const hint = screen.getByTestId('sim-keys');
    expect(hint.getAttribute('title')).toBe('Space play/pause · ← → day · Shift+← → movement');
    expect(hint.textContent).toBe('Space←/→Shift+←/→');
  });

  it('keeps its keys on one row, a whole key going rather than a cut one, and hides at narrow widths instead of an ellipsis', () => {
    // Two rows left one key alone on the second (French at 1280 px with a study): one row, 18 px high, at most.
    const rule = /\.fb-sim-keys \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain('max-height: 18px');
    expect(rule).toContain('overflow: hidden');
    expect(rule).not.toContain('ellipsis');
    // The speed's word goes before the keys do, and the keys go before they would not fit.
    expect(css).toContain('@container (max-width: 889px) { .fb-sim-speed > span { display: none; } }');
    expect(css).toContain('@container (max-width: 839px) { .fb-sim-keys { display: none; } }');
  });
});
