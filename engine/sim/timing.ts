import { durationMinutes, type DelayStep, type PropertyValue, type WEEKDAYS } from '../model/index.ts';
import { parseTimeOfDay, type Clock } from './clock.ts';
import type { CompiledCriteria, CompiledWorkflow } from './compile.ts';
import type { ContactStore } from './contacts.ts';
import { T_NUMBER, type PropertyColumn } from './columns.ts';
import { EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE } from './history.ts';

/** When delays end, when windows open, where a yearly anchor falls, when a filter may flip. */

const DAY_MS = 86_400_000;

export function isoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function addDaysIso(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

function asInstant(v: PropertyValue): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/**
 * The minute a delay ends, possibly already past. `anchor` is the enrollment's anchor date
 * (fixed or from the contact's property) for delays relative to it.
 */
export function delayEnd(step: DelayStep, now: number, clock: Clock, store: ContactStore, i: number, anchor: string | null): number {
  const d = step.delay;
  switch (d.mode) {
    case 'duration':
      return now + Math.max(0, Math.round(durationMinutes(d.duration)));
    case 'until-date':
      return clock.at(d.date, parseTimeOfDay(d.time));
    case 'until-date-property': {
      const ms = asInstant(store.property(i, d.property));
      if (ms === null) return now;
      return clock.at(addDaysIso(isoDay(ms), d.offsetDays), parseTimeOfDay(d.time));
    }
    case 'until-weekday': {
      const minute = parseTimeOfDay(d.time);
      const today = clock.local(now).day;
      for (let day = today; day < today + 8; day++) {
        const t = clock.atDay(day, minute);
        if (t >= now && d.weekdays.includes(clock.local(t).weekday)) return t;
      }
      return now;
    }
    case 'until-time': {
      const minute = parseTimeOfDay(d.time);
      const today = clock.local(now).day;
      const t = clock.atDay(today, minute);
      return t >= now ? t : clock.atDay(today + 1, minute);
    }
    case 'relative-to-anchor':
      return anchor === null ? now : clock.at(addDaysIso(anchor, d.offsetDays), parseTimeOfDay(d.time));
  }
}

/** The first minute at or after t when the workflow may act (execution window, blocked dates). */
export function nextAllowed(cw: CompiledWorkflow, t: number): number {
  const win = cw.window;
  if (!win && cw.blocked.size === 0) return t;
  let cur = t;
  for (let guard = 0; guard < 800; guard++) {
    const lt = cw.clock.local(cur);
    const dayOk = !cw.blocked.has(lt.date) && (!win || win.days.has(lt.weekday as (typeof WEEKDAYS)[number]));
    if (dayOk && (!win || lt.minuteOfDay < win.end)) {
      if (!win || lt.minuteOfDay >= win.start) return cur;
      return Math.max(cur, cw.clock.atDay(lt.day, win.start));
    }
    cur = cw.clock.midnight(lt.day + 1);
  }
  return cur;
}

/**
 * The anchor date (`YYYY-MM-DD`) of an enrollment in a date-centred workflow; null when the
 * contact has no such date. Yearly: the first occurrence whose earliest step is still ahead.
 */
export function anchorDate(cw: CompiledWorkflow, store: ContactStore, i: number, now: number): string | null {
  const timing = cw.workflow.timing;
  if (timing.type === 'contact') return null;
  if (timing.type === 'fixed-date') return timing.anchorDate;
  const ms = asInstant(store.property(i, timing.anchorProperty));
  if (ms === null) return null;
  const date = isoDay(ms);
  if (!timing.recurAnnually) return date;
  const md = date.slice(5);
  const first = cw.firstAnchor ?? { days: 0, minute: 0 };
  let year = Number(cw.clock.local(now).date.slice(0, 4)) - 1;
  for (let k = 0; k < 4; k++, year++) {
    const candidate = isoDay(Date.parse(`${year}-${md}T00:00:00Z`));
    if (cw.clock.at(addDaysIso(candidate, first.days), first.minute) >= now) return candidate;
  }
  return null;
}

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
}

export interface FlipCriteria {
  readonly deps: number;
  readonly watches: readonly FlipWatch[];
}

export function resolveWatches(criteria: readonly CompiledCriteria[], store: ContactStore): FlipCriteria[] {
  return criteria.map((c) => ({
    deps: c.deps,
    watches: c.watches.map((w) => ({
      bit: w.bit,
      days: w.days,
      sign: w.kind === 'property' ? w.sign : 1,
      column: w.kind === 'property' ? store.column(w.property) : null,
      kind: w.kind === 'property' ? 0 : w.kind === 'changed' ? EV_CHANGED : EVENT_KIND[w.event],
      code: w.kind === 'changed' ? store.strings.code(w.property) : -1,
    })),
  }));
}

const EVENT_KIND = { email: EV_EMAIL, 'form-submitted': EV_FORM, 'page-viewed': EV_PAGE } as const;

/**
 * The earliest instant after `nowMs` at which one of the criteria could change with time
 * alone; a check that then finds nothing changed is only a wasted evaluation. `onlyMask`
 * limits the look to what a change touched (its dependency bits).
 */
export function nextFlip(criteria: readonly FlipCriteria[], store: ContactStore, i: number, nowMs: number, onlyMask = -1): number {
  let best = Infinity;
  const h = store.history;
  const sorted = h.unsorted[i] === 0;
  for (const c of criteria) {
    if ((c.deps & onlyMask) === 0) continue;
    for (const w of c.watches) {
      if ((w.bit & onlyMask) === 0) continue;
      const col = w.column;
      if (col) {
        const v = col.tag[i] === T_NUMBER ? (Number.isFinite(col.num![i]!) ? col.num![i]! : null) : asInstant(col.get(i));
        if (v === null) continue;
        best = earliestAfter(v + w.sign * w.days * DAY_MS, best, nowMs);
        // A date still ahead also flips "less than N days ago / from now" when it arrives.
        if (v > nowMs) best = earliestAfter(v, best, nowMs);
        continue;
      }
      const span = w.days * DAY_MS;
      // A partial look (onlyMask set) only needs the newest event: older ones were seen before.
      for (let n = h.head[i]!; n >= 0; n = onlyMask === -1 ? h.next[n]! : -1) {
        const t = h.at[n]! + span;
        // Newest first: once a boundary is behind us, every older one is too.
        if (sorted && t + 1 <= nowMs) break;
        if (h.kind[n] === w.kind && (w.code < 0 || h.ref[n] === w.code)) best = earliestAfter(t, best, nowMs);
      }
    }
  }
  return best;
}

/**
 * Filters compare instants strictly or not at their boundary (criteria/property-match.ts),
 * so the verdict has flipped by one millisecond after it, whichever way it compares.
 */
function earliestAfter(boundary: number, best: number, nowMs: number): number {
  const t = boundary + 1;
  return t > nowMs && t < best ? t : best;
}
