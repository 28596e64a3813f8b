import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { resultsAt, stepEmailIndex } from '../../../engine/results/index.ts';
import { simulate, clockFor } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';
import { EndStates } from '../../../renderer/simulator/EndStates.tsx';
import { registerSimTexts } from '../../../renderer/simulator/i18n.ts';
import { cellKey, studyAt, type StudyAt } from '../../../renderer/study/figures.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore } from '../../../renderer/study/store.ts';

// The nurturing workflow beside the lifecycle template's first one (any form: Lead), which unenrolls
// its contacts from every other workflow: 20 runs of 300 contacts over 30 days. On day 12 some
// nurturing contacts wait in its delays and some filled a form (unenrolled), so neither figure is
// 0 in every run.
const nurturing = buildTemplate('nurturing', 'en');
const lifecycle = buildTemplate('lifecycle', 'en');
const project = {
  ...nurturing,
  workflows: [nurturing.workflows[0]!, { ...lifecycle.workflows[0]!, unenrollFromOthers: { mode: 'all' as const } }],
  lists: [...nurturing.lists, ...lifecycle.lists],
};
const contacts = generateContacts(project, 300, 11);
const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: 30, seed: 5, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
const DAY = 12;
const wf = project.workflows[0]!.id;
let study: StudyAt;

beforeAll(async () => {
  const store = createStudyStore(
    inPageWorker(() => Promise.reject(new Error('no sandbox here'))),
    2,
  );
  await store.getState().start({ project, origin: { contacts }, settings, replications: 20, meta: {} as never });
  study = studyAt(store.getState().result!, DAY);
});

function show() {
  const i18n = createI18n('en');
  registerSimTexts(i18n);
  // Replication 0 is the single run (the study's seed), at the last minute of the day shown.
  const run = simulate(project, contacts, { seed: settings.seed, horizonDays: 30, arrivals: settings.arrivals });
  const last = clockFor(run.startDate, run.timeZone).midnight(DAY + 1) - 1;
  const frame = { ...resultsAt(run, stepEmailIndex(run), last), minute: last };
  render(
    <I18nextProvider i18n={i18n}>
      <EndStates frame={frame} workflow={0} project={project} workflowId={wf} study={study} />
    </I18nextProvider>,
  );
}

const interval = (testId: string) => {
  const el = screen.getByTestId(`${testId}-interval`);
  return { lo: Number(el.getAttribute('data-lo')), hi: Number(el.getAttribute('data-hi')) };
};

describe('the end-state panel after a study', () => {
  it('shows those in progress and those unenrolled as means with their own intervals, like the other rows', () => {
    show();
    for (const [testId, figure] of [
      ['sim-state-in-progress', 'in-progress'],
      ['sim-state-unenrolled', 'unenrolled'],
      ['sim-state-enrolled', 'enrolled'],
    ] as const) {
      const f = study.figure(cellKey.workflow(wf, figure))!;
      expect(f.hi).toBeGreaterThan(0);
      expect(screen.getByTestId(testId).querySelector('.fb-sim-state-value')!.textContent).toContain(String(Math.round(f.mean)));
      expect(interval(testId)).toEqual({ lo: f.lo, hi: f.hi });
    }
  });

  it('counts in progress per run: its mean is the mean of enrolled less every way out (means add up, intervals do not)', () => {
    const mean = (figure: string) => study.figure(cellKey.workflow(wf, figure))!.mean;
    expect(mean('in-progress')).toBeCloseTo(mean('enrolled') - mean('completed') - mean('goal') - mean('unenrolled'), 9);
    expect(mean('unenrolled')).toBeCloseTo(
      ['suppressed', 'not-matching', 'unenrolled-by-workflow', 'unenrolled-on-other-enrollment', 'loop', 'workflow-loop'].reduce((s, f) => s + mean(f), 0),
      9,
    );
  });

  it('names each row in full on hover (long segment names are cut to the same prefix)', () => {
    show();
    for (const list of project.lists) expect(screen.getByTestId(`sim-list-${list.id}`).querySelector('.fb-sim-state-label')!.getAttribute('title')).toBe(list.name);
  });
});
