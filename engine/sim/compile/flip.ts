import { NO_FLIP, type ContactStore } from '../state/contacts.ts';
import { T_NUMBER } from '../state/columns.ts';
import { asInstant } from './timing.ts';
import { firstTurn } from './score-model.ts';
import type { FlipCriteria, FlipGroup, FlipWatch, ScoreWatch } from './flip-watches.ts';

export { resolveWatches, type FlipCriteria, type FlipGroup, type FlipWatch, type ScoreWatch } from './flip-watches.ts';

/** When a time-dependent filter may flip: where the midnight re-checks are scheduled. */

const DAY_MS = 86_400_000;

const flat = new WeakMap<readonly FlipCriteria[], Map<number, readonly FlipWatch[]>>();

/**
 * The watches a look with this mask reads, once each: two filters watching the same thing the
 * same way (say "opened" and "clicked within 30 days", both any email event) give the same
 * boundaries, and the earliest of a set does not depend on repeats or order.
 */
let lastCriteria: readonly FlipCriteria[] | null = null;
let lastByMask = new Map<number, readonly FlipWatch[]>();

function watchesFor(criteria: readonly FlipCriteria[], mask: number): readonly FlipWatch[] {
  // One run asks with the same criteria millions of times: skip the WeakMap then.
  let byMask = criteria === lastCriteria ? lastByMask : flat.get(criteria);
  if (!byMask) {
    byMask = new Map();
    flat.set(criteria, byMask);
  }
  lastCriteria = criteria;
  lastByMask = byMask;
  let list = byMask.get(mask);
  if (!list) {
    const seen = new Set<string>();
    const out: FlipWatch[] = [];
    for (const c of criteria) {
      if ((c.deps & mask) === 0) continue;
      for (const w of c.watches) {
        if ((w.bit & mask) === 0 || seen.has(w.key)) continue;
        seen.add(w.key);
        out.push(w);
      }
    }
    byMask.set(mask, (list = out));
  }
  return list;
}

/**
 * The first whole minute after `minute` by which one of the criteria could have changed with
 * time alone, `NO_FLIP` for none; a check that then finds nothing changed is only a wasted
 * evaluation. `onlyMask` limits the look to what a change touched (its dependency bits).
 */
export function nextFlip(criteria: readonly FlipCriteria[], store: ContactStore, i: number, minute: number, onlyMask = -1): number {
  scratch[BEST] = Infinity;
  scratch[NOW] = store.originMs + minute * 60_000;
  nowMinute = minute;
  const sorted = !store.history.unsorted(i);
  if (criteria[0]?.groups) {
    const groups = groupsFor(criteria, onlyMask);
    for (let k = 0; k < groups.length; k++) groupFlip(groups[k]!, store, i, sorted);
  } else {
    const watches = watchesFor(criteria, onlyMask);
    for (let k = 0; k < watches.length; k++) watchFlip(watches[k]!, store, i, onlyMask, sorted);
  }
  const best = scratch[BEST]!;
  if (best === Infinity) return NO_FLIP;
  // The boundary itself (best is a millisecond after it): a filter comparing strictly has flipped by
  // then, so the flip shows from the first whole minute at or after it (a re-check at a midnight
  // boundary comes that midnight, not the next). Never this minute: its state is being looked at.
  // A minute, not the instant: an integer is returned unboxed.
  return Math.min(NO_FLIP, Math.max(minute + 1, Math.ceil((best - 1 - store.originMs) / 60_000)));
}

/**
 * The instant asked about and the earliest flip found so far, shared with `watchFlip` through a
 * typed array: a double passed to or returned from a call that is not inlined is boxed, and this
 * runs for nearly every event.
 */
const scratch = new Float64Array(3);
const NOW = 0;
const BEST = 1;
const BOUNDARY = 2;
/** The minute asked about, for criteria tests. */
let nowMinute = 0;

const groupsCache = new WeakMap<readonly FlipCriteria[], Map<number, readonly FlipGroup[]>>();
let lastLooked: readonly FlipCriteria[] | null = null;
let lastGroups = new Map<number, readonly FlipGroup[]>();

