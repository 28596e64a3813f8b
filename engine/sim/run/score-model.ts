import { capped, thresholdLabel, type PropertyValue, type ScoreThreshold } from '../../model/index.ts';
import { containsIgnoreCase, sameUrl } from '../../criteria/text-fold.ts';
import type { CompiledScoreModel } from '../compile/score-model.ts';
import type { ContactStore } from '../state/contacts.ts';
import { ACTION_CODE, EV_EMAIL, EV_FORM, EV_PAGE } from '../state/history.ts';

/**
 * A score model's parts at a minute, read when asked (score.ts holds the rules and the offset):
 * per group, the points of its criteria rules holding plus, for each past occurrence an event
 * rule counts, its points times its weight (time frame: 1 while at most that old; decay: the kept
 * share to the power of the whole steps since the event), clamped to the group's limit; fit is the
 * sum of fit groups, engagement of engagement groups, the model's score their sum clamped to its
 * limit. And where time alone moves it: `boundaries` lists the instants an occurrence enters,
 * leaves its time frame or decays one step (decay steps fall at exact instants).
 */

export const PART_COMBINED = 0;
export const PART_FIT = 1;
export const PART_ENGAGEMENT = 2;

interface EventMatch {
  readonly group: number;
  readonly points: number;
  readonly kind: number;
  readonly sub: number;
  /** Interned email or asset id, -1: any (pages: see `page`). */
  readonly ref: number;
  readonly page: ((ref: number) => boolean) | null;
}

export class ModelScore {
  private readonly events: EventMatch[];
  private readonly sums: Float64Array;
  /** Parts at the last instant asked, for which contact, at which store version. */
  private memo = { i: -1, minute: -1, version: -1, fit: 0, engagement: 0, model: 0 };
  /** Event points per group (`eventPoints`), and the span of instants over which they hold. */
  private readonly eventSums: Float64Array;
  private span = { i: -1, writes: -1, fromMs: 0, untilMs: 0 };
  /** The next boundary found while summing (`occurrence`). */
  private until = Infinity;
  private readonly thresholds: readonly ScoreThreshold[];
  /** Whether every event group has a time frame (older events can be skipped), and the longest. */
  private readonly framed: boolean;
  private readonly longestFrame: number;
  /** History kinds (bit per kind) and email actions (bit per action) some event rule counts: others are skipped at once. */
  private readonly kinds: number;
  private readonly emailActions: number;
  /** Per group under decay, `keep ** k` for whole steps k, computed once (the same values as the operator gives each time). */
  private readonly kept: Float64Array[];

  constructor(
    readonly compiled: CompiledScoreModel,
    private readonly store: ContactStore,
    /** Bits of the criteria rules holding at a minute (score.ts#holding), and their points. */
    private readonly holding: (i: number, minute: number) => number,
    private readonly points: Float64Array,
    /** What the score reads (DEP bits): a change to nothing of it leaves the score as it was (`refresh`). */
    private readonly deps: number,
  ) {
    const s = store.strings;
    this.events = compiled.events.map((e): EventMatch => {
      const ev = e.event;
      if (ev.kind === 'email') return { group: e.group, points: e.points, kind: EV_EMAIL, sub: ACTION_CODE[ev.event], ref: ev.email === null ? -1 : s.code(ev.email), page: null };
      if (ev.kind === 'form') return { group: e.group, points: e.points, kind: EV_FORM, sub: -1, ref: ev.asset === null ? -1 : s.code(ev.asset), page: null };
      return { group: e.group, points: e.points, kind: EV_PAGE, sub: -1, ref: -1, page: pageMatcher(store, ev.url, ev.match) };
    });
    this.sums = new Float64Array(compiled.groups.length);
    this.eventSums = new Float64Array(compiled.groups.length);
    this.thresholds = compiled.model.thresholds;
    const groups = new Set(this.events.map((e) => e.group));
    this.framed = [...groups].every((g) => compiled.groups[g]!.frameMs !== null);
    this.longestFrame = Math.max(0, ...[...groups].map((g) => compiled.groups[g]!.frameMs ?? 0));
    this.kinds = this.events.reduce((m, e) => m | (1 << e.kind), 0);
    this.emailActions = this.events.reduce((m, e) => (e.kind === EV_EMAIL ? m | (1 << e.sub) : m), 0);
    this.kept = compiled.groups.map((g) => Float64Array.from({ length: g.stepMs === null ? 0 : KEPT_STEPS }, (_, k) => g.keep ** k));
  }

