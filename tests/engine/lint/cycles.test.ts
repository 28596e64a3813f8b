import fc from 'fast-check';
import { componentsOf, elementaryCycles } from '../../../engine/lint/cycles.ts';
import { enrollIn, project, workflow } from './fixtures.ts';
import { findingsOf } from './helpers.ts';

/**
 * The enumeration the rule used before (plain depth-first search from each lowest node, no
 * blocking): exponential on a lattice, but obviously right on a small graph, so it is the
 * reference the fast walk is compared with.
 */
function naiveCycles(adjacency: readonly (readonly number[])[], max: number): number[][] {
  const found: number[][] = [];
  for (let s = 0; s < adjacency.length && found.length < max; s++) {
    const path = [s];
    const visit = (node: number) => {
      for (const to of adjacency[node]!) {
        if (found.length >= max) return;
        if (to === s) found.push([...path]);
        else if (to > s && !path.includes(to)) {
          path.push(to);
          visit(to);
          path.pop();
        }
      }
    };
    visit(s);
  }
  return found;
}

const graph = fc
  .integer({ min: 1, max: 7 })
  .chain((n) => fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }), { minLength: n, maxLength: n }))
  .map((lists) => lists.map((l) => [...l].sort((a, b) => a - b)));

describe('elementary cycles of the enrollment graph', () => {
  it('finds the same cycles, in the same order, as the plain depth-first enumeration', () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 30 }), (adjacency, max) => {
        expect(elementaryCycles(adjacency, max)).toEqual(naiveCycles(adjacency, max));
      }),
      { numRuns: 400 },
    );
  });

  it('puts two nodes in one component exactly when each reaches the other', () => {
    const reaches = (adjacency: readonly (readonly number[])[], from: number) => {
      const seen = new Set([from]);
      const todo = [from];
      while (todo.length > 0)
        for (const w of adjacency[todo.pop()!]!)
          if (!seen.has(w)) {
            seen.add(w);
            todo.push(w);
          }
      return seen;
    };
    fc.assert(
      fc.property(graph, (adjacency) => {
        const component = componentsOf(adjacency);
        const reach = adjacency.map((_, v) => reaches(adjacency, v));
        for (let a = 0; a < adjacency.length; a++)
          for (let b = 0; b < adjacency.length; b++)
            expect(component[a] === component[b]).toBe(reach[a]!.has(b) && reach[b]!.has(a));
      }),
      { numRuns: 300 },
    );
  });

  it('walks a 5,000-node chain without overflowing the stack', () => {
    const n = 5000;
    const chain = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    expect(elementaryCycles(chain, 100)).toEqual([Array.from({ length: n }, (_, i) => i)]);
  });
});

describe('enroll-cycle on large linked projects', () => {
  // Workflow i enrolls into i+1 and i+2: the number of paths from the first is Fibonacci(n),
  // about 1.6e8 for n = 40, which the old enumeration walked one by one (seconds at n = 32).
  const lattice = (n: number, closing: boolean) =>
    project(
      Array.from({ length: n }, (_, i) => {
        const targets = [i + 1, i + 2].filter((t) => t < n);
        if (closing && i === n - 1) targets.push(0);
        const steps = targets.map((t, k) => enrollIn(`w${i}-${k}`, `w${t}`, k + 1 < targets.length ? `w${i}-${k + 1}` : null));
        return workflow(`w${i}`, steps);
      }),
    );

  it('finds no cycle in a 60-workflow lattice, at once', () => {
    const t0 = performance.now();
    expect(findingsOf('enroll-cycle', lattice(60, false))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reports the first 100 cycles of a closed 60-workflow lattice, at once', () => {
    // Closing the lattice (w59 → w0) makes every w0 → … → w59 path a cycle: Fibonacci(59) of
    // them. The rule stops at 100, and the walk pays only for the cycles it reports.
    const t0 = performance.now();
    const found = findingsOf('enroll-cycle', lattice(60, true));
    expect(found).toHaveLength(100);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
