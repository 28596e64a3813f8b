import { describe, expect, it } from 'vitest';
import { generateContacts, programmeCounts, programmeMap, simulate } from '../../../engine/index.ts';
import { buildReportHtml, checkedExpectations, reportRun } from '../../../engine/report/index.ts';
import { replicationSeed } from '../../../engine/study/index.ts';
import { runTests } from '../../../engine/expect/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { runElk } from '../../../renderer/canvas/useLayout.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore } from '../../../renderer/study/store.ts';
import { runSettingsOf } from '../../../renderer/simulator/store.ts';
import type { Platform } from '../../../renderer/platform/index.ts';
import { localMinute, today, writeReport } from '../../../renderer/programme/report-export.ts';
import { watchRunTimes } from '../../../renderer/programme/run-times.ts';
import { contactsChanged } from '../../../renderer/sandbox/revisions.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { formatTime } from '../../../renderer/i18n/format.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { seedProgramme } from '../../engine/programme/fixtures.ts';

const noSandbox = () => Promise.reject(new Error('no sandbox'));
const studyStore = () => createStudyStore(inPageWorker(noSandbox), 2);

function capture(): { platform: Platform; files: { name: string; text: () => Promise<string> }[] } {
  const files: { name: string; text: () => Promise<string> }[] = [];
  // jsdom's Blob has no text(): read it as a page would.
  const read = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
  const platform = { saveFile: async (name: string, blob: Blob) => void files.push({ name, text: () => read(blob) }) } as unknown as Platform;
  return { platform, files };
}

