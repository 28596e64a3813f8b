/**
 * Day numbers as people read them, the one convention of every figure, panel, verdict, export and
 * report: the run's first day is day 1, and after N days the figures are those at the "end of day
 * N" (a 30-day run ends at the end of day 30). The engine counts days from 0 (a frame's row d, a
 * daily series' value d, the app's `dayAt`): row d is the end of day d + 1. Whatever shows or
 * writes a day number goes through here, never its own `+ 1`.
 */
export function dayNumber(index: number): number {
  return index + 1;
}
