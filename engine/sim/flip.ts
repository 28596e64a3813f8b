import type { Filter } from '../model/index.ts';
import type { CompiledCriteria, TimeWatch } from './compile.ts';
import { allOf, compileFilterTest, type ContactTest } from './compiled-criteria.ts';
import type { ContactStore } from './contacts.ts';
import { T_NUMBER, type PropertyColumn } from './columns.ts';
import { EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE } from './history.ts';
import { asInstant } from './timing.ts';
import { DEP } from './compile.ts';

/** When a time-dependent filter may flip: where the midnight re-checks are scheduled. */

const DAY_MS = 86_400_000;

/** A time watch with its column or history kind looked up once. */
export interface FlipWatch {
  readonly bit: number;
  readonly days: number;
  readonly sign: number;
  /** The date column (rolling-date filters), else null. */
  readonly column: PropertyColumn | null;
  /** History kind and, for "updated in the last N days", the property's code (-1: any). */
  readonly kind: number;
  readonly code: number;
  /**
   * Tight re-checks: the filter holds while some event it counts is in the window, so only the
   * newest such event can flip it. Then `sub`/`ref` say which events it counts (-1: any).
   */
  readonly newest: boolean;
  readonly sub: number;
  readonly ref: number;
}

export interface FlipCriteria {
  readonly deps: number;
  readonly watches: readonly FlipWatch[];
  /**
   * Tight re-checks: the watches per group, behind a gate, the group's filters that do not read
   * time. While the gate fails, time alone cannot make the group hold: its boundaries are skipped.
   */
  readonly groups: readonly FlipGroup[] | null;
}

export interface FlipGroup {
  readonly gate: ContactTest | null;
  /** What the gate reads: a change to it may open the gate. */
  readonly gateDeps: number;
  readonly watches: readonly FlipWatch[];
}

const KIND_BIT = { list: DEP.list, form: DEP.form, email: DEP.email, 'page-view': DEP.page } as const;

/** Whether a filter's verdict can change with time alone. */
export function filterReadsTime(f: Filter): boolean {
  return f.kind === 'property' ? f.type === 'date' && 'days' in f.operation : f.kind !== 'list' && f.withinDays !== undefined;
}

function resolveGroups(c: CompiledCriteria, watches: readonly FlipWatch[], store: ContactStore, propertyBit: (name: string) => number): FlipGroup[] {
  return c.criteria.groups.flatMap((g, k) => {
    const own = watches.filter((_, n) => c.watchGroups[n] === k);
    if (own.length === 0) return [];
    const filters = g.filters.filter((f) => !filterReadsTime(f));
    const gate = allOf(filters.map((f) => compileFilterTest(f, store)));
    const gateDeps = filters.reduce((m, f) => m | (f.kind === 'property' ? propertyBit(f.property) : KIND_BIT[f.kind]), 0);
    return [{ gate, gateDeps, watches: own }];
  });
}

export function resolveWatches(
  criteria: readonly CompiledCriteria[],
  store: ContactStore,
  tight: boolean,
  propertyBit: (name: string) => number,
): FlipCriteria[] {
  const exact = (w: TimeWatch) => (tight && w.kind === 'event' ? w.exact : undefined);
  return criteria.map((c) => {
    const watches = c.watches.map((w): FlipWatch => ({
      newest: tight && (w.kind === 'changed' || exact(w) !== undefined),
      sub: exact(w)?.action ?? -1,
      ref: exact(w)?.ref ? store.strings.code(exact(w)!.ref!) : -1,
      bit: w.bit,
      days: w.days,
      sign: w.kind === 'property' ? w.sign : 1,
      column: w.kind === 'property' ? store.column(w.property) : null,
      kind: w.kind === 'property' ? 0 : w.kind === 'changed' ? EV_CHANGED : EVENT_KIND[w.event],
      code: w.kind === 'changed' ? store.strings.code(w.property) : -1,
    }));
    return { deps: c.deps, watches, groups: tight ? resolveGroups(c, watches, store, propertyBit) : null };
  });
}

const EVENT_KIND = { email: EV_EMAIL, 'form-submitted': EV_FORM, 'page-viewed': EV_PAGE } as const;

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
        const key = `${w.column?.code ?? -1}|${w.kind}|${w.code}|${w.days}|${w.sign}|${w.newest}|${w.sub}|${w.ref}`;
        if ((w.bit & mask) === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push(w);
      }
    }
    byMask.set(mask, (list = out));
  }
  return list;
}

/**
 * The earliest instant after `nowMs` at which one of the criteria could change with time
 * alone; a check that then finds nothing changed is only a wasted evaluation. `onlyMask`
 * limits the look to what a change touched (its dependency bits).
 */
