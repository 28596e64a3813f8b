import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asListId, asStepId, asWorkflowId, emptyWorkflow, type Project } from '../../../engine/model/index.ts';
import { PROGRAMME_TEXTS } from '../../../renderer/programme/i18n.ts';
import { ProgrammeLayer, ProgrammeButton } from '../../../renderer/programme/ProgrammeMapView.tsx';
import { programmeViewStore } from '../../../renderer/programme/store.ts';
import { renderWithEditor, sampleProject } from '../render.tsx';

/** "Filler" adds to list 1; "<Reader>" is triggered by list 1 (its name checks escaping). */
function linked(): Project {
  const filler = { ...emptyWorkflow('wf-filler', 'Filler'), start: asStepId('s1'), steps: [{ id: asStepId('s1'), kind: 'add-to-list' as const, list: asListId('list-1'), next: null }] };
  const base = emptyWorkflow('wf-reader', '<Reader> & co');
  const reader = { ...base, enrollment: { ...base.enrollment, triggers: { groups: [{ filters: [{ kind: 'list' as const, list: asListId('list-1'), op: 'in' as const }] }] } } };
  return { ...sampleProject(filler), workflows: [filler, reader] };
}

describe('programme map view', () => {
  it.each(['en', 'fr'] as const)('draws a card per workflow and the labelled link; clicking the link opens the workflow it feeds (%s)', async (lang) => {
    programmeViewStore.getState().show(null);
    const { stores, container } = renderWithEditor(
      <>
        <ProgrammeButton />
        <ProgrammeLayer />
      </>,
      { project: linked(), lang },
    );
    fireEvent.click(screen.getByTestId('open-programme'));
    await waitFor(() => expect(screen.getByTestId('programme-map').getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
    const cards = [...container.querySelectorAll('[data-workflow]')].map((c) => c.getAttribute('data-workflow'));
    expect(cards.sort()).toEqual(['wf-filler', 'wf-reader']);
    // The name is text, not markup.
    expect(container.querySelector('[data-workflow="wf-reader"]')!.textContent).toContain('<Reader> & co');
    const edge = container.querySelector('[data-edge]')!;
    expect(edge.querySelector('text')!.textContent).toBe(lang === 'en' ? 'List “Downloaded ebook 2” (trigger)' : 'Liste «\u00a0Downloaded ebook 2\u00a0» (déclencheur)');
    expect(screen.getByTestId('programme-note').textContent).toContain(PROGRAMME_TEXTS[lang].noRun);
    fireEvent.click(edge.querySelector('text')!);
    expect(stores.document.getState().activeWorkflowId).toBe(asWorkflowId('wf-reader'));
    expect(screen.queryByTestId('programme-map')).toBeNull();
  });

  it('a card opens its own workflow; Escape closes the map', async () => {
    programmeViewStore.getState().show('map');
    const { stores, container } = renderWithEditor(<ProgrammeLayer />, { project: linked() });
    await waitFor(() => expect(screen.getByTestId('programme-map').getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
    stores.document.getState().setActiveWorkflow(asWorkflowId('wf-reader'));
    fireEvent.click(container.querySelector('[data-workflow="wf-filler"] rect')!);
    expect(stores.document.getState().activeWorkflowId).toBe('wf-filler');
    programmeViewStore.getState().show('map');
    await screen.findByTestId('programme-map');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('programme-map')).toBeNull();
  });
});

describe('programme texts', () => {
  const flat = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
  it('have the same keys in French and English, and cover every key the views use', () => {
    expect(flat(PROGRAMME_TEXTS.fr).sort()).toEqual(flat(PROGRAMME_TEXTS.en).sort());
    const dirs = ['renderer/programme', 'renderer/present'].filter((d) => {
      try {
        return readdirSync(d).length > 0;
      } catch {
        return false;
      }
    });
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => /\.tsx?$/.test(n))) {
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('programme\.([a-zA-Z]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(8);
    const keys = new Set(flat(PROGRAMME_TEXTS.en).map((k) => k.replace(/_(zero|one|other)$/, '')));
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });
});
