import { describe, expect, it } from 'vitest';
import { copySubtree, createStep, insertStep, isWellFormed, moveSubtree, pasteFragment, type Fragment } from '../../../engine/edit/index.ts';
import { emptyWorkflow } from '../../../engine/model/index.ts';
import { after, enrollmentEdge, id, ids, refusal, seedWorkflow, stepOf, YES } from './fixtures.ts';

const defaultOfIf = { from: id('if'), slot: { kind: 'default' } } as const;

describe('copySubtree', () => {
  it('copies the step and everything below it, ids kept', () => {
    const fragment = copySubtree(seedWorkflow(), id('until'));
    expect(fragment.root).toBe('until');
    expect(fragment.steps.map((s) => s.id)).toEqual(['until', 'listed']);
  });

  it('turns go-tos that jump outside into path ends', () => {
    const fragment = copySubtree(seedWorkflow(), id('until'));
    expect(fragment.steps.find((s) => s.id === 'until')).toMatchObject({ met: 'listed', notMet: null });
  });

  it('keeps go-tos that jump inside the copy', () => {
    const fragment = copySubtree(seedWorkflow(), id('wait'));
    expect(fragment.steps.find((s) => s.id === 'back')).toMatchObject({ target: 'wait' });
  });

  it('refuses a lone go-to jumping outside, and an unknown step', () => {
    expect(refusal(() => copySubtree(seedWorkflow(), id('back'))).code).toBe('nothing-to-copy');
    expect(refusal(() => copySubtree(seedWorkflow(), id('ghost'))).code).toBe('unknown-step');
  });
});

describe('pasteFragment', () => {
  it('given a path end, hangs a copy there with fresh ids', () => {
    const result = pasteFragment(seedWorkflow(), after('lead'), copySubtree(seedWorkflow(), id('until')));
    expect(stepOf(result, 'lead')).toMatchObject({ next: 'step-1' });
    expect(stepOf(result, 'step-1')).toMatchObject({ kind: 'delay-until-event', met: 'step-2', notMet: null });
    expect(result.steps).toHaveLength(9);
    expect(isWellFormed(result)).toBe(true);
  });

  it('renames go-tos inside the copy so they jump inside the copy', () => {
    const fragment = copySubtree(seedWorkflow(), id('wait'));
    const result = pasteFragment(seedWorkflow(), after('lead'), fragment);
    const copiedWait = (stepOf(result, 'lead') as { next: string }).next;
    expect(stepOf(result, copiedWait)).toMatchObject({ kind: 'delay', next: expect.stringMatching(/^step-/) });
    expect(result.steps.slice(7).find((s) => s.kind === 'go-to')).toMatchObject({ target: copiedWait });
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a mid-path edge, what followed continues under the first free end', () => {
    const result = pasteFragment(seedWorkflow(), after('email'), copySubtree(seedWorkflow(), id('until')));
    expect(stepOf(result, 'email')).toMatchObject({ next: 'step-1' });
    expect(stepOf(result, 'step-2')).toMatchObject({ kind: 'add-to-list', next: 'wait' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('prefers the path insertStep would continue on: the default of an if/then', () => {
    const result = pasteFragment(seedWorkflow(), after('email'), copySubtree(seedWorkflow(), id('if')));
    // The copied default path runs until -> listed, whose free end takes the old continuation.
    const copiedListed = result.steps.slice(7).find((s) => s.kind === 'add-to-list');
    expect(copiedListed).toMatchObject({ next: 'wait' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('refuses a mid-path paste when every path of the fragment ends with a go-to', () => {
    const loop = insertStep(seedWorkflow(), after('lead'), createStep('go-to', id('again'), { goToTarget: id('email') }, 'en'));
    const fragment: Fragment = { root: id('x'), steps: [{ id: id('x'), kind: 'delay', delay: { mode: 'until-time', time: '08:00' }, next: id('y') }, { id: id('y'), kind: 'go-to', target: id('x') }] };
    expect(refusal(() => pasteFragment(loop, after('email'), fragment)).code).toBe('no-free-end');
    expect(isWellFormed(pasteFragment(loop, after('listed'), fragment))).toBe(true);
  });

  it('pastes into an empty workflow', () => {
    const result = pasteFragment(emptyWorkflow('w', 'W'), enrollmentEdge, copySubtree(seedWorkflow(), id('email')));
    expect(result.steps).toHaveLength(7);
    expect(isWellFormed(result)).toBe(true);
  });

  it('refuses a fragment that is not self-contained', () => {
    const dangling: Fragment = { root: id('x'), steps: [{ id: id('x'), kind: 'delay', delay: { mode: 'until-time', time: '08:00' }, next: id('elsewhere') }] };
    expect(refusal(() => pasteFragment(seedWorkflow(), after('lead'), dangling)).code).toBe('bad-fragment');
    const rootless: Fragment = { root: id('nope'), steps: [] };
    expect(refusal(() => pasteFragment(seedWorkflow(), after('lead'), rootless)).code).toBe('bad-fragment');
  });

  it('refuses a go-to edge as the paste place', () => {
    const fragment = copySubtree(seedWorkflow(), id('lead'));
    expect(refusal(() => pasteFragment(seedWorkflow(), { from: id('back'), slot: { kind: 'go-to' } }, fragment)).code).toBe('go-to-edge');
  });
});

describe('moveSubtree', () => {
  it('cuts a subtree and hangs it on a path end, keeping ids', () => {
    const result = moveSubtree(seedWorkflow(), id('until'), after('lead'));
    expect(stepOf(result, 'if')).toMatchObject({ defaultNext: null });
    expect(stepOf(result, 'lead')).toMatchObject({ next: 'until' });
    expect(ids(result).sort()).toEqual(ids(seedWorkflow()).sort());
    expect(isWellFormed(result)).toBe(true);
  });

  it('given a mid-path edge, what followed continues under the moved subtree', () => {
    const result = moveSubtree(seedWorkflow(), id('lead'), after('email'));
    expect(stepOf(result, 'email')).toMatchObject({ next: 'lead' });
    expect(stepOf(result, 'lead')).toMatchObject({ next: 'wait' });
    expect(stepOf(result, 'if')).toMatchObject({ branches: [{ id: YES, next: null }] });
    expect(isWellFormed(result)).toBe(true);
  });

  it('keeps go-tos jumping into and out of the moved subtree valid', () => {
    const withJump = insertStep(seedWorkflow(), after('lead'), createStep('go-to', id('again'), { goToTarget: id('until') }, 'en'));
    const result = moveSubtree(withJump, id('until'), after('email'));
    expect(stepOf(result, 'email')).toMatchObject({ next: 'until' });
    expect(stepOf(result, 'listed')).toMatchObject({ next: 'wait' });
    expect(stepOf(result, 'again')).toMatchObject({ target: 'until' });
    expect(stepOf(result, 'back')).toMatchObject({ target: 'wait' });
    expect(isWellFormed(result)).toBe(true);
  });

  it('moving a subtree back onto its own edge changes nothing', () => {
    const seed = seedWorkflow();
    expect(moveSubtree(seed, id('until'), defaultOfIf)).toEqual(seed);
  });

  it('refuses to move a subtree into itself', () => {
    expect(refusal(() => moveSubtree(seedWorkflow(), id('wait'), after('listed'))).code).toBe('into-itself');
    expect(refusal(() => moveSubtree(seedWorkflow(), id('wait'), after('wait'))).code).toBe('into-itself');
  });

  it('refuses a mid-path target when the subtree has no free end', () => {
    expect(refusal(() => moveSubtree(seedWorkflow(), id('back'), after('email'))).code).toBe('no-free-end');
  });
});
