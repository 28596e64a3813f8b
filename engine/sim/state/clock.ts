import type { Weekday } from '../../model/index.ts';

/**
 * The virtual clock: whole minutes of real elapsed time since local midnight of the start
 * date in the run's time zone. Calendar questions (midnights, `HH:MM`, weekdays, blocked
 * dates) are answered in that zone through Intl, so Paris' DST days last 23 or 25 hours.
 */

const DAY_MS = 86_400_000;
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface LocalTime {
  /** Calendar days since the start date. */
  readonly day: number;
  readonly date: string;
  readonly minuteOfDay: number;
  readonly weekday: Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function parseTimeOfDay(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** Epoch ms of UTC midnight of a `YYYY-MM-DD`; NaN when malformed. */
export function utcDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export class Clock {
  readonly startMs: number;
  private readonly startDay: number;
  private readonly offsets = new Map<number, number>();
  private readonly midnights = new Map<number, number>();
  /** Local midnights of days 0..n, the hot path of dayOf. */
  private dense = new Float64Array(0);

  constructor(
    readonly startDate: string,
    readonly timeZone: string,
    originMs?: number,
  ) {
    this.startDay = utcDay(startDate);
    if (Number.isNaN(this.startDay)) throw new Error(`Invalid start date: ${startDate}`);
    // Workflows in another zone share the run's minute 0 so all their clocks agree.
    this.startMs = originMs ?? this.wallToMs(this.startDay);
  }

  /** Minutes the zone is ahead of UTC at an instant, cached per quarter hour. */
  offsetMinutes(ms: number): number {
    if (this.timeZone === 'UTC') return 0;
    const key = Math.floor(ms / 900_000);
    let off = this.offsets.get(key);
    if (off === undefined) {
      const parts = formatter(this.timeZone).formatToParts(new Date(key * 900_000));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
      const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
      off = Math.round((wall - key * 900_000) / 60_000);
      this.offsets.set(key, off);
    }
    return off;
  }

  /** The instant whose local wall time, read as UTC, is `wallMs`. */
  private wallToMs(wallMs: number): number {
    const guess = wallMs - this.offsetMinutes(wallMs) * 60_000;
    return wallMs - this.offsetMinutes(guess) * 60_000;
  }

  toMs(t: number): number {
    return this.startMs + t * 60_000;
  }

  /** The first whole minute at or after an epoch instant. */
  minuteCeil(ms: number): number {
    return Math.ceil((ms - this.startMs) / 60_000);
  }

  minuteFloor(ms: number): number {
    return Math.floor((ms - this.startMs) / 60_000);
  }

  /** The minute of a local date and time of day. */
  at(date: string, minuteOfDay: number): number {
    return this.atDay((utcDay(date) - this.startDay) / DAY_MS, minuteOfDay);
  }

  /** The minute of local `minuteOfDay` on day `day` (days since the start date). */
  atDay(day: number, minuteOfDay: number): number {
    return this.minuteFloor(this.wallToMs(this.startDay + day * DAY_MS + minuteOfDay * 60_000));
  }

  /** The minute of local midnight starting day `day`. */
  midnight(day: number): number {
    if (day >= 0 && day < this.dense.length) return this.dense[day]!;
    let m = this.midnights.get(day);
    if (m === undefined) {
      m = this.atDay(day, 0);
      this.midnights.set(day, m);
    }
    return m;
  }

  local(t: number): LocalTime {
    const ms = this.toMs(t);
    const wall = ms + this.offsetMinutes(ms) * 60_000;
    const dayStart = Math.floor(wall / DAY_MS) * DAY_MS;
    const d = new Date(dayStart);
    return {
      day: Math.round((dayStart - this.startDay) / DAY_MS),
      date: d.toISOString().slice(0, 10),
      minuteOfDay: Math.floor((wall - dayStart) / 60_000),
      weekday: WEEKDAY_BY_UTC_DAY[d.getUTCDay()]!,
    };
  }

  /** Precomputes the midnights of days 0..days so dayOf is a table lookup. */
  prepare(days: number): void {
    if (this.dense.length > days + 1) return;
    const dense = new Float64Array(days + 2);
    for (let d = 0; d < dense.length; d++) dense[d] = this.midnight(d);
    this.dense = dense;
  }

  /** Day index (since the start date) of a minute. */
  dayOf(t: number): number {
    const dense = this.dense;
    let d = Math.floor(t / 1440);
    if (d < 0 || d + 1 >= dense.length) return this.local(t).day;
    while (d > 0 && dense[d]! > t) d--;
    while (d + 2 < dense.length && dense[d + 1]! <= t) d++;
    return d;
  }

  /** The first local midnight at or after minute t. */
  midnightAtOrAfter(t: number): number {
    const d = this.dayOf(t);
    const m = this.midnight(d);
    return m === t ? m : this.midnight(d + 1);
  }

  /** The first local midnight strictly after minute t. */
  nextMidnight(t: number): number {
    return this.midnight(this.dayOf(t) + 1);
  }
}

const clocks = new Map<string, Clock>();

/** One clock per (start date, zone, origin), shared by the workflows of a run. */
export function clockFor(startDate: string, timeZone: string, originMs?: number): Clock {
  const key = `${startDate}|${timeZone}|${originMs ?? ''}`;
  let c = clocks.get(key);
  if (!c) {
    c = new Clock(startDate, timeZone, originMs);
    clocks.set(key, c);
  }
  return c;
}
