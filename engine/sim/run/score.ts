import { capped, isScoreProperty, SCORE_PROPERTIES, type Criteria, type PropertyValue } from '../../model/index.ts';
import { ModelScore, PART_COMBINED, PART_ENGAGEMENT, PART_FIT } from './score-model.ts';
import { DEP, type Compiled } from '../compile/compile.ts';
import type { PropertyColumn } from '../state/columns.ts';
import { compileCriteriaTest, type ContactTest } from '../compile/compiled-criteria.ts';
import type { ContactStore } from '../state/contacts.ts';

/**
 * Score rules. The base is the contact's initial `hubspotscore` minus the rules holding at start;
 * the score is the base plus the points of the rules holding.
 * - Lazy (`Compiled#lazyScore`, the usual case): the score is read when asked, from the rules
 *   holding at that very instant, so it drops exactly when a rule's window closes, and nothing
 *   has to run then. Criteria reading it depend on what the rules read and watch their windows
 *   (compile.ts). Writing the score (a step setting it) moves the base so it reads what was written.
 * - A score model (score-model.ts) is always lazy (read clamped to its limit, offset included): its criteria rules are these rules, its event
 *   rules and caps are read in `ModelScore#part`; fitscore, engagementscore and scorethreshold are
 *   read the same way (`ContactStore#scorePart`). A contact's given score is its score at the start.
 * - Eager (some filter asks when the score last changed, or a rule reads the score): the score
 *   is a stored property recomputed on each change the rules depend on and at the re-checks.
 */
export class ScoreRules {
  /** Changes some rule depends on (eager). */
  readonly deps: number;
  /** The dependency bit of hubspotscore, returned when a score moved. */
  readonly bit: number;
  readonly lazy: boolean;
  private readonly column: PropertyColumn;
  /** Per rule, its test and its points. */
  readonly tests: ContactTest[];
  readonly points: Float64Array;
  /** The rules holding at the last instant asked, for which contact, at which store version. */
  private memo = { i: -1, minute: -1, version: -1, bits: 0 };
  /** The project's score model (score-model.ts), null: legacy rules alone. */
  readonly model: ModelScore | null;
  /** Eager: the rules reading time (a window), re-read at every rescore (see `rescore`). */
  private readonly timeRules: number;
  /**
   * Rules reading only properties that neither time nor an event moves (fit rules: job title,
   * contact type), as bits, and the columns they read: their verdicts for a contact are kept until
   * one of those columns is written (`PropertyColumn#writes`), where the other rules are re-asked
   * at every change of the contact (a page view moves nothing they read).
   */
  private readonly fixed: number;
  private readonly fixedColumns: readonly PropertyColumn[];
  private fixedMemo = { i: -1, writes: -1, bits: 0 };

  constructor(
    private readonly compiled: Compiled,
    private readonly store: ContactStore,
    /** The run's last minute: a model's decay steps are listed up to it (flip.ts#modelFlip). */
    readonly lastMinute = 0,
  ) {
    this.tests = compiled.scoreRules.map((r) => compileCriteriaTest(r.criteria, store));
    this.column = store.column('hubspotscore');
    this.deps = compiled.scoreRules.reduce((m, r) => m | r.deps, 0);
    this.bit = compiled.propertyBit('hubspotscore');
    this.points = Float64Array.from(compiled.scoreRules, (r) => r.points);
    this.lazy = compiled.lazyScore;
    this.timeRules = compiled.scoreRules.reduce((m, r, k) => (r.deps & DEP.time && k < 32 ? m | (1 << k) : m), 0);
    this.fixed = compiled.scoreRules.reduce((m, r, k) => (k < 31 && (r.deps & NOT_PROPERTIES) === 0 && readsFixedProperties(r.criteria) ? m | (1 << k) : m), 0);
    const names = compiled.scoreRules.flatMap((r, k) => (this.fixed & (1 << k) ? r.criteria.groups.flatMap((g) => g.filters.map((f) => (f.kind === 'property' ? f.property : ''))) : []));
    this.fixedColumns = [...new Set(names)].map((name) => store.column(name));
    const model = compiled.scoreModel
      ? new ModelScore(compiled.scoreModel, store, (i, minute) => this.holding(i, minute), this.points, this.deps | compiled.scoreModel.events.reduce((m, e) => m | e.deps, 0))
      : null;
    this.model = model;
    if (model) {
      // The model's limit holds for the score as read, a given or written offset included.
      const limit = compiled.scoreModel!.model.limit;
      store.scoreAt = (i, minute) => capped(store.baseline[i]! + model.part(i, minute, PART_COMBINED), limit);
      store.scorePart = (i, name, minute) =>
        name === SCORE_PROPERTIES.fit
          ? model.part(i, minute, PART_FIT)
          : name === SCORE_PROPERTIES.engagement
            ? model.part(i, minute, PART_ENGAGEMENT)
            : name === SCORE_PROPERTIES.threshold
              ? model.label(store.scoreAt!(i, minute))
              : undefined;
    } else if (this.lazy) store.scoreAt = (i, minute) => store.baseline[i]! + this.pointsOf(this.holding(i, minute));
  }

  /** What the run's score is without its offset at a minute: the model's, else the legacy rules holding. */
  private computed(i: number, minute: number): number {
    return this.model ? this.model.part(i, minute, PART_COMBINED) : this.pointsOf(this.holding(i, minute));
  }