  /**
   * Contact i changed in what `mask` says (DEP bits), and nothing else, since the store was at
   * `version` (a quiet visit: score.ts#refresh): when that changes nothing the score reads, the
   * parts asked at that version and minute still hold.
   */
  refresh(i: number, minute: number, mask: number, version: number): void {
    const memo = this.memo;
    if (memo.i === i && memo.minute === minute && memo.version === version && (mask & this.deps) === 0) memo.version = this.store.version;
  }

  /** A part of the model's score (PART_*) for contact i at a minute, without the offset. */
  part(i: number, minute: number, which: number): number {
    const memo = this.memo;
    if (memo.i !== i || memo.minute !== minute || memo.version !== this.store.version) this.compute(i, minute);
    return which === PART_FIT ? memo.fit : which === PART_ENGAGEMENT ? memo.engagement : memo.model;
  }

  label(score: number): PropertyValue {
    return thresholdLabel(this.thresholds, score);
  }

  private compute(i: number, minute: number): void {
    const { sums, compiled, store } = this;
    const groups = compiled.groups;
    // Loops, not set() and fill(): for a few groups the builtins' call costs more than the copy.
    if (this.events.length > 0) {
      this.eventPoints(i, minute);
      const eventSums = this.eventSums;
      for (let g = 0; g < sums.length; g++) sums[g] = eventSums[g]!;
    } else for (let g = 0; g < sums.length; g++) sums[g] = 0;
    const bits = this.holding(i, minute);
    for (let r = 0; r < this.points.length; r++) if (bits & (1 << r)) sums[compiled.ruleGroups[r]!]! += this.points[r]!;
    let fit = 0;
    let engagement = 0;
    for (let g = 0; g < groups.length; g++) {
      const v = capped(sums[g]!, groups[g]!.limit);
      if (groups[g]!.fit) fit += v;
      else engagement += v;
    }
    const memo = this.memo;
    memo.i = i;
    memo.minute = minute;
    memo.version = store.version;
    memo.fit = fit;
    memo.engagement = engagement;
    memo.model = capped(fit + engagement, compiled.model.limit);
  }

  /**
   * Per group, the points of the occurrences event rules count at a minute, into `eventSums`.
   * They hold from the instant they were computed until the next boundary of an occurrence
   * (it arrives, leaves its time frame, decays a step): within that span, for the same contact,
   * the last sums are kept, plus what the events added since then bring (a quiet visit or a flip
   * walk asks often). The run adds a contact's events at the instant they happen, newest first,
   * and drops only events older than every time frame counting their kind (engine/sim/state:
   * retention), which weigh nothing: the n events added since are the n newest.
   */
  private eventPoints(i: number, minute: number): void {
    const { store } = this;
    const h = store.history;
    const now = store.originMs + minute * 60_000;
    const span = this.span;
    const added = store.historyWrites - span.writes;
    // Every write since the span was taken is this contact's (and none of another's came between).
    const own = added === 0 || (store.historyWriter === i && span.writes >= store.writerSince);
    if (span.i === i && own && now >= span.fromMs && now < span.untilMs && added <= 64) {
      this.until = span.untilMs;
      let n = h.head(i);
      for (let k = 0; k < added && n >= 0; k++, n = h.next(n)) this.occurrence(n, now);
      span.writes = store.historyWrites;
      span.fromMs = now;
      span.untilMs = this.until;
      return;
    }
    const eventSums = this.eventSums;
    for (let g = 0; g < eventSums.length; g++) eventSums[g] = 0;
    this.until = Infinity;
    const stop = this.framed && !h.unsorted(i) ? now - this.longestFrame : -Infinity;
    for (let n = h.head(i); n >= 0; n = h.next(n)) {
      if (h.at(n) < stop) break;
      this.occurrence(n, now);
    }
    span.i = i;
    span.writes = store.historyWrites;
    span.fromMs = now;
    span.untilMs = this.until;
  }

