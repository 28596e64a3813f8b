import { numberText as num, type Localized } from '../../model/index.ts';
import { MAX_SPAN_DAYS } from '../../schema/limits.ts';
import { FIRST_START, isCalendarDate, LAST_START } from '../../schema/primitives.ts';

/** The numbers and dates `flowbench simulate` takes, each checked with a message naming the option. */

/**
 * The longest run: the schema's ten years (3,653 days, leap days included), the horizon a project
 * file may hold, so `--days` accepts every horizon a file does and no more.
 */
export const MAX_DAYS = MAX_SPAN_DAYS;
/** The simulator's benchmark size; beyond it a run takes minutes and gigabytes. */
export const MAX_GENERATED = 1_000_000;
const INT32 = 2147483647;

export type OptionValue<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly message: Localized };


export function wholeNumber(name: string, raw: unknown, min: number, max: number, what: Localized, example: string): OptionValue<number> {
  if (raw === undefined) return { ok: true, value: undefined };
  const text = String(raw);
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return { ok: true, value: n };
  return {
    ok: false,
    message: {
      fr: `--${name} ${text}\u00a0: attendu ${what.fr}, un nombre entier de ${num(min, 'fr')} à ${num(max, 'fr')}, par exemple --${name} ${example}.`,
      en: `--${name} ${text}: expected ${what.en}, a whole number from ${num(min, 'en')} to ${num(max, 'en')}, for example --${name} ${example}.`,
    },
  };
}

export function daysOption(raw: unknown): OptionValue<number> {
  return wholeNumber('days', raw, 1, MAX_DAYS, { fr: 'la durée simulée en jours', en: 'the simulated time in days' }, '90');
}

export function generateOption(raw: unknown): OptionValue<number> {
  return wholeNumber('generate', raw, 0, MAX_GENERATED, { fr: 'le nombre de contacts à générer', en: 'how many contacts to generate' }, '1000');
}

export function seedOption(raw: unknown): OptionValue<number> {
  return wholeNumber('seed', raw, -INT32 - 1, INT32, { fr: 'la graine du hasard', en: 'the random seed' }, '42');
}

/**
 * A real calendar day `YYYY-MM-DD` (engine/schema isCalendarDate, a project file's rule): 2025-02-30
 * is refused, not rolled over to March. A well-formed day outside FIRST_START..LAST_START is told the
 * range (0001-01-01 was called "not a calendar date": Date.UTC reads years below 100 as 19xx).
 */
export function startOption(raw: unknown): OptionValue<string> {
  if (raw === undefined) return { ok: true, value: undefined };
  const text = String(raw);
  const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (wellFormed && text < FIRST_START) {
    return {
      ok: false,
      message: {
        fr: `--start ${text}\u00a0: hors des dates prises en charge, du ${FIRST_START} au ${LAST_START}, par exemple --start 2025-03-01.`,
        en: `--start ${text}: outside the supported dates, ${FIRST_START} to ${LAST_START}, for example --start 2025-03-01.`,
      },
    };
  }
  if (wellFormed && isCalendarDate(text)) return { ok: true, value: text };
  return {
    ok: false,
    message: {
      fr: `--start ${text}\u00a0: attendu une date du calendrier au format AAAA-MM-JJ, par exemple --start 2025-03-01.`,
      en: `--start ${text}: expected a calendar date as YYYY-MM-DD, for example --start 2025-03-01.`,
    },
  };
}
