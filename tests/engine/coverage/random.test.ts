import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageProject, coverWorkflow, traversals } from '../../../engine/coverage/index.ts';
import { asBranchId, asStepId, asWorkflowId, type Step, type StepId } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { L, prospectsAndStudents, smallProject } from '../expect/fixture.ts';

/**
 * Random workflow trees: if/then branches on the contact type (values the sample draws, and one it
 * never does), delays, list steps. Property: the chosen contacts reach exactly the branches and
 * ends a contact can take (derived from each path by hand, below), the others are named
 * unreachable, and the set run alone reaches what it claims.
 */

type Node = { kind: 'list' } | { kind: 'delay'; next: Node } | { kind: 'branch'; value: 'prospect' | 'student' | 'nobody'; yes: Node; no: Node };

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Node>({ kind: 'list' }),
    tie('node').map((next): Node => ({ kind: 'delay', next })),
    fc.record({ value: fc.constantFrom<'prospect' | 'student' | 'nobody'>('prospect', 'student', 'nobody'), yes: tie('node'), no: tie('node') }).map((b): Node => ({ kind: 'branch', ...b })),
  ),
})).node;

/**
 * The steps, and each edge with whether a contact can take it, derived by hand from the path
 * leading to it: contacts enrolled are prospects or students (the trigger); a "yes" on type v
 * needs the type to be v, a "no" needs it not to be; a path after more delays (1 day each) than
 * the 10-day run holds is never reached.
 */
function toSteps(node: Node): { steps: Step[]; feasible: Map<string, boolean> } {
  const steps: Step[] = [];
  const feasible = new Map<string, boolean>();
  type Path = { readonly is: string | null; readonly not: readonly string[]; readonly days: number; readonly dead: boolean };
  const ok = (p: Path) => !p.dead && p.days <= 9 && ['prospect', 'student'].some((t) => (p.is === null || p.is === t) && !p.not.includes(t));
  const walk = (n: Node, path: Path): StepId => {
    const id = asStepId(`s${steps.length}`);
    const at = steps.length;
    steps.push(null as unknown as Step);
    if (n.kind === 'list') {
      steps[at] = { id, kind: 'add-to-list', list: L, next: null };
      feasible.set(`${id}/next`, ok(path));
    } else if (n.kind === 'delay') {
      const after = { ...path, days: path.days + 1 };
      feasible.set(`${id}/next`, ok(after));
      steps[at] = { id, kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: walk(n.next, after) };
    } else {
      const yesPath = { ...path, is: n.value, dead: path.dead || (path.is !== null && path.is !== n.value) };
      const noPath = { ...path, not: [...path.not, n.value] };
      feasible.set(`${id}/branch:b-${id}`, ok(yesPath));
      feasible.set(`${id}/default`, ok(noPath));
      const yes = walk(n.yes, yesPath);
      const no = walk(n.no, noPath);
      steps[at] = {
        id,
        kind: 'branch-if',
        branches: [{ id: asBranchId(`b-${id}`), name: n.value, criteria: { groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: [n.value] } }] }] }, next: yes }],
        defaultName: 'other',
        defaultNext: no,
      };
    }
    return id;
  };
  feasible.set('__enrollment__/next', true);
  walk(node, { is: null, not: [], days: 0, dead: false });
  return { steps, feasible };
}

const key = (e: { from: string; slot: string }) => `${e.from}/${e.slot}`;

describe('coverage personas on random workflows', () => {
  it('reach or name every branch and end, consistently', () => {
    fc.assert(
      fc.property(nodeArb, fc.integer({ min: 1, max: 500 }), (tree, seed) => {
        const { steps, feasible } = toSteps(tree);
        const base = smallProject(steps, prospectsAndStudents);
        const project = { ...base, simulation: { ...base.simulation, seed } };
        const c = coverWorkflow(project, asWorkflowId('wf'), { poolSize: 120, seed });
        const reached = c.reached.map(key);
        const missing = c.unreachable.map((u) => key(u.edge));
        // Reached: exactly the edges a contact can take; named unreachable: exactly the others.
        expect([...reached].sort()).toEqual([...feasible].filter(([, f]) => f).map(([k]) => k).sort());
        expect([...missing].sort()).toEqual([...feasible].filter(([, f]) => !f).map(([k]) => k).sort());
        const alone = simulate(coverageProject(project), c.contacts);
        const edges = new Set([...traversals(alone, asWorkflowId('wf')).values()].flatMap((s) => [...s]));
        expect([...edges].map((k) => key(alone.edges[k]!)).sort()).toEqual([...reached].sort());
      }),
      { numRuns: 60 },
    );
  });
});
