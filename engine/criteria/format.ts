import type { Lang } from '../model/index.ts';
import { DAY_MS } from './values.ts';

/*
 * Formatting for explanations and descriptions. Dates are written by hand rather than with
 * Intl so the text is the same on every ICU build (Node, Electron, Chromium).
 */

const NBSP = '\u00a0';
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** French guillemets with non-breaking spaces, English curly quotes. */
export function quote(text: string, lang: Lang): string {
  return lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
export function formatNumber(n: number, lang: Lang): string {
  const format = (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 3 }));
  return format.format(n);
}

/** "5 janv. 2026" (1er for the first of the month) / "Jan 5, 2026", from an epoch-ms instant (UTC). */
export function formatDay(ms: number, lang: Lang): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(ms);
  const month = MONTHS[lang][d.getUTCMonth()] ?? '';
  const day = d.getUTCDate();
  return lang === 'fr'
    ? `${day === 1 ? '1er' : day}${NBSP}${month}${NBSP}${d.getUTCFullYear()}`
    : `${month}${NBSP}${day}, ${d.getUTCFullYear()}`;
}

/** A day, plus the UTC time when the instant is not midnight. */
export function formatInstant(ms: number, lang: Lang): string {
  const day = formatDay(ms, lang);
  const rest = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  if (rest === 0 || Number.isNaN(rest)) return day;
  const d = new Date(ms);
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}${NBSP}UTC`;
  return lang === 'fr' ? `${day} à ${time}` : `${day}, ${time}`;
}

export function formatCalendar(iso: string, lang: Lang, parse: (iso: string) => number): string {
  const day = parse(iso);
  return Number.isNaN(day) ? iso : formatDay(day * DAY_MS, lang);
}

export function days(n: number, lang: Lang): string {
  const count = formatNumber(n, lang);
  if (lang === 'fr') return `${count}${NBSP}${Math.abs(n) < 2 ? 'jour' : 'jours'}`;
  return `${count}${NBSP}${n === 1 ? 'day' : 'days'}`;
}

/** "au cours des 30 derniers jours" / "in the last 30 days". */
export function inLastDays(n: number, lang: Lang): string {
  if (n === 1) return lang === 'fr' ? 'au cours du dernier jour' : 'in the last day';
  return lang === 'fr' ? `au cours des ${formatNumber(n, lang)}${NBSP}derniers jours` : `in the last ${formatNumber(n, lang)}${NBSP}days`;
}

/** How far an instant is from now: "il y a 33 jours" / "33 days ago", "dans 5 jours" / "in 5 days". */
export function relativeAge(at: number, now: number, lang: Lang): string {
  const whole = Math.floor(Math.abs(now - at) / DAY_MS);
  if (at <= now) {
    if (whole === 0) return lang === 'fr' ? "il y a moins d’un jour" : 'less than a day ago';
    return lang === 'fr' ? `il y a ${days(whole, lang)}` : `${days(whole, lang)} ago`;
  }
  if (whole === 0) return lang === 'fr' ? "dans moins d’un jour" : 'in less than a day';
  return lang === 'fr' ? `dans ${days(whole, lang)}` : `in ${days(whole, lang)}`;
}

/** Joins with commas and a final word: "A, B ou C" / "A, B or C". */
export function joinWords(items: readonly string[], last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
