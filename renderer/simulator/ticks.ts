/**
 * Axis ticks a reader can trust: distinct round numbers (1, 2 or 5 times a power of ten) from 0
 * up to the first tick at or above the largest value, at most `most` + 1 of them. Counts are
 * whole contacts, so the step is never below 1: a maximum of 1 gives 0 and 1, not 0, 1, 1.
 */
export function niceTicks(max: number, most = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / Math.max(1, most);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}
