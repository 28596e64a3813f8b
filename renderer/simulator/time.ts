import type { Lang } from '../../engine/model/index.ts';
import { locale } from '../i18n/format.ts';

/** The simulated clock as people read it. Minutes are elapsed time since the start's local midnight. */

export const minuteToMs = (startMs: number, minute: number) => startMs + minute * 60_000;

/** The day (0-based) a minute falls in, given the minutes of each local midnight. */
export function dayAt(midnights: readonly number[], minute: number): number {
  let lo = 0;
  let hi = midnights.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (midnights[mid]! <= minute) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per (style, language, zone): building them costs more than a frame's work. */
function cached(style: string, lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${style}|${lang}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/** "mar. 10 mars 2026, 09:30" / "Tue 10 Mar 2026, 09:30", in the run's time zone. */
export function formatInstant(ms: number, timeZone: string, lang: Lang): string {
  return cached('instant', lang, timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** "mar. 10 mars 2026" / "Tue 10 Mar 2026": the day of an instant, in the run's time zone. */
export function formatDay(ms: number, timeZone: string, lang: Lang): string {
  return cached('weekday-date', lang, timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** "17 janv. 09:30": a journey's stamp beside a card. */
export function formatStamp(ms: number, timeZone: string, lang: Lang): string {
  return `${cached('day', lang, timeZone, { day: 'numeric', month: 'short' }).format(ms)} ${cached('time', lang, timeZone, { hour: '2-digit', minute: '2-digit' }).format(ms)}`;
}

/** A `YYYY-MM-DD` date in full, "lundi 5 janvier 2026": the date input shows the browser's format. */
export function formatLongDate(isoDate: string, lang: Lang): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : cached('long-date', lang, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
}

/** Days since the start at a minute, fractional: where the charts' cursor stands. */
export function dayPosition(midnights: readonly number[], minute: number): number {
  const d = dayAt(midnights, minute);
  const from = midnights[d] ?? 0;
  const to = midnights[d + 1];
  return to === undefined || to <= from ? d : d + (minute - from) / (to - from);
}
