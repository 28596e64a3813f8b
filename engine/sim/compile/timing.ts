import { durationMinutes, type DelayStep, type PropertyValue, type WEEKDAYS } from '../../model/index.ts';
import { parseTimeOfDay, type Clock } from '../state/clock.ts';
import type { CompiledWorkflow } from './compile.ts';
import type { ContactStore } from '../state/contacts.ts';

/** When delays end, when windows open, where a yearly anchor falls. */

const DAY_MS = 86_400_000;

export function isoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function addDaysIso(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

export function asInstant(v: PropertyValue): number | null {
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
