import { describe, expect, it } from 'vitest';
import { addBranch, createStep, insertStep, isWellFormed, removeBranch, renameBranch, reorderBranch, setBranchPercentages, spreadPercentages } from '../../../engine/edit/index.ts';
import { asBranchId, type RandomSplitStep, type Workflow } from '../../../engine/model/index.ts';
import { after, id, ids, refusal, seedWorkflow, stepOf, YES } from './fixtures.ts';

const A = asBranchId('branch-1');
const B = asBranchId('branch-2');

/** The seed with a 50/50 split after "lead", a delay hanging under its branch B. */
function withSplit(): Workflow {
  const split = insertStep(seedWorkflow(), after('lead'), createStep('branch-random', id('split'), {}, 'en'));
  return insertStep(split, { from: id('split'), slot: { kind: 'branch', branch: B } }, createStep('delay', id('under-b'), {}, 'en'));
}
const percents = (w: Workflow) => (stepOf(w, 'split') as RandomSplitStep).branches.map((b) => b.percent);

describe('addBranch', () => {
  it('adds an empty, numbered branch to an if/then, before the default', () => {
    const result = addBranch(seedWorkflow(), id('if'), 'fr');
    expect(stepOf(result, 'if')).toMatchObject({ branches: [{ id: YES }, { id: 'branch-1', name: 'Branche 2', next: null }], defaultNext: 'until' });
  });

  it('adds a value branch named in English', () => {
    const withValue = insertStep(seedWorkflow(), after('lead'), createStep('branch-value', id('v'), {}, 'en'));
    expect(stepOf(addBranch(withValue, id('v'), 'en'), 'v')).toMatchObject({ branches: [{}, { name: 'Branch 2', value: '' }] });
  });

  it('shares a random split evenly again, in whole percents adding to 100', () => {
    const result = addBranch(withSplit(), id('split'), 'en');
    expect(percents(result)).toEqual([34, 33, 33]);
    expect((stepOf(result, 'split') as RandomSplitStep).branches[2]?.name).toBe('C');
  });

  it('refuses a step that is not a branch', () => {
    expect(refusal(() => addBranch(seedWorkflow(), id('until'), 'en')).code).toBe('not-a-branch');
  });
});

describe('renameBranch', () => {
  it('renames one branch', () => {
    expect(stepOf(renameBranch(seedWorkflow(), id('if'), YES, 'Chaud'), 'if')).toMatchObject({ branches: [{ name: 'Chaud', next: 'lead' }] });
  });

  it('refuses an empty name and an unknown branch', () => {
    expect(refusal(() => renameBranch(seedWorkflow(), id('if'), YES, '  ')).code).toBe('empty-name');
    expect(refusal(() => renameBranch(seedWorkflow(), id('if'), asBranchId('x'), 'X')).code).toBe('unknown-branch');
  });
});

describe('reorderBranch', () => {
  it('moves a branch to a new position, its path with it', () => {
    const result = reorderBranch(withSplit(), id('split'), B, 0);
    expect(stepOf(result, 'split')).toMatchObject({ branches: [{ id: B, next: 'under-b' }, { id: A }] });
  });

  it('refuses a position out of range', () => {
    expect(refusal(() => reorderBranch(withSplit(), id('split'), B, 2)).code).toBe('bad-index');
    expect(refusal(() => reorderBranch(withSplit(), id('split'), B, -1)).code).toBe('bad-index');
  });
});

describe('removeBranch', () => {
  it('deletes the branch and its subtree, scaling a random split back to 100', () => {
    const three = setBranchPercentages(addBranch(withSplit(), id('split'), 'en'), id('split'), [20, 30, 50]);
    const result = removeBranch(three, id('split'), B);
    expect(ids(result)).not.toContain('under-b');
    expect(percents(result)).toEqual([29, 71]);
    expect(isWellFormed(result)).toBe(true);
  });

  it('deletes go-tos jumping into the removed subtree', () => {
    const jump = insertStep(withSplit(), { from: id('split'), slot: { kind: 'branch', branch: A } }, createStep('go-to', id('j'), { goToTarget: id('under-b') }, 'en'));
    const result = removeBranch(jump, id('split'), B);
    expect(ids(result)).not.toContain('j');
    expect(stepOf(result, 'split')).toMatchObject({ branches: [{ id: A, next: null, percent: 100 }] });
  });

  it('refuses the last branch of a random split and of an if/then', () => {
    const one = removeBranch(withSplit(), id('split'), A);
    expect(refusal(() => removeBranch(one, id('split'), B)).code).toBe('last-branch');
    expect(refusal(() => removeBranch(seedWorkflow(), id('if'), YES)).code).toBe('last-branch');
  });
});

describe('setBranchPercentages', () => {
  it('sets the shares in branch order', () => {
    expect(percents(setBranchPercentages(withSplit(), id('split'), [10, 90]))).toEqual([10, 90]);
  });

  it('accepts decimal shares whose sum is 100 up to rounding, as the file format does', () => {
    const three = addBranch(withSplit(), id('split'), 'en');
    expect(percents(setBranchPercentages(three, id('split'), [33.3, 33.3, 33.4]))).toEqual([33.3, 33.3, 33.4]);
  });

  it('refuses shares that do not add to 100, fall outside 0-100, or miss a branch', () => {
    expect(refusal(() => setBranchPercentages(withSplit(), id('split'), [10, 80])).code).toBe('bad-percentages');
    expect(refusal(() => setBranchPercentages(withSplit(), id('split'), [-10, 110])).code).toBe('bad-percentages');
    expect(refusal(() => setBranchPercentages(withSplit(), id('split'), [100])).code).toBe('bad-percentages');
    expect(refusal(() => setBranchPercentages(seedWorkflow(), id('if'), [100])).code).toBe('bad-percentages');
  });
});

describe('spreadPercentages', () => {
  it('keeps proportions and always adds up to 100', () => {
    expect(spreadPercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(spreadPercentages([0, 0])).toEqual([50, 50]);
    expect(spreadPercentages([10, 30])).toEqual([25, 75]);
  });
});
