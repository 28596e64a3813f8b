import type { Lang } from '../model/index.ts';

/**
 * Numbers, dates and times as the app writes them (renderer/i18n/format.ts re-exports these):
 * cards on the canvas and in the report, the inspector's fields, the simulator's panels.
 */

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

/** A percentage as each language writes it: "12,5 %" in French, "12.5%" in English. */
export function formatPercent(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const n = formatNumber(value, lang, options);
  return lang === 'fr' ? `${n}\u00a0%` : `${n}%`;
}
