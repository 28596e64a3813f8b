import { DEP, WAIT_BITS } from '../compile/compile.ts';
import { LESS, READS_ACTIVITY, READS_PAGE, watchedFilters, type Unenrolling, type Watched } from './quiet-watch.ts';
import type { ContactTest } from '../compile/compiled-criteria.ts';
import { Q, type RunContext } from '../context.ts';
import { notifyWaits } from './enrollment-moves.ts';
import { changed } from './changes.ts';
import { T_NUMBER } from '../state/columns.ts';

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
 * - every filter reading the activity date (and the page views, when the visit records one) gives
 *   the same verdict after the visit as before, so every trigger, goal and score rule gives the
 *   verdict remembered. With tight re-checks a filter that reads time is not compared while the
 *   rest of its group (its gate, `flip.ts#FlipGroup`) fails: the group fails either way, and its
 *   boundaries are looked at again when the gate opens;
 * - no enrollment would be ended for a trigger not matching (one entered by another workflow);
 * - the window boundaries the new date or view gives are later than the old ones, so the pending
 *   re-check stays where it is (at worst early, when it finds nothing and looks again).
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
  /** Per page of SITE_PAGES a filter can name, its interned code (-1 for the others). */
  private readonly pageCodes: Int32Array;
  /** The filters a visit may move the verdict of (quiet-watch.ts), at most 31. */
  private readonly watched: readonly Watched[];
  /** Workflows whose trigger reads what a visit changes and that unenroll when not matching. */
  private readonly unenrolling: readonly Unenrolling[];
  private readonly scoreInputs: number;
  private readonly scoreOpen: ContactTest | null;
  private readonly scoreMonotone: boolean;
  /** Visits that took the quiet path (a metric, like totals.events). */
  quiet = 0;
  /**
   * A visit right after a quiet one, recording no page, is quiet too when it comes less than this
   * long (ms) after it and no flip is due: every filter it could move is a rolling window on the
   * activity date at least that wide (its verdict stays), and nothing else changed in between.
   * 0 when some filter a visit moves is another kind, or a lazy score's rule reads the activity date.
   */
  private readonly streakSpan: number;

  constructor(sim: RunContext, tight: boolean) {
    const { compiled } = sim;
    ({
      watched: this.watched,
      unenrolling: this.unenrolling,
      scoreInputs: this.scoreInputs,
      scoreOpen: this.scoreOpen,
      scoreMonotone: this.scoreMonotone,
    } = watchedFilters(sim, tight));
    const rolling = this.watched.filter((x) => !x.page);
    this.streakSpan =
      rolling.every((x) => x.rolling !== 0) && (this.scoreInputs & READS_ACTIVITY) === 0 ? Math.min(Infinity, ...rolling.map((x) => x.span)) : 0;
    this.rates = Float64Array.from(compiled.personas, (p) => Math.max(0, p.visitsPerWeek) * PER_WEEK_TO_PER_MINUTE);
    this.seen = SITE_PAGES.map((url) => sim.store.pageMatters(url));
    this.pageCodes = Int32Array.from(SITE_PAGES, (url, k) => (this.seen[k] ? sim.store.strings.code(url) : -1));
    this.enabled =
      sim.options.quietVisits !== false &&
      this.watched.length <= 31 &&
      compiled.retention.changed === 0 &&
      (compiled.waitedEvents & WAIT_BITS['page-viewed']!) === 0 &&
      compiled.waitsOnCriteria.every((x) => x === 0);
  }

  /** Queues the contact's first visit. */
  start(sim: RunContext, i: number): void {
    const rate = this.rates[sim.store.persona(i)] ?? 0;
    if (rate > 0) sim.schedule(sim.now + sim.streams.exponential(i, rate), Q.visit, i, 0, 0);
  }

  /** The visit due now, then each next one due before anything else of the contact; queues the one after. */
  run(sim: RunContext, i: number): void {
    const rate = this.rates[sim.store.persona(i)]!;
    const streams = sim.streams;
    const store = sim.store;
    const col = sim.activityColumn;
    // The previous visit of this run, when it was quiet: its instant (NaN otherwise).
    let quietAt = NaN;
    for (;;) {
      // As `streams.next` and `streams.exponential`, drawn here: a double returned from a call is boxed.
      const page = Math.floor(((streams.next32(i) >>> 0) / 4294967296) * SITE_PAGES.length);
      const seen = this.seen[page]!;
      const nowMs = sim.nowMs;
      sim.totals.visits++;
      if (!seen && nowMs - quietAt < this.streakSpan && sim.now < store.flipAt(i) && col.num) {
        // Within every activity window of the last quiet visit: quiet again (see `streakSpan`).
        col.num[i] = nowMs;
        store.version++;
        this.quiet++;
      } else if (this.visit(sim, i, page, seen)) {
        quietAt = nowMs;
      } else {
        quietAt = NaN;
        notifyWaits(sim, i, 'page-viewed', SITE_PAGES[page]!);
        changed(sim, i, (seen ? DEP.page : 0) | sim.activityBit);
      }
      const next = sim.now + -Math.log(1 - (streams.next32(i) >>> 0) / 4294967296) / rate;
      if (next > sim.lastMinute) return;
      const minute = Math.floor(next);
      if (!sim.queue.before(minute)) return sim.schedule(next, Q.visit, i, 0, 0);
      sim.tick(minute);
      sim.totals.events++;
    }
  }

  /**
   * Records the view of `page` when `seen` and sets the activity date of contact i to now; true
   * when that is all the visit does (the caller then skips `changed`), false when the full path must run.
   */
  private visit(sim: RunContext, i: number, page: number, seen: boolean): boolean {
    const store = sim.store;
    const nowMs = sim.nowMs;
    const now = sim.now;
    const watched = this.watched;
    const reading = seen ? READS_ACTIVITY | READS_PAGE : READS_ACTIVITY;
    // A visit feeding a lazy score's rule takes the full path while a group reading the score may flip (quiet-watch.ts).
    const quiet =
      this.enabled &&
      now < store.flipAt(i) &&
      ((this.scoreInputs & reading) === 0 ||
        (this.scoreOpen !== null && !this.scoreOpen(i, now)) ||
        (this.scoreMonotone && !store.eventAhead(i, nowMs)));
    // Bit k: filter k compared; bit k of `before`/`after`: its verdict.
    let compared = 0;
    let before = 0;
    const col = sim.activityColumn;
    const old = col.tag[i] === T_NUMBER ? col.num![i]! : NaN;
    if (quiet) {
      for (let k = 0; k < watched.length; k++) {
        const x = watched[k]!;
        if ((x.page && !seen) || (x.gate && !x.gate(i, now))) continue;
        compared |= 1 << k;
        // Rolling windows on the activity date inline (as `rollingMatches`): no double passed to a call.
        const holds =
          x.rolling !== 0 && !Number.isNaN(old) ? (x.rolling === LESS ? old > nowMs - x.span && old <= nowMs : old < nowMs - x.span) : x.test(i, now);
        if (holds) before |= 1 << k;
      }
    }
    const versionBefore = store.version;
    if (seen) store.recordPage(i, this.pageCodes[page]!, nowMs);
    if (!quiet) {
      store.setColumn(i, col, nowMs, nowMs);
      return false;
    }
    // As setColumn: quiet visits record no property change (enabled only then).
    if (col.num) {
      col.num[i] = nowMs;
      col.tag[i] = T_NUMBER;
    } else col.setNumber(i, nowMs);
    store.version++;
    if (sim.score.lazy) sim.score.refresh(i, now, (seen ? DEP.page : 0) | sim.activityBit, versionBefore);
    let after = 0;
    for (let k = 0; k < watched.length; k++) {
      if (!(compared & (1 << k))) continue;
      const x = watched[k]!;
      // The new date is now: "less than N days ago" holds (for N > 0), "more than" does not.
      if (x.rolling !== 0 ? x.rolling === LESS && x.span > 0 : x.test(i, now)) after |= 1 << k;
    }
    if (after !== before) return false;
    for (const u of this.unenrolling) if (u.reads & reading && store.active(i, u.w) >= 0 && !store.matched(i, u.w)) return false;
    this.quiet++;
    return true;
  }
}

