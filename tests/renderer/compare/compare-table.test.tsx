import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { programmeMap } from '../../../engine/programme/index.ts';
import { cellLabel, duplicateAsVariant } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { CompareTable } from '../../../renderer/compare/CompareTable.tsx';
import { comparisonAt } from '../../../renderer/compare/figures.ts';
import { createCompareStore } from '../../../renderer/compare/store.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { renderWithEditor } from '../render.tsx';

describe('comparison table', () => {
  it('compares the links between workflows with the other outcomes: each carried link, A, B and B − A', async () => {
    // The lifecycle template: stage workflows feed one another (two links of the programme map).
    const a = buildTemplate('lifecycle', 'en');
    const store = createCompareStore(inPageWorker(() => Promise.reject(new Error('no sandbox here'))), 2);
    const settings = { workflows: [], startDate: a.simulation.startDate, horizonDays: 60, seed: 3, arrivals: { ...a.simulation.arrivals, perDay: 0 } };
    await store.getState().start({ a, b: duplicateAsVariant(a), origin: { contacts: generateContacts(a, 400, 3) }, settings, replications: 5, meta: {} as never });
    const result = store.getState().result!;
    const at = comparisonAt(result, 59);
    const links = result.summary.cells.filter((c) => c.kind === 'programme' && at.figure('a', c.key)!.hi > 0);
    expect(links.length).toBeGreaterThan(0);
    renderWithEditor(<CompareTable at={at} />, { project: a });
    for (const cell of links) {
      const row = screen.getByTestId(`compare-row-${cell.key}`);
      // The two workflows the map's edge joins, by name, then how it carries contacts; the one-line label in the tooltip.
      const edge = programmeMap(a).edges.find((e) => e.key === cell.subject)!;
      const name = (id: string) => a.workflows.find((w) => w.id === id)!.name;
      const label = row.querySelector('.fb-compare-link')!;
      expect([...label.children].filter((c) => c.tagName === 'SPAN').map((c) => c.textContent)).toEqual([name(edge.from), name(edge.to), expect.stringMatching(/^via /)]);
      expect(label.getAttribute('title')).toBe(cellLabel(a, cell, 'en'));
      // B is A duplicated: the same draws, so exactly no difference.
      expect([row.getAttribute('data-diff-lo'), row.getAttribute('data-diff-hi'), row.getAttribute('data-verdict')]).toEqual(['0', '0', 'none']);
    }
  });
});