  /** Adds what history node n weighs at `now` to `eventSums`, and lowers `until` to its next boundary. */
  private occurrence(n: number, now: number): void {
    const h = this.store.history;
    const kind = h.kind(n);
    if ((this.kinds & (1 << kind)) === 0 || (kind === EV_EMAIL && (this.emailActions & (1 << h.sub(n))) === 0)) return;
    const at = h.at(n);
    const groups = this.compiled.groups;
    for (let e = 0; e < this.events.length; e++) {
      const ev = this.events[e]!;
      if (!this.counts(ev, n)) continue;
      if (!(at <= now)) {
        // Ahead (an import): counts from its instant on. NaN never counts and never changes.
        if (at < this.until) this.until = at;
        continue;
      }
      const g = groups[ev.group]!;
      const age = now - at;
      let weight = 1;
      if (g.frameMs !== null) {
        if (age <= g.frameMs) this.until = Math.min(this.until, at + g.frameMs + 1);
        else weight = 0;
      } else if (g.stepMs !== null) {
        const steps = Math.floor(age / g.stepMs);
        const kept = this.kept[ev.group]!;
        weight = steps < kept.length ? kept[steps]! : g.keep ** steps;
        if (g.keep > 0 || steps === 0) this.until = Math.min(this.until, at + (steps + 1) * g.stepMs);
      }
      this.eventSums[ev.group]! += ev.points * weight;
    }
  }

  private counts(ev: EventMatch, n: number): boolean {
    const h = this.store.history;
    if (h.kind(n) !== ev.kind) return false;
    if (ev.page) return ev.page(h.ref(n));
    return (ev.sub < 0 || h.sub(n) === ev.sub) && (ev.ref < 0 || h.ref(n) === ev.ref);
  }

  /**
   * Adds to `out` (from `count` on; returns the new count) every instant after `nowMs` and before
   * `untilMs` at which an occurrence counted by an event rule changes weight: it happens (an
   * imported event still ahead), leaves its time frame (the instant after its last counted one),
   * or decays a step. Each is the first instant the new value shows, as flip.ts's boundaries + 1.
   */
  boundaries(i: number, nowMs: number, untilMs: number, out: { times: Float64Array }, count: number): number {
    if (this.events.length === 0) return count;
    const h = this.store.history;
    const groups = this.compiled.groups;
    const stop = this.framed && !h.unsorted(i) ? nowMs - this.longestFrame - 1 : -Infinity;
    for (let n = h.head(i); n >= 0; n = h.next(n)) {
      const at = h.at(n);
      if (at < stop) break;
      if (!Number.isFinite(at)) continue;
      for (let e = 0; e < this.events.length; e++) {
        const ev = this.events[e]!;
        if (!this.counts(ev, n)) continue;
        const g = groups[ev.group]!;
        if (at > nowMs && at < untilMs) count = pushTime(out, count, at);
        if (g.frameMs !== null) {
          const t = at + g.frameMs + 1;
          if (t > nowMs && t < untilMs) count = pushTime(out, count, t);
        } else if (g.stepMs !== null) {
          let k = at > nowMs ? 1 : Math.floor((nowMs - at) / g.stepMs) + 1;
          // Once nothing is left (100 % decay) no later step changes anything.
          for (; at + k * g.stepMs < untilMs && (g.keep > 0 || k === 1); k++) count = pushTime(out, count, at + k * g.stepMs);
        }
      }
    }
    return count;
  }
}

/** Whole decay steps whose kept share is tabled (`ModelScore#kept`): beyond, it is computed. */
const KEPT_STEPS = 64;

/** Adds an instant to `out.times` at `count` (grown when full); returns the new count. */
function pushTime(out: { times: Float64Array }, count: number, t: number): number {
  if (count === out.times.length) {
    const grown = new Float64Array(out.times.length * 2);
    grown.set(out.times);
    out.times = grown;
  }
  out.times[count] = t;
  return count + 1;
}

/** Whether a viewed page (by its interned code) is one a page rule counts, as a page-view filter matches it; cached per code. */
function pageMatcher(store: ContactStore, url: string, match: 'equals' | 'contains'): (ref: number) => boolean {
  const known: boolean[] = [];
  return (ref) => {
    let hit = known[ref];
    if (hit === undefined) {
      const page = store.strings.strings[ref]!;
      known[ref] = hit = match === 'equals' ? sameUrl(page, url) : containsIgnoreCase(page, url);
    }
    return hit;
  };
}
