import type { Project } from '../model/index.ts';
import type { ContactInput } from '../sim/index.ts';
import { StudyAggregate, type StudySummary } from './aggregate.ts';
import type { Cell, StudyLayout } from './layout.ts';
import { replicationFrame, studyPopulation, studyShape, type StudyOptions } from './replications.ts';

/**
 * Variants: project B against project A over the same contacts, replication r of both run with the
 * same seed. Each contact's stream is seeded from the seed and its id (engine/sim/state/rng.ts),
 * so as long as a contact meets the same steps in A and B it makes the same draws in both (common
 * random numbers): the difference B - A is then due to what differs, not to chance, and its
 * interval is much narrower than that of two independent studies. Cells are matched by key (ids):
 * steps, edges, lists... that both have. A variant identical to A differs by exactly zero.
 */

/** A copy of the project to edit as variant B: same ids, so every step of A is shared until edited. */
export function duplicateAsVariant(project: Project, suffix = 'B'): Project {
  return { ...structuredClone(project), name: `${project.name} (${suffix})` };
}

export interface ComparisonLayout {
  /** The shared cells, as A names them. */
  readonly cells: readonly Cell[];
  readonly inA: Int32Array;
  readonly inB: Int32Array;
}

export function comparisonLayout(a: StudyLayout, b: StudyLayout): ComparisonLayout {
  const inB = new Map(b.cells.map((c, k) => [c.key, k]));
  const shared = a.cells.flatMap((c, k) => (inB.has(c.key) ? [{ cell: c, a: k, b: inB.get(c.key)! }] : []));
  return { cells: shared.map((s) => s.cell), inA: Int32Array.from(shared, (s) => s.a), inB: Int32Array.from(shared, (s) => s.b) };
}

/** Streams replications of both variants into A's, B's and the paired differences' aggregates (shared cells only). */
export class ComparisonAggregate {
  readonly a: StudyAggregate;
  readonly b: StudyAggregate;
  readonly diff: StudyAggregate;

  constructor(
    readonly layout: ComparisonLayout,
    readonly cellsA: number,
    readonly cellsB: number,
    readonly days: number,
    replications: number,
  ) {
    const n = layout.cells.length;
    this.a = new StudyAggregate(n, days, replications);
    this.b = new StudyAggregate(n, days, replications);
    this.diff = new StudyAggregate(n, days, replications);
  }

  add(r: number, frameA: Int32Array, frameB: Int32Array): void {
    if (frameA.length !== this.days * this.cellsA || frameB.length !== this.days * this.cellsB) {
      throw new Error(`Replication ${r}: A and B must run over the same ${this.days} days (give both the same horizon).`);
    }
    const { inA, inB } = this.layout;
    const n = inA.length;
    const a = new Int32Array(n * this.days);
    const b = new Int32Array(n * this.days);
    const d = new Int32Array(n * this.days);
    for (let day = 0; day < this.days; day++) {
      for (let k = 0; k < n; k++) {
        const va = frameA[day * this.cellsA + inA[k]!]!;
        const vb = frameB[day * this.cellsB + inB[k]!]!;
        a[day * n + k] = va;
        b[day * n + k] = vb;
        d[day * n + k] = vb - va;
      }
    }
    this.a.add(r, a);
    this.b.add(r, b);
    this.diff.add(r, d);
  }

  summary(): ComparisonSummary {
    return { cells: this.layout.cells, a: this.a.summary(), b: this.b.summary(), diff: this.diff.summary() };
  }
}

export interface ComparisonSummary {
  readonly cells: readonly Cell[];
  readonly a: StudySummary;
  readonly b: StudySummary;
  /** B - A per replication, its mean and 90 % interval. */
  readonly diff: StudySummary;
}

/** What the interval of B - A says: B higher, B lower, or no clear difference (the interval holds 0). */
export type Verdict = 'more' | 'fewer' | 'none';

export function verdict(lo: number, hi: number): Verdict {
  return lo > 0 ? 'more' : hi < 0 ? 'fewer' : 'none';
}

/** Both variants' layouts; their days must agree (same horizon and start). */
export function runComparison(projectA: Project, projectB: Project, contacts: ContactInput, options: StudyOptions): ComparisonSummary {
  const la = studyShape(projectA, options);
  const lb = studyShape(projectB, options);
  const layout = comparisonLayout(la, lb);
  const many = options.replications > 1;
  const loadedA = many ? studyPopulation(projectA, contacts, options) : undefined;
  const loadedB = many ? studyPopulation(projectB, contacts, options) : undefined;
  let aggregate: ComparisonAggregate | null = null;
  for (let r = 0; r < options.replications; r++) {
    const fa = replicationFrame(projectA, contacts, options, r, la, loadedA);
    const fb = replicationFrame(projectB, contacts, options, r, lb, loadedB);
    aggregate ??= new ComparisonAggregate(layout, la.cells.length, lb.cells.length, fa.length / la.cells.length, options.replications);
    aggregate.add(r, fa, fb);
  }
  if (!aggregate) throw new Error('A comparison needs at least one replication.');
  return aggregate.summary();
}