/** The groups a tight look with this mask reads: all of them, or those a change touched. */
function groupsFor(criteria: readonly FlipCriteria[], onlyMask: number): readonly FlipGroup[] {
  // One run asks with the same criteria millions of times: skip the WeakMap then.
  let byMask = criteria === lastLooked ? lastGroups : groupsCache.get(criteria);
  if (!byMask) groupsCache.set(criteria, (byMask = new Map()));
  lastLooked = criteria;
  lastGroups = byMask;
  let groups = byMask.get(onlyMask);
  if (!groups) byMask.set(onlyMask, (groups = criteria.flatMap((c) => c.groups!.filter((g) => onlyMask === -1 || (g.deps & onlyMask) !== 0))));
  return groups;
}

/** Lowers scratch[BEST] to the group's flip (see FlipGroup). */
function groupFlip(g: FlipGroup, store: ContactStore, i: number, sorted: boolean): void {
  const minute = nowMinute;
  if (g.gate && !g.gate(i, minute)) return;
  const timed = g.timed;
  // Bit k: filter k holds now (groups of more than 31 time filters count as all holding: every boundary).
  let holds = 0;
  for (let k = 0; k < timed.length && k < 31; k++) if (timed[k]!.test(i, minute)) holds |= 1 << k;
  const all = timed.length > 31 || holds === (1 << timed.length) - 1;
  const best = scratch[BEST]!;
  let flip = all ? Infinity : -Infinity;
  for (let k = 0; k < timed.length; k++) {
    // Holding, the group turns false at the first boundary of any filter; failing, true once every failing one has turned.
    const failing = !all && (holds & (1 << k)) === 0;
    if (!all && !failing) continue;
    const f = timed[k]!;
    scratch[BEST] = Infinity;
    for (let n = 0; n < f.watches.length; n++) watchFlip(f.watches[n]!, store, i, -1, sorted);
    const first = scratch[BEST]!;
    if (all) flip = Math.min(flip, first);
    else flip = Math.max(flip, first);
    if (failing && first === Infinity) break;
  }
  scratch[BEST] = flip < best ? flip : best;
}

/** Lowers scratch[BEST] to the earliest flip of one watch (or, while `collecting`, adds each of its boundaries there). */
function watchFlip(w: FlipWatch, store: ContactStore, i: number, onlyMask: number, sorted: boolean): void {
  const h = store.history;
  const col = w.column;
  const nowMs = scratch[NOW]!;
  if (w.score?.rules.model) return modelFlip(w.score, store, i, sorted);
  if (w.score?.exact) return scoreFlip(w.score, store, i, sorted);
  if (w.score) {
    for (const ws of w.score.watches) for (const rw of ws) watchFlip(rw, store, i, -1, sorted);
    return;
  }
  if (col) {
    const v = col.tag[i] === T_NUMBER ? (Number.isFinite(col.num![i]!) ? col.num![i]! : NaN) : (asInstant(col.get(i)) ?? NaN);
    if (Number.isNaN(v)) return;
    scratch[BOUNDARY] = v + w.sign * w.days * DAY_MS;
    offer();
    // A date still ahead also flips "less than N days ago / from now" when it arrives.
    if (v > nowMs) {
      scratch[BOUNDARY] = v;
      offer();
    }
    return;
  }
  const span = w.days * DAY_MS;
  const newest = w.newest && sorted;
  // A partial look (onlyMask set) only needs the newest event: older ones were seen before.
  for (let n = h.head(i); n >= 0; n = onlyMask === -1 ? h.next(n) : -1) {
    const at = h.at(n);
    const t = at + span;
    // Newest first: once a boundary is behind us, every older one is too.
    if (sorted && t + 1 <= nowMs) break;
    if (h.kind(n) !== w.kind || (w.code >= 0 && h.ref(n) !== w.code) || (w.counts && !w.counts(h.ref(n)))) continue;
    if (newest && ((w.sub >= 0 && h.sub(n) !== w.sub) || (w.ref >= 0 && h.ref(n) !== w.ref))) continue;
    // An event still ahead (an import may hold one) enters the window when it comes: the filter counts it from then on.
    if (at > nowMs) {
      scratch[BOUNDARY] = at - 1;
      offer();
    }
    scratch[BOUNDARY] = t;
    offer();
    // The newest counted event already in the past holds the filter longest: older ones flip nothing.
    if (newest && at <= nowMs) break;
  }
}

/**
 * Takes the boundary in scratch[BOUNDARY] (no double passed: see `scratch`). Filters compare
 * instants strictly or not at their boundary (criteria/property-match.ts), so the verdict has
 * flipped by one millisecond after it, whichever way it compares.
 */
