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

  it('wraps its keys or hides at narrow widths instead of cutting them with an ellipsis', () => {
    const rule = /\.fb-sim-keys \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain('flex-wrap: wrap');
    expect(rule).not.toContain('ellipsis');
    expect(css).toMatch(/@container \(max-width: \d+px\) \{ \.fb-sim-keys \{ display: none; \} \}/);
  });
});