describe('the report export of the app', () => {
  it('after a run of this project, writes the report with the run’s figures, asked of the simulator host', async () => {
    const project = { ...seedProgramme('en'), name: 'Acme: spring' };
    const contacts = generateContacts(project, 150, 3);
    const sim = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox'))));
    sim.getState().setActive(true, project);
    sim.getState().setSettings({ horizonDays: 20, seed: 3, arrivalsPerDay: 0 });
    await sim.getState().run(project, { contacts });
    expect(sim.getState().status).toBe('done');
    const { platform, files } = capture();
    const name = await writeReport(project, sim, studyStore(), 'en', platform, 'report');
    expect(name).toBe('Acme- spring – report.html');
    const doc = new DOMParser().parseFromString(await files[0]!.text(), 'text/html');
    expect(doc.querySelector('[data-section=outcomes]')).not.toBeNull();
    // The same run in the engine: the links table carries its programme counts.
    const result = simulate(project, contacts, { horizonDays: 20, seed: 3, arrivals: { ...project.simulation.arrivals, perDay: 0 } });
    const map = programmeMap(project);
    const counts = programmeCounts(project, map, result);
    const cells = [...doc.querySelectorAll('[data-figure=programme-links] td[data-value]')].map((c) => Number(c.getAttribute('data-value')));
    expect(cells).toEqual(map.edges.map((e) => counts.get(e.key)));
    // The map's counts are asked of the simulator on demand and agree with the report's.
    expect(await sim.client.programmeCounts()).toEqual(Object.fromEntries(counts));
  });

  it('after a study of the run, gives each figure its interval over the study’s replications, as the engine’s reportRun over the same runs', async () => {
    const project = { ...seedProgramme('en'), name: 'Acme: study' };
    const contacts = generateContacts(project, 120, 4);
    const sim = createSimulationStore(new SimClient(noSandbox));
    const study = studyStore();
    sim.getState().setActive(true, project);
    sim.getState().setSettings({ horizonDays: 25, seed: 6, arrivalsPerDay: 0 });
    // As Run in Simulate does with Runs = 4 (useRunAll): the single run, then the study of its settings.
    await sim.getState().run(project, { contacts });
    const { meta, settings } = sim.getState();
    await study.getState().start({ project, origin: { contacts }, settings: runSettingsOf(settings!, project), replications: 4, meta: meta! });
    expect(study.getState().status).toBe('done');
    const { platform, files } = capture();
    const dates = [today()];
    await writeReport(project, sim, study, 'en', platform, 'report');
    dates.push(today());
    const html = await files[0]!.text();
    // The engine's way: the four runs, replication seeds derived from the run's, kept whole.
    const options = { horizonDays: 25, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
    const results = Array.from({ length: 4 }, (_, r) => simulate(project, contacts, { ...options, startDate: settings!.startDate, seed: replicationSeed(6, r) }));
    expect(new Set(results.map((r) => r.workflows[0]!.enrolled)).size).toBeGreaterThan(1);
    const expected = await Promise.all(dates.map((date) => buildReportHtml({ project, lang: 'en', date, elk: runElk, run: reportRun(project, results, contacts.length), ...checkedExpectations(project) })));
    expect(expected).toContain(html);
    expect(new DOMParser().parseFromString(html, 'text/html').querySelector('[data-field=intervals]')!.textContent).toContain('the means of 4 runs with seeds derived from 6');
  });

  it('without a run, writes the programme and workflows only', async () => {
    const project = seedProgramme('fr');
    const sim = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox'))));
    const { platform, files } = capture();
    await writeReport(project, sim, studyStore(), 'fr', platform, 'rapport');
    const doc = new DOMParser().parseFromString(await files[0]!.text(), 'text/html');
    expect(doc.querySelector('[data-section=outcomes]')).toBeNull();
    expect(doc.querySelectorAll('[data-section=workflow]')).toHaveLength(project.workflows.length);
    expect(doc.documentElement.lang).toBe('fr');
  });

  it('reuses the Expectations panel’s check when it is of the project shown, and checks again otherwise', async () => {
    const project = buildTemplate('lifecycle', 'en');
    const sim = createSimulationStore(new SimClient(noSandbox));
    const reference = checkedExpectations(project).expectations!;
    // The panel's outcomes, each marked failing: a report carrying them took them, not a new check.
    const failing = runTests(project, project.tests!, 1).outcomes.map((o) => ({ ...o, state: 'fails' as const }));
    const panel = { checked: project, outcomes: failing, contacts: 300, running: false, error: null };
    const verdicts = async (checked: typeof panel) => {
      const { platform, files } = capture();
      await writeReport(project, sim, studyStore(), 'en', platform, 'report', checked);
      const doc = new DOMParser().parseFromString(await files[0]!.text(), 'text/html');
      return [...doc.querySelectorAll('[data-figure=expectations] td[data-held]')].map((c) => c.getAttribute('data-held'));
    };
    expect(await verdicts(panel)).toEqual(failing.map(() => 'false'));
    // Of another snapshot a run cannot tell from it, with the same expectations: still the panel's.
    expect(await verdicts({ ...panel, checked: { ...project } })).toEqual(failing.map(() => 'false'));
    // Of a snapshot edited since (its workflows): checked again, as the engine checks it.
    const held = reference.map((x) => (x.held === true ? 'true' : x.held === false ? 'false' : 'unknown'));
    expect(held).toContain('true');
    expect(await verdicts({ ...panel, checked: { ...project, workflows: [...project.workflows] } })).toEqual(held);
  });

  it('after edits since the run, shows the project as it was run and says so at its top: the run’s time and the edits since, from the undo history; expectations written since are no such edit', async () => {
    // Review h: two expectations added after the run counted as « 2 modifications » making the
    // report out of date and forcing a run again, though no run reads expectations.
    const project = buildTemplate('nurturing', 'en');
    expect(project.tests!.expectations).toHaveLength(3);
    const docs = createDocumentStore(project);
    const sim = createSimulationStore(new SimClient(noSandbox));
    const ended = new Date(2026, 11, 7, 19, 42, 30);
    const unwatch = watchRunTimes(sim, () => ended);
    sim.getState().setActive(true, project);
    sim.getState().setSettings({ horizonDays: 15, seed: 2, arrivalsPerDay: 0 });
    await sim.getState().run(project, { contacts: generateContacts(project, 80, 2) });
    unwatch();
    const report = async () => {
      const { platform, files } = capture();
      const { project: open, past, future } = docs.getState();
      await writeReport(open, sim, studyStore(), 'en', platform, 'report', undefined, { past, future });
      const doc = new DOMParser().parseFromString(await files[0]!.text(), 'text/html');
      return {
        notice: doc.querySelector('[data-field=stale-run]')?.textContent ?? null,
        expectations: doc.querySelectorAll('[data-figure=expectations] tbody tr').length,
        workflow: doc.querySelector('section[data-section=workflow] h2')!.textContent,
      };
    };
    const name = project.workflows[0]!.name;
    // Of the project as run: no notice.
    expect(await report()).toEqual({ notice: null, expectations: 3, workflow: name });
    const add = (id: string) => docs.getState().apply((p) => ({ ...p, tests: { ...p.tests!, expectations: [...p.tests!.expectations, { ...p.tests!.expectations[0]!, id }] } }));
    add('added-1');
    add('added-2');
    expect(docs.getState().project.tests!.expectations).toHaveLength(5);
    // Two expectations written: the run is as good as new, and the report lists all five.
    expect(await report()).toEqual({ notice: null, expectations: 5, workflow: name });
    // A workflow renamed, then one more expectation: one edit since the run, which ended at 19:42 local time on 7 December 2026.
    docs.getState().apply((p) => ({ ...p, workflows: p.workflows.map((w, i) => (i === 0 ? { ...w, name: `${w.name} (v2)` } : w)) }));
    add('added-3');
    expect(localMinute(ended)).toBe('2026-12-07T19:42');
    // The project as it was run (its name then), with the expectations as they are now.
    expect(await report()).toEqual({
      notice: `Figures and diagrams from the last run, of 7 Dec 2026 at ${formatTime('19:42', 'en')}, before the latest edits: the project has changed since (1 edit). Run it again to include them.`,
      expectations: 6,
      workflow: name,
    });
    // The expectation and the renaming undone: of the project as run again, no notice.
    docs.getState().undo();
    docs.getState().undo();
    expect(await report()).toEqual({ notice: null, expectations: 5, workflow: name });
  });

  it('says so too when the sandbox the run read changed since (its revision moved on)', async () => {
    const project = buildTemplate('nurturing', 'fr');
    const sim = createSimulationStore(new SimClient(noSandbox));
    sim.getState().setActive(true, project);
    sim.getState().setSettings({ horizonDays: 10, seed: 1, arrivalsPerDay: 0 });
    await sim.getState().run(project, { contacts: generateContacts(project, 50, 1) });
    // As a run on sandbox "sb-report" at its revision then (the store sets these from the run's origin).
    sim.setState({ ranOrigin: { sandbox: 'sb-report' }, ranRevision: 0 });
    const notice = async () => {
      const { platform, files } = capture();
      await writeReport(project, sim, studyStore(), 'fr', platform, 'rapport', undefined, { past: [], future: [] });
      return new DOMParser().parseFromString(await files[0]!.text(), 'text/html').querySelector('[data-field=stale-run]')?.textContent ?? null;
    };
    expect(await notice()).toBeNull();
    contactsChanged('sb-report');
    // Not watched: the run's time is not known, so none is given.
    expect(await notice()).toBe('Chiffres de la dernière simulation, avant les dernières modifications de ses contacts\u00a0: les contacts simulés ont changé depuis. Relancez la simulation pour les inclure.');
  });

  it('dates the report by the computer’s calendar day', () => {
    expect(today(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