function offer(): void {
  const t = scratch[BOUNDARY]! + 1;
  if (t <= scratch[NOW]!) return;
  if (collecting) {
    if (found === times.length) grow();
    times[found++] = t;
  } else if (t < scratch[BEST]!) scratch[BEST] = t;
}

/** While a score's flip is looked for, every boundary of its rules' windows goes to `times` (and its rule to `owners`). */
let collecting = false;
let times = new Float64Array(64);
let owners = new Int32Array(64);
let found = 0;

function grow(): void {
  const t = new Float64Array(times.length * 2);
  const o = new Int32Array(owners.length * 2);
  t.set(times);
  o.set(owners);
  times = t;
  owners = o;
}

/**
 * A filter on a lazy score flips at the first boundary of a rule's window where the score, as it
 * then stands, gives the other verdict. The rules holding now give the score; then the boundaries
 * are walked in time order, each re-asking only the rule it belongs to (a rule only flips at one
 * of its own boundaries).
 */
function scoreFlip(score: ScoreWatch, store: ContactStore, i: number, sorted: boolean): void {
  const rules = score.rules;
  let holding = rules.holding(i, nowMinute);
  let value = store.baseline[i]! + rules.pointsOf(holding);
  const was = score.matches(value, nowMinute);
  // A score time can only lower never starts to hold a "greater than", nor stops holding a "less than".
  // (Not when an event lies ahead in the history: time could bring it into a window.)
  if (score.falls && (score.rises === 1 ? !was : score.rises === -1 && was) && !store.eventAhead(i, scratch[NOW]!)) return;
  found = 0;
  for (let r = 0; r < score.watches.length; r++) {
    const ws = score.watches[r]!;
    const from = found;
    collecting = true;
    for (let k = 0; k < ws.length; k++) watchFlip(ws[k]!, store, i, -1, sorted);
    collecting = false;
    owners.fill(r, from, found);
  }
  // Insertion sort: a handful of boundaries.
  for (let k = 1; k < found; k++) {
    const t = times[k]!;
    const r = owners[k]!;
    let j = k - 1;
    for (; j >= 0 && times[j]! > t; j--) {
      times[j + 1] = times[j]!;
      owners[j + 1] = owners[j]!;
    }
    times[j + 1] = t;
    owners[j + 1] = r;
  }
  for (let k = 0; k < found; k++) {
    const t = times[k]!;
    if (t >= scratch[BEST]!) return;
    const r = owners[k]!;
    // Criteria are asked at whole minutes: the first one at or after the boundary.
    const minute = Math.ceil((t - store.originMs) / 60_000);
    const holds = rules.tests[r]!(i, minute);
    if (holds === ((holding & (1 << r)) !== 0)) continue;
    holding ^= 1 << r;
    value += holds ? rules.points[r]! : -rules.points[r]!;
    if (score.matches(value, minute) !== was) {
      scratch[BEST] = t;
      return;
    }
  }
}

/** Where time alone can move a model's score: its criteria rules' boundaries and its events' (run/score-model.ts). */
const model = { times: new Float64Array(64) };

/**
 * A filter on a score model's part flips at the first instant where the model's score changes with
 * time alone (a criteria rule's window, an occurrence leaving its time frame or decaying a step)
 * and the filter, asked then, gives the other verdict. Without tight re-checks: the first such
 * instant (every boundary).
 */
function modelFlip(score: ScoreWatch, store: ContactStore, i: number, sorted: boolean): void {
  const was = score.test(i, nowMinute);
  if (score.exact && score.falls && (score.rises === 1 ? !was : score.rises === -1 && was) && !store.eventAhead(i, scratch[NOW]!)) return;
  found = 0;
  collecting = true;
  for (const ws of score.watches) for (let k = 0; k < ws.length; k++) watchFlip(ws[k]!, store, i, -1, sorted);
  collecting = false;
  if (model.times.length < found) model.times = new Float64Array(times.length);
  model.times.set(times.subarray(0, found));
  const until = Math.min(scratch[BEST]!, store.originMs + (score.rules.lastMinute + 1) * 60_000);
  const count = score.rules.model!.boundaries(i, scratch[NOW]!, until, model, found);
  if (!score.exact) {
    for (let k = 0; k < count; k++) if (model.times[k]! < scratch[BEST]!) scratch[BEST] = model.times[k]!;
    return;
  }
  const t = firstTurn(model.times, count, scratch[BEST]!, store.originMs, score.test, i, was);
  if (t < scratch[BEST]!) scratch[BEST] = t;
}
