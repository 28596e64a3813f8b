import { z } from 'zod';
import { numberText, type Localized } from '../model/index.ts';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_SPAN_DAYS, PROTOTYPE_KEYS, hasControlCharacter, hasLoneSurrogate, withinSpan } from './limits.ts';

/**
 * Building blocks shared by every schema. Custom checks carry their French and English
 * message in `params` so the loader can show them without guessing.
 */
export function expecting<T>(check: (value: T) => boolean, expected: Localized) {
  return [check, { message: `expected ${expected.en}`, params: { expected } }] as const;
}

/** A whole-sentence message, for checks that span several fields. */
export function complaining<T>(check: (value: T) => boolean, message: Localized) {
  return [check, { message: message.en, params: { message } }] as const;
}

/**
 * Ids are opaque non-empty strings; the brand is applied by a cast where the schema is used.
 * They are matched, printed and used as keys, so they hold no control character and no broken
 * UTF-16 (a lone surrogate), and stay short.
 */
export const idString = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .refine(
    ...expecting((id: string) => !hasControlCharacter(id) && !hasLoneSurrogate(id), {
      fr: 'un identifiant sans caractère de contrôle (retour à la ligne, tabulation, échappement…) ni caractère Unicode incomplet',
      en: 'an id without control characters (line breaks, tabs, escapes…) or broken Unicode characters',
    }),
  );

/**
 * The internal name of a contact property: a key of every contact's `properties`, so never one
 * that reaches an object's prototype when assigned (`__proto__`, `constructor`, `prototype`).
 */
export const propertyName = idString.refine(
  ...expecting((name: string) => !PROTOTYPE_KEYS.has(name), {
    fr: 'un nom de propriété autre que __proto__, constructor ou prototype (noms réservés)',
    en: 'a property name other than __proto__, constructor or prototype (reserved names)',
  }),
);

/** A name, title, subject or label: one line a person reads. */
export const nameText = z.string().max(MAX_NAME_LENGTH);

export const localizedSchema = z.strictObject({ fr: nameText, en: nameText });

// zod 4 numbers already refuse NaN and the infinities.
export const nonNegative = z.number().min(0);
export const wholeDays = z.number().int().min(0).max(MAX_SPAN_DAYS);
/** Days before (negative) or after a date, within the ten-year bound of `limits.ts`. */
export const offsetDays = z.number().int().refine(
  ...expecting(withinSpan, {
    fr: `un nombre entier de jours entre ${numberText(-MAX_SPAN_DAYS, 'fr')} et ${numberText(MAX_SPAN_DAYS, 'fr')} (10 ans)`,
    en: `a whole number of days from ${numberText(-MAX_SPAN_DAYS, 'en')} to ${numberText(MAX_SPAN_DAYS, 'en')} (10 years)`,
  }),
);

/** `YYYY-MM-DD` that names a day that exists (no 31 June, no 29 February 2025). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

export const calendarDate = z.string().refine(
  ...expecting(isCalendarDate, {
    fr: 'une date réelle au format AAAA-MM-JJ (par exemple 2026-03-15)',
    en: 'a real calendar date written YYYY-MM-DD (for example 2026-03-15)',
  }),
);

/**
 * The first and last days a run may start on. Before the year 1000 the run's dates come out wrong
 * in what it writes (measured 2026-12-07: a start on 0999-01-01 gave '999-01-02' in the enrollments
 * CSV, 0100-01-01 gave '1800-04-09', 0001-01-01 '3799-01-03'); after 9999 a date no longer has
 * four digits. The CLI's --start takes the same range.
 */
export const FIRST_START = '1000-01-01';
export const LAST_START = '9999-12-31';

/** A run's first day: a real calendar date within FIRST_START..LAST_START. */
export const startDate = calendarDate.refine(
  ...expecting((d: string) => d >= FIRST_START && d <= LAST_START, {
    fr: `une date de début du ${FIRST_START} au ${LAST_START}`,
    en: `a start date from ${FIRST_START} to ${LAST_START}`,
  }),
);

export function isTimeOfDay(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

export const timeOfDay = z.string().refine(
  ...expecting(isTimeOfDay, {
    fr: 'une heure au format HH:MM entre 00:00 et 23:59',
    en: 'a time of day written HH:MM, between 00:00 and 23:59',
  }),
);

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const timeZone = z.string().refine(
  ...expecting(isTimeZone, {
    fr: 'un fuseau horaire IANA connu (par exemple Europe/Paris)',
    en: 'a known IANA time zone (for example Europe/Paris)',
  }),
);

/** A probability between 0 and 1. */
export const rate = z.number().min(0).max(1);

/** Compile-time proof that a schema's output is the model type: fails to type-check if they drift. */
export type AssertAssignable<A extends B, B> = A;
