import type { Compiled } from './compile.ts';
import type { PropertyColumn } from './columns.ts';
import { compileCriteriaTest, type ContactTest } from './compiled-criteria.ts';
import type { ContactStore } from './contacts.ts';

/**
 * Score rules: baseline = the contact's initial `hubspotscore` minus the rules holding at start;
 * the score is baseline + points of the rules holding, recomputed on changes the rules depend on.
 */
export class ScoreRules {
  /** Changes some rule depends on. */
  readonly deps: number;
  /** The dependency bit of hubspotscore, returned when a score moved. */
  readonly bit: number;
  private readonly column: PropertyColumn;
  private readonly tests: ContactTest[];

  constructor(
    private readonly compiled: Compiled,
    private readonly store: ContactStore,
  ) {
    this.tests = compiled.scoreRules.map((r) => compileCriteriaTest(r.criteria, store));
    this.column = store.column('hubspotscore');
    this.deps = compiled.scoreRules.reduce((m, r) => m | r.deps, 0);
    this.bit = compiled.propertyBit('hubspotscore');
  }

  init(i: number, nowMs: number): void {
    const rules = this.compiled.scoreRules;
    if (rules.length === 0) return;
    let bits = 0;
    let points = 0;
    for (let r = 0; r < rules.length && r < 32; r++) {
      if (this.tests[r]!(i, nowMs)) {
        bits |= 1 << r;
        points += rules[r]!.points;
      }
    }
    this.store.setRuleBits(i, bits);
    const score = this.column.get(i);
    this.store.baseline[i] = (typeof score === 'number' ? score : 0) - points;
  }

  /** Re-reads the score rules a change may affect; returns the hubspotscore bit if it moved. */
  rescore(i: number, mask: number, nowMs: number): number {
    const rules = this.compiled.scoreRules;
    if (rules.length === 0 || (mask & this.deps) === 0) return 0;
    const store = this.store;
    let bits = store.ruleBits(i);
    for (let r = 0; r < rules.length && r < 32; r++) {
      const rule = rules[r]!;
      if ((rule.deps & mask) === 0) continue;
      if (this.tests[r]!(i, nowMs)) bits |= 1 << r;
      else bits &= ~(1 << r);
    }
    if (bits >>> 0 === store.ruleBits(i)) return 0;
    store.setRuleBits(i, bits);
    let score = store.baseline[i]!;
    for (let r = 0; r < rules.length && r < 32; r++) if (bits & (1 << r)) score += rules[r]!.points;
    if (score === this.column.get(i)) return 0;
    store.setColumn(i, this.column, score, nowMs);
    return this.bit;
  }
}
