import type { Lang } from '../../engine/model/index.ts';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

/** A `YYYY-MM-DD` calendar date as the user reads it ("5 janv. 2026", "5 Jan 2026"). */
export function formatDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A `HH:MM` time of day: "09:30" in French stays 24-hour, English shows "9:30 am". */
export function formatTime(time: string, lang: Lang): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const date = new Date(Date.UTC(2026, 0, 1, Number(match[1]), Number(match[2])));
  const hour = lang === 'fr' ? '2-digit' : 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], { hour, minute: '2-digit', timeZone: 'UTC', hour12: lang === 'en' }).format(date);
}

/** Formatters are costly to build (a scrubbed simulation formats dozens of counts a frame): kept. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A percentage as each language writes it: "12,5 %" in French, "12.5%" in English. */
export function formatPercent(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const n = formatNumber(value, lang, options);
  return lang === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

export function formatTimestamp(epochMs: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

type DatePart = 'day' | 'month' | 'year';

/** The order and separator of a short date in the language ("05/01/2026": day, month, year, "/"). */
function shortDateShape(lang: Lang): { order: DatePart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 0, 5));
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: DatePart } => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type);
  return { order, separator: parts.find((p) => p.type === 'literal')?.value ?? '/' };
}

const PATTERN_LETTERS: Record<Lang, Record<DatePart, string>> = { fr: { day: 'jj', month: 'mm', year: 'aaaa' }, en: { day: 'dd', month: 'mm', year: 'yyyy' } };

/** What to type: "jj/mm/aaaa" in French, "dd/mm/yyyy" in (British) English. */
export function shortDatePattern(lang: Lang): string {
  const { order, separator } = shortDateShape(lang);
  return order.map((p) => PATTERN_LETTERS[lang][p]).join(separator);
}

/** A `YYYY-MM-DD` date in the language's short order: "05/01/2026". */
export function formatShortDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const { order, separator } = shortDateShape(lang);
  const value = { year: match[1]!, month: match[2]!, day: match[3]! };
  return order.map((p) => value[p]).join(separator);
}

/** Reads a short date typed in the language's order (any of / . - as separator); null unless a real day. */
export function parseShortDate(text: string, lang: Lang): string | null {
  const fields = text.trim().split(/\s*[/.-]\s*/);
  const { order } = shortDateShape(lang);
  if (fields.length !== 3 || fields.some((f) => !/^\d+$/.test(f))) return null;
  const value = Object.fromEntries(order.map((p, k) => [p, Number(fields[k])])) as Record<DatePart, number>;
  if (value.year < 1000 || value.year > 9999) return null;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCFullYear() !== value.year || date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A whole number as a person types it: digits grouped by spaces (ordinary, no-break or narrow,
 * as the app itself writes "2 000"), or by commas in English ("2,000"), a minus sign allowed;
 * null when it is not one. "2 000" was refused in a French field while the app wrote it so.
 */
export function parseWholeNumber(text: string, lang: Lang): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const plain = lang === 'en' && /^-?\d{1,3}(,\d{3})+$/.test(compact) ? compact.replace(/,/g, '') : compact;
  if (!/^-?\d+$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isSafeInteger(n) ? n : null;
}
