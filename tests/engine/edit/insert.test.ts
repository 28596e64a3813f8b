import { describe, expect, it } from 'vitest';
import { createStep, insertStep, isWellFormed, wellFormedProblems } from '../../../engine/edit/index.ts';
import { emptyWorkflow, type Workflow } from '../../../engine/model/index.ts';
import { after, enrollmentEdge, id, refusal, seedWorkflow, stepOf, YES } from './fixtures.ts';

const delay = (name: string) => createStep('delay', id(name), {}, 'en');

describe('insertStep', () => {
  it('the seed workflow used by these tests is well formed', () => {
    expect(wellFormedProblems(seedWorkflow())).toEqual([]);
  });

  it('given an empty workflow, inserting on the enrollment edge makes the step the start', () => {
    const result = insertStep(emptyWorkflow('w', 'W'), enrollmentEdge, delay('d'));
    expect(result.start).toBe('d');
    expect(result.steps).toHaveLength(1);
  });

  it('never mutates the workflow it is given', () => {
    const seed = seedWorkflow();
    const frozen = JSON.stringify(seed);
    insertStep(seed, after('email'), delay('d'));
    expect(JSON.stringify(seed)).toBe(frozen);
  });

  it('given a linear step inserted mid-path, what followed continues on its next', () => {
    const result = insertStep(seedWorkflow(), after('email'), delay('d'));
    expect(stepOf(result, 'email')).toMatchObject({ next: 'd' });
    expect(stepOf(result, 'd')).toMatchObject({ next: 'wait' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('given an if/then inserted mid-path, what followed goes to its default path', () => {
    const result = insertStep(seedWorkflow(), after('email'), createStep('branch-if', id('b'), {}, 'en'));
    expect(stepOf(result, 'b')).toMatchObject({ defaultNext: 'wait', branches: [{ next: null }] });
  });

  it('given a value branch inserted mid-path, what followed goes to its default path', () => {
    const result = insertStep(seedWorkflow(), after('email'), createStep('branch-value', id('b'), {}, 'en'));
    expect(stepOf(result, 'b')).toMatchObject({ defaultNext: 'wait' });
  });

  it('given a random split inserted mid-path, what followed goes to its first branch', () => {
    const result = insertStep(seedWorkflow(), after('email'), createStep('branch-random', id('r'), {}, 'en'));
    expect(stepOf(result, 'r')).toMatchObject({ branches: [{ next: 'wait' }, { next: null }] });
  });

  it('given a delay-until-event inserted mid-path, what followed goes to the met path', () => {
    const result = insertStep(seedWorkflow(), after('email'), createStep('delay-until-event', id('u'), {}, 'en'));
    expect(stepOf(result, 'u')).toMatchObject({ met: 'wait', notMet: null });
  });

  it('inserts on a branch path and on the enrollment edge alike', () => {
    const onBranch = insertStep(seedWorkflow(), { from: id('if'), slot: { kind: 'branch', branch: YES } }, delay('d'));
    expect(stepOf(onBranch, 'd')).toMatchObject({ next: 'lead' });
    const atStart = insertStep(seedWorkflow(), enrollmentEdge, delay('first'));
    expect(atStart.start).toBe('first');
    expect(stepOf(atStart, 'first')).toMatchObject({ next: 'email' });
  });

  it('given a path end, a go-to can be placed there', () => {
    const result = insertStep(seedWorkflow(), after('lead'), createStep('go-to', id('g'), { goToTarget: id('email') }, 'en'));
    expect(stepOf(result, 'lead')).toMatchObject({ next: 'g' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('refuses a go-to mid-path, since what followed would be orphaned', () => {
    const seed = seedWorkflow();
    expect(refusal(() => insertStep(seed, after('email'), createStep('go-to', id('g'), { goToTarget: id('lead') }, 'en'))).code).toBe('not-an-end');
  });

  it('refuses a go-to to a step that does not exist or to itself', () => {
    const go = (target: string) => createStep('go-to', id('g'), { goToTarget: id(target) }, 'en');
    expect(refusal(() => insertStep(seedWorkflow(), after('lead'), go('nowhere'))).code).toBe('bad-go-to-target');
    expect(refusal(() => insertStep(seedWorkflow(), after('lead'), go('g'))).code).toBe('bad-go-to-target');
  });

  it('refuses a step whose id is already used', () => {
    expect(refusal(() => insertStep(seedWorkflow(), after('lead'), delay('wait'))).code).toBe('duplicate-id');
  });

  it('refuses a step that already leads somewhere', () => {
    const connected = { ...delay('d'), next: id('lead') };
    expect(refusal(() => insertStep(seedWorkflow(), after('email'), connected)).code).toBe('not-detached');
  });

  it('refuses an unknown source step, an unknown slot and a go-to jump', () => {
    const seed = seedWorkflow();
    expect(refusal(() => insertStep(seed, after('ghost'), delay('d'))).code).toBe('unknown-step');
    expect(refusal(() => insertStep(seed, { from: id('email'), slot: { kind: 'met' } }, delay('d'))).code).toBe('unknown-slot');
    expect(refusal(() => insertStep(seed, { from: '__enrollment__', slot: { kind: 'default' } }, delay('d'))).code).toBe('unknown-slot');
    expect(refusal(() => insertStep(seed, { from: id('back'), slot: { kind: 'go-to' } }, delay('d'))).code).toBe('go-to-edge');
  });

  it('refuses a random split whose shares do not add up to 100', () => {
    const split = createStep('branch-random', id('r'), {}, 'en');
    const skewed = split.kind === 'branch-random' ? { ...split, branches: split.branches.map((b) => ({ ...b, percent: 40 })) } : split;
    const error = refusal(() => insertStep(seedWorkflow(), after('lead'), skewed));
    expect(error.code).toBe('bad-percentages');
    expect(error.text.en).toContain('80');
  });

  it('gives refusals in both languages', () => {
    const error = refusal(() => insertStep(seedWorkflow() as Workflow, after('ghost'), delay('d')));
    expect(error.text.fr).toMatch(/L’étape « ghost » n’existe pas/);
    expect(error.text.en).toMatch(/Step "ghost" does not exist/);
    expect(error.message).toBe(error.text.en);
  });
});