export function nextFlip(criteria: readonly FlipCriteria[], store: ContactStore, i: number, nowMs: number, onlyMask = -1): number {
  scratch[BEST] = Infinity;
  scratch[NOW] = nowMs;
  const sorted = !store.history.unsorted(i);
  if (criteria[0]?.groups) {
    const looks = looksFor(criteria, onlyMask);
    for (let k = 0; k < looks.length; k++) {
      const look = looks[k]!;
      if (look.gate && !look.gate(i, nowMs)) continue;
      const ws = look.watches;
      for (let n = 0; n < ws.length; n++) watchFlip(ws[n]!, store, i, look.mask, sorted);
    }
    return scratch[BEST]!;
  }
  const watches = watchesFor(criteria, onlyMask);
  for (let k = 0; k < watches.length; k++) watchFlip(watches[k]!, store, i, onlyMask, sorted);
  return scratch[BEST]!;
}

/**
 * The instant asked about and the earliest flip found so far, shared with `watchFlip` through a
 * typed array: a double passed to or returned from a call that is not inlined is boxed, and this
 * runs for nearly every event.
 */
const scratch = new Float64Array(2);
const NOW = 0;
const BEST = 1;

interface Look {
  readonly gate: ContactTest | null;
  readonly watches: readonly FlipWatch[];
  readonly mask: number;
}

const looksCache = new WeakMap<readonly FlipCriteria[], Map<number, readonly Look[]>>();
let lastLooked: readonly FlipCriteria[] | null = null;
let lastLooks = new Map<number, readonly Look[]>();

/**
 * What a tight look with this mask reads: the ungated watches it touches, once each, then each
 * gated group it touches. A change to a gate may have opened it: that group's boundaries are
 * then all looked at again (mask -1).
 */
function looksFor(criteria: readonly FlipCriteria[], onlyMask: number): readonly Look[] {
  // One run asks with the same criteria millions of times: skip the WeakMap then.
  let byMask = criteria === lastLooked ? lastLooks : looksCache.get(criteria);
  if (!byMask) looksCache.set(criteria, (byMask = new Map()));
  lastLooked = criteria;
  lastLooks = byMask;
  let looks = byMask.get(onlyMask);
  if (looks) return looks;
  const out: Look[] = [];
  const free: FlipWatch[] = [];
  const seen = new Set<string>();
  for (const c of criteria) {
    for (const g of c.groups!) {
      const mask = g.gateDeps & onlyMask && onlyMask !== -1 ? -1 : onlyMask;
      const ws = g.watches.filter((w) => w.bit & mask);
      if (ws.length === 0) continue;
      if (g.gate) {
        out.push({ gate: g.gate, watches: ws, mask });
        continue;
      }
      for (const w of ws) {
        const key = `${w.column?.code ?? -1}|${w.kind}|${w.code}|${w.days}|${w.sign}|${w.newest}|${w.sub}|${w.ref}`;
        if (!seen.has(key)) free.push(w);
        seen.add(key);
      }
    }
  }
  if (free.length > 0) out.unshift({ gate: null, watches: free, mask: onlyMask });
  byMask.set(onlyMask, (looks = out));
  return looks;
}

/** Lowers scratch[BEST] to the earliest flip of one watch. */
function watchFlip(w: FlipWatch, store: ContactStore, i: number, onlyMask: number, sorted: boolean): void {
  const h = store.history;
  const col = w.column;
  const nowMs = scratch[NOW]!;
  if (col) {
    const v = col.tag[i] === T_NUMBER ? (Number.isFinite(col.num![i]!) ? col.num![i]! : NaN) : (asInstant(col.get(i)) ?? NaN);
    if (Number.isNaN(v)) return;
    earliestAfter(v + w.sign * w.days * DAY_MS, nowMs);
    // A date still ahead also flips "less than N days ago / from now" when it arrives.
    if (v > nowMs) earliestAfter(v, nowMs);
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
    if (h.kind(n) !== w.kind || (w.code >= 0 && h.ref(n) !== w.code)) continue;
    if (newest && ((w.sub >= 0 && h.sub(n) !== w.sub) || (w.ref >= 0 && h.ref(n) !== w.ref))) continue;
    earliestAfter(t, nowMs);
    // The newest counted event already in the past holds the filter longest: older ones flip nothing.
    if (newest && at <= nowMs) break;
  }
}

/**
 * Filters compare instants strictly or not at their boundary (criteria/property-match.ts),
 * so the verdict has flipped by one millisecond after it, whichever way it compares.
 */
function earliestAfter(boundary: number, nowMs: number): void {
  const t = boundary + 1;
  if (t > nowMs && t < scratch[BEST]!) scratch[BEST] = t;
}
