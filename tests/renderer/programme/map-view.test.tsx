import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asListId, asStepId, asWorkflowId, emptyWorkflow, type Project } from '../../../engine/model/index.ts';
import { PROGRAMME_TEXTS } from '../../../renderer/programme/i18n.ts';
import { ProgrammeLayer, ProgrammeButton } from '../../../renderer/programme/ProgrammeMapView.tsx';
import { programmeViewStore } from '../../../renderer/programme/store.ts';
import { renderWithEditor, sampleProject } from '../render.tsx';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { intervalOf, programmeCounts, programmeMap } from '../../../engine/programme/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { replicationOptions } from '../../../engine/study/index.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimulationProvider } from '../../../renderer/simulator/context.tsx';
import { createSimulationStore, runSettingsOf } from '../../../renderer/simulator/store.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, studyOptions } from '../../../renderer/study/store.ts';

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
    expect(edge.querySelector('text')!.textContent).toBe(lang === 'en' ? 'Segment “Downloaded ebook 2” (trigger)' : 'Segment «\u00a0Downloaded ebook 2\u00a0» (déclencheur)');
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

describe('programme map after a study', () => {
  it.each(['en', 'fr'] as const)('each link shows its mean and interval over the study’s runs, computed from full runs (%s)', async (lang) => {
    const project = buildTemplate('lifecycle', 'en');
    const contacts = generateContacts(project, 600, 3);
    const sim = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))));
    sim.getState().setActive(true, project);
    await sim.getState().run(project, { contacts });
    const { meta, settings } = sim.getState();
    const study = createStudyStore(inPageWorker(() => Promise.reject(new Error('no sandbox in tests'))), 2);
    const R = 4;
    const runSettings = runSettingsOf(settings!, project);
    await study.getState().start({ project, origin: { contacts }, settings: runSettings, replications: R, meta: meta! });
    expect(study.getState().status).toBe('done');
    // The reference: each replication run whole, its links counted on its log, then the interval rule.
    const map = programmeMap(project);
    const options = studyOptions(runSettings, R);
    const results = Array.from({ length: R }, (_, r) => simulate(project, contacts, replicationOptions(project, options, r)));
    const runs = results.map((result) => programmeCounts(project, map, result));
    const edge = map.edges.find((e) => runs.some((c) => c.get(e.key)! > 0))!;
    const range = intervalOf(runs.map((c) => c.get(edge.key)!));
    expect(range.high).toBeGreaterThan(range.low);
    programmeViewStore.getState().show('map');
    const { container } = renderWithEditor(
      <SimulationProvider store={sim}>
        <StudyProvider store={study}>
          <ProgrammeLayer />
        </StudyProvider>
      </SimulationProvider>,
      { project, lang },
    );
    await waitFor(() => expect(screen.getByTestId('programme-map').getAttribute('data-counts')).toBe('true'), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('programme-map').getAttribute('data-ready')).toBe('true'), { timeout: 10_000 });
    const n = (v: number) => v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 });
    const drawn = [...container.querySelectorAll(`[data-edge="${edge.key}"] text`)].map((t) => t.textContent).join(' ');
    expect(drawn).toContain(`${n(range.mean)} (${n(range.low)}–${n(range.high)})`);
    expect(screen.getByTestId('programme-note').textContent).toContain(PROGRAMME_TEXTS[lang].studyRuns.replace('{{count}}', String(R)));
    // The card of the workflow the link feeds: its enrollments' mean and interval over the same runs.
    const target = project.workflows.findIndex((w) => w.id === edge.to);
    const enrolled = intervalOf(results.map((result) => result.workflows[target]!.enrolled));
    expect(container.querySelector(`[data-workflow="${edge.to}"]`)!.textContent).toContain(`${n(enrolled.mean)} (${n(enrolled.low)}–${n(enrolled.high)})`);
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
