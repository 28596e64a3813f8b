import { describe, expect, it } from 'vitest';
import { createStep, deleteStep, deleteSubtree, insertStep, isWellFormed, removeBranch } from '../../../engine/edit/index.ts';
import { asBranchId } from '../../../engine/model/index.ts';
import { after, ids, id, refusal, seedWorkflow, stepOf, YES } from './fixtures.ts';

describe('deleteStep', () => {
  it('given a linear step, its predecessor now leads to its next', () => {
    const result = deleteStep(seedWorkflow(), id('email'));
    expect(result.start).toBe('wait');
    expect(ids(result)).not.toContain('email');
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a linear step that a go-to jumps to, the go-to goes too and its path ends', () => {
    const result = deleteStep(seedWorkflow(), id('wait'));
    expect(stepOf(result, 'email')).toMatchObject({ next: 'if' });
    expect(ids(result)).not.toContain('back');
    expect(stepOf(result, 'until')).toMatchObject({ notMet: null });
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a branch and a kept path, that path takes its place and the others are deleted', () => {
    const result = deleteStep(seedWorkflow(), id('if'), { kind: 'branch', branch: YES });
    expect(stepOf(result, 'wait')).toMatchObject({ next: 'lead' });
    expect(ids(result).sort()).toEqual(['email', 'lead', 'wait']);
  });

  it('given a branch and its default kept, the chosen branch subtree is deleted', () => {
    const result = deleteStep(seedWorkflow(), id('if'), { kind: 'default' });
    expect(stepOf(result, 'wait')).toMatchObject({ next: 'until' });
    expect(ids(result)).not.toContain('lead');
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a branch and no kept path, the whole subtree is deleted', () => {
    const result = deleteStep(seedWorkflow(), id('if'));
    expect(stepOf(result, 'wait')).toMatchObject({ next: null });
    expect(ids(result).sort()).toEqual(['email', 'wait']);
  });

  it('given a random split down to one branch and no kept path, its subtree is deleted too', () => {
    const split = insertStep(seedWorkflow(), after('lead'), createStep('branch-random', id('split'), {}, 'en'));
    const single = removeBranch(insertStep(split, { from: id('split'), slot: { kind: 'branch', branch: asBranchId('branch-1') } }, createStep('delay', id('d'), {}, 'en')), id('split'), asBranchId('branch-2'));
    const result = deleteStep(single, id('split'));
    expect(ids(result)).not.toContain('d');
    expect(stepOf(result, 'lead')).toMatchObject({ next: null });
  });

  it('given a delay-until-event keeping "not met", the kept go-to survives', () => {
    const result = deleteStep(seedWorkflow(), id('until'), { kind: 'not-met' });
    expect(stepOf(result, 'if')).toMatchObject({ defaultNext: 'back' });
    expect(ids(result)).not.toContain('listed');
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a go-to, its path becomes an end', () => {
    const result = deleteStep(seedWorkflow(), id('back'));
    expect(stepOf(result, 'until')).toMatchObject({ notMet: null });
  });

  it('given the only step, the workflow becomes empty', () => {
    const one = deleteStep(deleteStep(seedWorkflow(), id('wait')), id('if'));
    const result = deleteStep(one, id('email'));
    expect(result.start).toBeNull();
    expect(result.steps).toEqual([]);
  });

  it('refuses an unknown step and a path the step does not have', () => {
    expect(refusal(() => deleteStep(seedWorkflow(), id('ghost'))).code).toBe('unknown-step');
    expect(refusal(() => deleteStep(seedWorkflow(), id('email'), { kind: 'met' })).code).toBe('unknown-slot');
    expect(refusal(() => deleteStep(seedWorkflow(), id('if'), { kind: 'branch', branch: 'nope' as never })).code).toBe('unknown-slot');
  });
});

describe('deleteSubtree', () => {
  it('removes the step and everything below, and the go-tos jumping into it', () => {
    const result = deleteSubtree(seedWorkflow(), id('wait'));
    expect(ids(result)).toEqual(['email']);
    expect(stepOf(result, 'email')).toMatchObject({ next: null });
  });

  it('given the start step, empties the workflow', () => {
    const result = deleteSubtree(seedWorkflow(), id('email'));
    expect(result).toMatchObject({ start: null, steps: [] });
  });

  it('keeps go-tos outside the subtree that jump elsewhere', () => {
    const result = deleteSubtree(seedWorkflow(), id('listed'));
    expect(stepOf(result, 'back')).toMatchObject({ target: 'wait' });
    expect(stepOf(result, 'until')).toMatchObject({ met: null, notMet: 'back' });
  });

  it('refuses an unknown step', () => {
    expect(refusal(() => deleteSubtree(seedWorkflow(), id('ghost'))).code).toBe('unknown-step');
  });
});
