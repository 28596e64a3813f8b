import { asBranchId, asListId, asProjectId, asStepId, emptyProject, type Criteria, type Project } from '../../../engine/model/index.ts';
import { contact, workflow } from '../sim/fixtures.ts';

/**
 * A model whose answer is known in closed form: every contact is enrolled at the start and goes
 * through one 50/50 random split into list A or list B. The count in each branch is
 * Binomial(contacts, 1/2), whatever the seed.
 */

const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
const s = asStepId;

export function splitProject(percentA = 50): Project {
  const base = emptyProject(asProjectId('split'), 'split');
  const split = workflow(
    'split',
    [
      { id: s('coin'), kind: 'branch-random', branches: [{ id: asBranchId('a'), name: 'A', percent: percentA, next: s('to-a') }, { id: asBranchId('b'), name: 'B', percent: 100 - percentA, next: s('to-b') }] },
      { id: s('to-a'), kind: 'add-to-list', list: asListId('list-a'), next: null },
      { id: s('to-b'), kind: 'add-to-list', list: asListId('list-b'), next: null },
    ],
    { enrollment: { triggers: everyone, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } },
  );
  return {
    ...base,
    workflows: [split],
    lists: [
      { id: asListId('list-a'), name: 'A' },
      { id: asListId('list-b'), name: 'B' },
    ],
    simulation: { ...base.simulation, horizonDays: 2, arrivals: { ...base.simulation.arrivals, perDay: 0 } },
  };
}

export const splitContacts = (n: number) => Array.from({ length: n }, (_, k) => contact(`c${k}`));

/** Binomial(n, 1/2) probabilities, exact enough in doubles for n of a few hundred. */
export function binomialHalf(n: number): Float64Array {
  const p = new Float64Array(n + 1);
  let logC = 0;
  for (let x = 0; x <= n; x++) {
    if (x > 0) logC += Math.log(n - x + 1) - Math.log(x);
    p[x] = Math.exp(logC - n * Math.LN2);
  }
  return p;
}
