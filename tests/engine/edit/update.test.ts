import { describe, expect, it } from 'vitest';
import { createStep, duplicateStep, insertStep, isWellFormed, updateStep } from '../../../engine/edit/index.ts';
import { asBranchId, type Step } from '../../../engine/model/index.ts';
import { after, id, refusal, seedWorkflow, stepOf } from './fixtures.ts';

const seedStep = (name: string): Step => stepOf(seedWorkflow(), name)!;

describe('updateStep', () => {
  it('replaces a step by id, keeping its paths', () => {
    const result = updateStep(seedWorkflow(), { ...seedStep('wait'), note: 'Laisser respirer', kind: 'delay', delay: { mode: 'until-time', time: '09:00' } } as Step);
    expect(stepOf(result, 'wait')).toMatchObject({ note: 'Laisser respirer', delay: { mode: 'until-time' }, next: 'if' });
  });

  it('lets a step change kind when its path stays the same', () => {
    const result = updateStep(seedWorkflow(), { id: id('wait'), kind: 'create-task', taskTitle: 'Call', next: id('if') });
    expect(stepOf(result, 'wait')?.kind).toBe('create-task');
    expect(isWellFormed(result)).toBe(true);
  });

  it('lets a go-to jump elsewhere', () => {
    const result = updateStep(seedWorkflow(), { id: id('back'), kind: 'go-to', target: id('email') });
    expect(stepOf(result, 'back')).toMatchObject({ target: 'email' });
  });

  it('lets branches be renamed or reordered when every path keeps its step', () => {
    const step = seedStep('if');
    const renamed = step.kind === 'branch-if' ? { ...step, branches: step.branches.map((b) => ({ ...b, name: 'Chaud' })) } : step;
    expect(stepOf(updateStep(seedWorkflow(), renamed), 'if')).toMatchObject({ branches: [{ name: 'Chaud', next: 'lead' }] });
  });

  it('refuses a change that would orphan what follows', () => {
    const cut = { ...seedStep('email'), next: null } as Step;
    expect(refusal(() => updateStep(seedWorkflow(), cut)).code).toBe('would-orphan');
    const step = seedStep('if');
    const dropped = step.kind === 'branch-if' ? { ...step, branches: [{ id: asBranchId('other'), name: 'x', criteria: { groups: [] }, next: null }] } : step;
    expect(refusal(() => updateStep(seedWorkflow(), dropped)).code).toBe('would-orphan');
  });

  it('refuses pointing a path at another step', () => {
    expect(refusal(() => updateStep(seedWorkflow(), { ...seedStep('email'), next: id('lead') } as Step)).code).toBe('would-orphan');
  });

  it('refuses a go-to to a missing step and an unknown step', () => {
    expect(refusal(() => updateStep(seedWorkflow(), { id: id('back'), kind: 'go-to', target: id('ghost') })).code).toBe('bad-go-to-target');
    expect(refusal(() => updateStep(seedWorkflow(), { id: id('ghost'), kind: 'delay', delay: { mode: 'until-time', time: '09:00' }, next: null })).code).toBe('unknown-step');
  });

  it('refuses a branch step left without branches, or with two branches of the same id', () => {
    const withIf = insertStep(seedWorkflow(), after('lead'), createStep('branch-if', id('b'), {}, 'en'));
    const step = stepOf(withIf, 'b')!;
    if (step.kind !== 'branch-if') throw new Error('expected an if/then');
    expect(refusal(() => updateStep(withIf, { ...step, branches: [] })).code).toBe('bad-branches');
    expect(refusal(() => updateStep(withIf, { ...step, branches: [...step.branches, ...step.branches] })).code).toBe('bad-branches');
  });
});

describe('duplicateStep', () => {
  it('inserts a copy with a fresh id right after a linear step', () => {
    const result = duplicateStep(seedWorkflow(), id('wait'));
    const copy = stepOf(result, 'step-1');
    expect(stepOf(result, 'wait')).toMatchObject({ next: 'step-1' });
    expect(copy).toMatchObject({ kind: 'delay', delay: { duration: { amount: 2 } }, next: 'if' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('duplicates a step at a path end', () => {
    const result = duplicateStep(seedWorkflow(), id('lead'));
    expect(stepOf(result, 'step-1')).toMatchObject({ kind: 'set-lifecycle-stage', next: null });
  });

  it('refuses branches and go-tos', () => {
    expect(refusal(() => duplicateStep(seedWorkflow(), id('if'))).code).toBe('not-linear');
    expect(refusal(() => duplicateStep(seedWorkflow(), id('until'))).code).toBe('not-linear');
    expect(refusal(() => duplicateStep(seedWorkflow(), id('back'))).code).toBe('not-linear');
  });
});
