import type { Lang } from '../../engine/model/index.ts';
import { locale } from '../../engine/cards/index.ts';

// The cards' formatters live in the engine, so the report writes numbers, dates and times as the canvas does.
export { formatDate, formatNumber, formatPercent, formatTime, locale } from '../../engine/cards/index.ts';

export function formatTimestamp(epochMs: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

type DatePart = 'day' | 'month' | 'year';

/** The order and separator of a short date in the language ("05/01/2026": day, month, year, "/"). */
function shortDateShape(lang: Lang): { order: DatePart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 0, 5));
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
