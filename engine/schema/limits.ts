import { numberText, oneLine, type Localized } from '../model/index.ts';

/**
 * Upper bounds on what a project may hold. HubSpot documents no maximum for a delay, a maximum
 * wait or a date offset (knowledge.hubspot.com/workflows/use-delays lists the delay kinds and
 * their fields, no limit; checked on 2026-12-06), so every span of time gets the same generous
 * bound: ten years. A real campaign never comes near it; an absurd value (1e9 days) is refused
 * at load with its path, and the simulator refuses it too (`simulationBoundsIssues`).
 */
export const MAX_SPAN_DAYS = 3653; // ten years of 365.25 days, rounded up
export const MAX_SPAN_MINUTES = MAX_SPAN_DAYS * 24 * 60;

/** New contacts per simulated day: 10,000 a day for ten years is already 36 million contacts. */
export const MAX_ARRIVALS_PER_DAY = 10_000;

/**
 * Runs of a study (`simulation.replications`; the app's Runs field, the CLI's `--replications`): a
 * study keeps 4 bytes per replication, count and day (engine/study/aggregate.ts), so a thousand is
 * already minutes of work.
 */
export const MAX_REPLICATIONS = 1000;

/** Ids are written by Flowbench or HubSpot (numbers, slugs, uuids): 200 characters is plenty. */
export const MAX_ID_LENGTH = 200;
/** Names, titles, subjects, labels: one line a person reads. */
export const MAX_NAME_LENGTH = 1000;
/** Any other text (notes, descriptions, contact property values). */
export const MAX_TEXT_LENGTH = 100_000;
/** An imported HubSpot action kept as it was (`hubspot-action`'s `original`): its JSON text, in characters. */
export const MAX_ACTION_JSON_LENGTH = 100_000;
/** Any number in the file: beyond this, integers lose precision and nothing real is that large. */
export const MAX_MAGNITUDE = Number.MAX_SAFE_INTEGER;

export const MINUTES_PER_UNIT = { minutes: 1, hours: 60, days: 24 * 60, weeks: 7 * 24 * 60 } as const;

export type DurationUnit = keyof typeof MINUTES_PER_UNIT;

export function durationWithinBounds(d: { readonly amount: number; readonly unit: DurationUnit }): boolean {
  return Number.isFinite(d.amount) && d.amount >= 0 && d.amount * MINUTES_PER_UNIT[d.unit] <= MAX_SPAN_MINUTES;
}

/** Not over the ten years, whatever else is wrong with it (a negative or missing amount has its own message). */
export function durationNotTooLong(d: { readonly amount: number; readonly unit: DurationUnit }): boolean {
  return !(d.amount * MINUTES_PER_UNIT[d.unit] > MAX_SPAN_MINUTES);
}

export const withinSpan = (days: number): boolean => Number.isFinite(days) && Math.abs(days) <= MAX_SPAN_DAYS;

export const SPAN_TOO_LONG: Localized = {
  fr: `Cette durée dépasse la limite de 10 ans (${numberText(MAX_SPAN_DAYS, 'fr')} jours)\u00a0: aucune campagne ne dure autant, la valeur est sans doute une erreur.`,
  en: `This span is over the 10-year limit (${numberText(MAX_SPAN_DAYS, 'en')} days): no campaign lasts that long, so the value is surely a mistake.`,
};

/** A UTF-16 surrogate without its pair: not a character, and not encodable in UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Control characters, line separators and direction overrides (model/text's set): none in an id. */
export { hasControlCharacter } from '../model/index.ts';

/**
 * A name that comes from outside (a HubSpot import) made one a Flowbench file may hold: line
 * breaks and tabs become spaces, other control characters and direction overrides go (a U+202E
 * reversed the app's own sentence around the name), and it is cut to MAX_NAME_LENGTH characters.
 */
export function cleanName(text: string): string {
  const cleaned = oneLine(text);
  const points = Array.from(cleaned);
  return points.length > MAX_NAME_LENGTH ? `${points.slice(0, MAX_NAME_LENGTH - 1).join('')}…` : cleaned;
}
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Keys that reach an object's prototype when assigned: refused anywhere in a file. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
