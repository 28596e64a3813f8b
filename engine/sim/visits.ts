import type { Filter } from '../model/index.ts';
import { DEP, WAIT_BITS } from './compile.ts';
import { compileFilterTest, type ContactTest } from './compiled-criteria.ts';
import { Q, type Sim } from './sim.ts';
import { notifyWaits } from './behaviour.ts';

/** Pages a spontaneous visit lands on, one in five the pricing page. */
export const SITE_PAGES = ['/', '/blog', '/pricing', '/resources', '/contact'] as const;
export const PER_WEEK_TO_PER_MINUTE = 1 / 10080;

/**
 * A contact's spontaneous site visits: a Poisson process of its persona's rate, each visit on a
 * page drawn from SITE_PAGES, setting `lastactivitydate` and recording the page view when a filter
 * can name the page.
 *
 * Most visits change nothing but `lastactivitydate`. Such a visit skips `Sim#changed` and the
 * re-check look when it provably changes nothing else:
 * - no time-dependent filter of the contact can have flipped since its criteria were last looked
 *   at (`ContactStore#flipAt`), so every verdict remembered then still holds with the old date;
 * - every filter reading the activity date gives the same verdict with the new date as with the
 *   old one, so every trigger, goal and score rule gives the verdict remembered;
 * - no enrollment would be ended for a trigger not matching (one entered by another workflow);
 * - the window boundaries the new date gives are later than the old ones, so the pending re-check
 *   stays where it is (at worst early, when it finds nothing and looks again).
 * Off when some step waits on criteria or on a page view, or when property changes are recorded
 * (the visit would be one). `tests/engine/sim/quiet-visits.test.ts` compares with every visit
 * taking the full path (`quietVisits: false`).
 *
 * When the contact's next visit comes before anything else it has queued, it is run at once
 * rather than queued: the queue would give it next anyway. It still counts as an event.
 */
export class SiteVisits {
  /** Whether visits may take the quiet path at all. */
  readonly enabled: boolean;
  /** Per persona, visits per minute. */
  private readonly rates: Float64Array;
  /** Per page of SITE_PAGES, whether a filter can name it (its view is then recorded). */
  private readonly seen: boolean[];
  /** The filters reading the activity date, in triggers, goals and score rules (at most 31). */
  private readonly tests: ContactTest[];
  /** Workflows a trigger reading the activity date unenrolls from when it stops matching. */
  private readonly unenrolling: number[];
  /** Visits that took the quiet path (a metric, like totals.events). */
  quiet = 0;

  constructor(sim: Sim) {
    const { compiled, project } = sim;
    const reads = (f: Filter) => f.kind === 'property' && f.property === 'lastactivitydate';
    const criteria = [
      ...compiled.workflows.flatMap((cw) => (cw.goal ? [cw.triggers.criteria, cw.goal.criteria] : [cw.triggers.criteria])),
      ...project.scoreRules.map((r) => r.criteria),
    ];
    const filters = criteria.flatMap((c) => c.groups.flatMap((g) => g.filters.filter(reads)));
    this.tests = filters.map((f) => compileFilterTest(f, sim.store));
    this.unenrolling = compiled.workflows
      .filter((cw) => cw.workflow.enrollment.unenrollWhenNotMatching && cw.triggers.criteria.groups.some((g) => g.filters.some(reads)))
      .map((cw) => cw.index);
    this.rates = Float64Array.from(compiled.personas, (p) => Math.max(0, p.visitsPerWeek) * PER_WEEK_TO_PER_MINUTE);
    this.seen = SITE_PAGES.map((url) => sim.store.pageMatters(url));
    this.enabled =
      sim.options.quietVisits !== false &&
      this.tests.length <= 31 &&
      compiled.retention.changed === 0 &&
      (compiled.waitedEvents & WAIT_BITS['page-viewed']!) === 0 &&
      compiled.waitsOnCriteria.every((x) => x === 0);
  }

  /** Queues the contact's first visit. */
  start(sim: Sim, i: number): void {
    const rate = this.rates[sim.store.persona(i)] ?? 0;
    if (rate > 0) sim.schedule(sim.now + sim.streams.exponential(i, rate), Q.visit, i, 0, 0);
  }

  /** The visit due now, then each next one due before anything else of the contact; queues the one after. */
  run(sim: Sim, i: number): void {
    const rate = this.rates[sim.store.persona(i)]!;
    for (;;) {
      const page = Math.floor(sim.streams.next(i) * SITE_PAGES.length);
      const seen = this.seen[page]!;
      sim.totals.visits++;
      if (seen) sim.store.recordPage(i, SITE_PAGES[page]!, sim.nowMs);
      if (!this.visit(sim, i, seen)) {
        notifyWaits(sim, i, 'page-viewed', SITE_PAGES[page]!);
        sim.changed(i, (seen ? DEP.page : 0) | sim.activityBit);
      }
      const next = sim.now + sim.streams.exponential(i, rate);
      if (next > sim.lastMinute) return;
      const minute = Math.floor(next);
      if (!sim.queue.before(minute)) return sim.schedule(next, Q.visit, i, 0, 0);
      sim.tick(minute);
      sim.totals.events++;
    }
  }

  /**
   * Sets the activity date of contact i to now; true when that is all the visit does (the caller
   * then skips `changed`), false when the full path must run. `pageSeen`: the visit recorded a page view.
   */
  private visit(sim: Sim, i: number, pageSeen: boolean): boolean {
    const store = sim.store;
    const nowMs = sim.nowMs;
    const quiet = this.enabled && !pageSeen && sim.now < store.flipAt(i);
    const tests = this.tests;
    let before = 0;
    if (quiet) for (let k = 0; k < tests.length; k++) if (tests[k]!(i, nowMs)) before |= 1 << k;
    store.setColumn(i, sim.activityColumn, nowMs, nowMs);
    if (!quiet) return false;
    let after = 0;
    for (let k = 0; k < tests.length; k++) if (tests[k]!(i, nowMs)) after |= 1 << k;
    if (after !== before) return false;
    for (const w of this.unenrolling) if (store.active(i, w) >= 0 && !store.matched(i, w)) return false;
    this.quiet++;
    return true;
  }
}
