import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { END_COLORS, END_STEP_COLORS, LIST_COLORS, listColor, STAGE_COLORS } from '../../../renderer/simulator/colors.ts';
import { SimulatePanel } from '../../../renderer/simulator/SimulatePanel.tsx';
import { project, ranStore, renderSim } from './harness.tsx';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('one colour per list, stage and end state', () => {
  it('end states, lists and stages never share a colour', () => {
    const all = [...Object.values(END_COLORS), ...LIST_COLORS, ...Object.values(STAGE_COLORS)];
    expect(new Set(all).size).toBe(all.length);
    // Ends of path that are not lists are shades of "completed", apart from the lists.
    for (const c of END_STEP_COLORS) expect(LIST_COLORS).not.toContain(c);
  });

  it('a list has the same colour in its bar, its Sankey band and its chart line', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(store.getState().meta!.lastMinute));
    const view = renderSim(<SimulatePanel workflow={project.workflows[0]} />, store);
    await view.findByTestId('sim-results');
    for (const list of project.lists) {
      const color = listColor(project, list.id);
      const bar = view.getByTestId(`sim-list-${list.id}`).querySelector<HTMLElement>('.fb-sim-state-bar span')!;
      expect(bar.style.background).toBe(rgb(color));
      const legend = view.getByTestId(`sim-chart-lists-legend-${list.id}`).querySelector<HTMLElement>('span')!;
      expect(legend.style.background).toBe(rgb(color));
      const line = view.getByTestId('sim-chart-lists').querySelector(`polyline[stroke="${color}"]`);
      expect(line).not.toBeNull();
    }
    // The Sankey's ends that are lists take the list's colour; in progress is the bar's blue.
    const listEnds = [...view.getByTestId('sim-sankey').querySelectorAll('[data-testid^="sim-sankey-end:"]')];
    expect(listEnds.length).toBeGreaterThan(0);
    let matched = 0;
    for (const end of listEnds) {
      const label = end.querySelector('title')!.textContent!;
      const list = project.lists.find((l) => l.name === label);
      if (!list) continue;
      expect(end.querySelector('rect')!.getAttribute('fill')).toBe(listColor(project, list.id));
      matched++;
    }
    expect(matched).toBe(project.lists.length);
    expect(view.getByTestId('sim-sankey-in-progress').querySelector('rect')!.getAttribute('fill')).toBe(END_COLORS['in-progress']);
    const inProgressBar = view.getByTestId('sim-state-in-progress').querySelector<HTMLElement>('.fb-sim-state-bar span')!;
    expect(inProgressBar.style.background).toBe(rgb(END_COLORS['in-progress']));
    view.unmount();
  });
});
