/**
 * Day numbers as people read them, the one convention of every figure, panel, verdict, export and
 * report: the run's first day is day 1, and after N days the figures are those at the "end of day
 * N" (a 30-day run ends at the end of day 30). The engine counts days from 0 (a frame's row d, a
 * daily series' value d, the app's `dayAt`): row d is the end of day d + 1. Whatever shows or
 * writes a day number goes through here, never its own `+ 1`; whatever reads one a person wrote
 * (an expectation's day) goes back through `dayIndex`, never its own `- 1`.
 */
export function dayNumber(index: number): number {
  return index + 1;
}

/** The engine's day index of day number `day`, the inverse of `dayNumber`: day 1 (the start date) is index 0. */
export function dayIndex(day: number): number {
  return day - 1;
}

/** The calendar date (`YYYY-MM-DD`) of day number `day` of a run starting on `startDate`: day 1 is the start date. */
export function dayDate(startDate: string, day: number): string {
  const ms = Date.parse(`${startDate}T00:00:00Z`) + dayIndex(day) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