  /**
   * Bit r: rule r holds for contact i at a minute (lazy scores have at most 31 rules). The last
   * answer is kept: a change asks the triggers reading the score, then where they can flip, at the
   * same instant of the same contact.
   */
  holding(i: number, minute: number): number {
    const memo = this.memo;
    if (memo.i === i && memo.minute === minute && memo.version === this.store.version) return memo.bits;
    const fixed = this.fixed;
    let bits = fixed === 0 ? 0 : this.fixedHolding(i, minute);
    for (let r = 0; r < this.tests.length; r++) if ((fixed & (1 << r)) === 0 && this.tests[r]!(i, minute)) bits |= 1 << r;
    memo.i = i;
    memo.minute = minute;
    memo.version = this.store.version;
    memo.bits = bits;
    return bits;
  }

  /** The fixed rules holding for contact i (see `fixed`): asked again only when a column they read was written. */
  private fixedHolding(i: number, minute: number): number {
    const columns = this.fixedColumns;
    let writes = 0;
    for (let c = 0; c < columns.length; c++) writes += columns[c]!.writes;
    const memo = this.fixedMemo;
    if (memo.i === i && memo.writes === writes) return memo.bits;
    let bits = 0;
    for (let r = 0; r < this.tests.length; r++) if (this.fixed & (1 << r) && this.tests[r]!(i, minute)) bits |= 1 << r;
    memo.i = i;
    memo.writes = writes;
    memo.bits = bits;
    return bits;
  }

  /**
   * Contact i changed in what `mask` says (DEP bits), and nothing else, since the store was at
   * `version`: when the rules were last asked at that version and minute, only those reading what
   * changed are asked again (a visit asks before and after its own change).
   */
  refresh(i: number, minute: number, mask: number, version: number): void {
    this.model?.refresh(i, minute, mask, version);
    const memo = this.memo;
    if (memo.i !== i || memo.minute !== minute || memo.version !== version) return;
    let bits = memo.bits;
    const rules = this.compiled.scoreRules;
    for (let r = 0; r < rules.length; r++) {
      if ((rules[r]!.deps & mask) === 0) continue;
      if (this.tests[r]!(i, minute)) bits |= 1 << r;
      else bits &= ~(1 << r);
    }
    memo.bits = bits;
    memo.version = this.store.version;
  }

  /** Points of the rules in a set of rule bits. */
  pointsOf(bits: number): number {
    let points = 0;
    for (let r = 0; r < this.points.length; r++) if (bits & (1 << r)) points += this.points[r]!;
    return points;
  }

  init(i: number, minute: number): void {
    const rules = this.compiled.scoreRules;
    if (rules.length === 0 && !this.model) return;
    const score = this.column.get(i);
    if (this.model) {
      // A score the contact comes with is its score at the start; the model moves it from there.
      this.store.baseline[i] = typeof score === 'number' ? score - this.computed(i, minute) : 0;
      return;
    }
    if (this.lazy) {
      this.store.baseline[i] = (typeof score === 'number' ? score : 0) - this.pointsOf(this.holding(i, minute));
      return;
    }
    let bits = 0;
    let points = 0;
    for (let r = 0; r < rules.length && r < 32; r++) {
      if (this.tests[r]!(i, minute)) {
        bits |= 1 << r;
        points += rules[r]!.points;
      }
    }
    this.store.setRuleBits(i, bits);
    this.store.baseline[i] = (typeof score === 'number' ? score : 0) - points;
  }

  /** Lazy: a step wrote the score; it reads that now (a value that is not a number counts as 0). */
  write(i: number, value: PropertyValue, minute: number): void {
    const n = typeof value === 'number' ? value : Number(value);
    this.store.baseline[i] = (Number.isFinite(n) ? n : 0) - this.computed(i, minute);
  }

  /**
   * Eager: re-reads the score rules a change may affect; returns the hubspotscore bit if it moved.
   * Rules with a window are re-read at every change whatever it touched: a window may have closed
   * since they were last read (their re-check waits for the next midnight), and the score a change
   * sets off must be the score at that instant, as the lazy score reads it. Found by the lazy/eager
   * property (lazy-score.test.ts): a pricing-page rule closed at minute 73,562 still counted at a
   * form submission at 74,805, which lifted the stored score over the SQL threshold.
   */
  rescore(i: number, mask: number, minute: number): number {
    const rules = this.compiled.scoreRules;
    if (this.lazy || rules.length === 0 || ((mask & this.deps) === 0 && this.timeRules === 0)) return 0;
    const store = this.store;
    let bits = store.ruleBits(i);
    for (let r = 0; r < rules.length && r < 32; r++) {
      const rule = rules[r]!;
      if ((rule.deps & mask) === 0 && (this.timeRules & (1 << r)) === 0) continue;
      if (this.tests[r]!(i, minute)) bits |= 1 << r;
      else bits &= ~(1 << r);
    }
    if (bits >>> 0 === store.ruleBits(i)) return 0;
    store.setRuleBits(i, bits);
    let score = store.baseline[i]!;
    for (let r = 0; r < rules.length && r < 32; r++) if (bits & (1 << r)) score += rules[r]!.points;
    if (score === this.column.get(i)) return 0;
    store.setColumn(i, this.column, score, store.originMs + minute * 60_000);
    return this.bit;
  }
}

/** Dependencies other than property values: lists, events, time. */
const NOT_PROPERTIES = DEP.list | DEP.form | DEP.email | DEP.page | DEP.time;

/**
 * Whether criteria read only property values a column holds as they are (their dependencies say
 * no list, event or time): no date (compared with now), no score (read through the model), not the
 * activity date (visits write it without counting: columns.ts#writes).
 */
function readsFixedProperties(criteria: Criteria): boolean {
  return criteria.groups.every((g) =>
    g.filters.every(
      (f) =>
        f.kind === 'property' &&
        f.type !== 'date' &&
        !isScoreProperty(f.property) &&
        f.property !== 'lastactivitydate',
    ),
  );
}
