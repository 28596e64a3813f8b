import { asAssetId, asEmailId, asWorkflowId, NO_CRITERIA } from '../../../engine/model/index.ts';
import {
  addToList,
  delayDays,
  enrollIn,
  inList,
  criteria,
  project,
  randomSplit,
  sendEmail,
  sid,
  workflow,
} from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

describe('enroll-cycle', () => {
  it('reports a two-workflow cycle once, with both enroll steps', () => {
    const a = workflow('a', [enrollIn('a1', 'b')], { name: 'Nurturing' });
    const b = workflow('b', [delayDays('b0', 1, 'b1'), enrollIn('b1', 'a')], { name: 'Relance' });
    const found = findingsOf('enroll-cycle', project([a, b]));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ severity: 'error', workflow: asWorkflowId('a'), steps: [sid('a1')] });
    expect(f.involves).toEqual([
      { workflow: 'a', step: 'a1' },
      { workflow: 'b', step: 'b1' },
    ]);
    expect(f.message.fr).toContain('«\u00a0Nurturing\u00a0» → «\u00a0Relance\u00a0» → «\u00a0Nurturing\u00a0»');
    expect(f.message.en).toContain('“Nurturing” → “Relance” → “Nurturing”');
    expectBilingual(f);
  });

  it('finds longer cycles and ignores chains that do not loop back', () => {
    const a = workflow('a', [enrollIn('a1', 'b')]);
    const b = workflow('b', [enrollIn('b1', 'c')]);
    const c = workflow('c', [enrollIn('c1', 'a')]);
    const d = workflow('d', [enrollIn('d1', 'a')]);
    const found = findingsOf('enroll-cycle', project([a, b, c, d]));
    expect(found.map((f) => f.involves?.map((l) => l.step))).toEqual([['a1', 'b1', 'c1']]);
    expect(findingsOf('enroll-cycle', project([a, b]))).toEqual([]);
  });
});

describe('missing-reference', () => {
  it('flags a step sending an email that does not exist, and a dangling next', () => {
    const wf = workflow('w', [sendEmail('a', 'ghost-email', 'nowhere')]);
    const found = findingsOf('missing-reference', project([wf]));
    expect(found.map((f) => [f.steps, f.severity])).toEqual([
      [[sid('a')], 'error'],
      [[sid('a')], 'error'],
    ]);
    expect(found[0]!.message.fr).toContain('l’e-mail «\u00a0ghost-email\u00a0», qui n’existe pas');
    expect(found[1]!.message.en).toContain('step “nowhere”');
    found.forEach(expectBilingual);
  });

  it('flags missing lists, workflows and assets in settings, steps and the project', () => {
    const wf = workflow('w', [addToList('a', 'ghost-list', 'b'), enrollIn('b', 'ghost-wf')], {
      suppressionLists: [],
      goal: criteria(inList('ghost-goal-list')),
    });
    const p = project([wf], {
      emails: [{ id: asEmailId('e'), name: 'Orphelin', subject: 's', asset: asAssetId('ghost-asset'), openScale: 1, clickScale: 1 }],
    });
    const found = findingsOf('missing-reference', p);
    expect(found.map((f) => [f.workflow, f.steps[0] ?? null])).toEqual([
      [null, null],
      ['w', null],
      ['w', 'a'],
      ['w', 'b'],
    ]);
    expect(found[1]!.message.fr).toContain('(objectif)');
  });

  it('is silent on a project whose references all exist', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', 'b'), addToList('b', 'nurtured')]);
    expect(findingsOf('missing-reference', project([wf]))).toEqual([]);
  });
});

describe('empty-workflow', () => {
  it('informs about a workflow with no step', () => {
    const found = findingsOf('empty-workflow', project([workflow('w', [], { name: 'Brouillon' })]));
    expect(found).toEqual([
      {
        rule: 'empty-workflow',
        severity: 'info',
        workflow: 'w',
        steps: [],
        message: { fr: '«\u00a0Brouillon\u00a0» n’a encore aucune action.', en: '“Brouillon” has no action yet.' },
      },
    ]);
  });

  it('is silent once a step exists', () => {
    expect(findingsOf('empty-workflow', project([workflow('w', [addToList('a', 'nurtured')])]))).toEqual([]);
  });
});

describe('no-trigger', () => {
  const manual = workflow('m', [addToList('a', 'nurtured')], {
    enrollment: { triggers: NO_CRITERIA, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
  });

  it('informs about a workflow with no trigger that nothing enrolls into', () => {
    const found = findingsOf('no-trigger', project([manual]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', workflow: 'm', steps: [] });
    expectBilingual(found[0]!);
  });

  it('is silent when another workflow enrolls into it, or when it has triggers', () => {
    const feeder = workflow('f', [enrollIn('e', 'm')]);
    expect(findingsOf('no-trigger', project([manual, feeder]))).toEqual([]);
    expect(findingsOf('no-trigger', project([workflow('t', [addToList('a', 'nurtured')])]))).toEqual([]);
  });
});

describe('random-split-sum', () => {
  it('flags a split whose shares do not add up to 100', () => {
    const wf = workflow('w', [randomSplit('r', [[60, 'x'], [30, 'x']]), addToList('x', 'nurtured')]);
    const found = findingsOf('random-split-sum', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', steps: [sid('r')] });
    expect(found[0]!.message.fr).toBe('Les branches de «\u00a0Répartition aléatoire\u00a0» totalisent 90\u00a0% au lieu de 100\u00a0%.');
    expect(found[0]!.message.en).toBe('The branches of “Random split” add up to 90% instead of 100%.');
  });

  it('accepts shares adding to 100, decimals included', () => {
    const wf = workflow('w', [randomSplit('r', [[33.3, 'x'], [33.3, 'x'], [33.4, 'x']]), addToList('x', 'nurtured')]);
    expect(findingsOf('random-split-sum', project([wf]))).toEqual([]);
  });
});
