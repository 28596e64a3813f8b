/**
 * The 90 % interval of a study: a distribution-free prediction interval for one run's count, read
 * off the R replications sorted. Its bounds are the k-th smallest and the k-th largest values,
 * k = floor(0.05 (R + 1)) (order statistics, no interpolation, so counts stay whole numbers).
 * For a continuous quantity, a further run falls below the k-th smallest of R runs with
 * probability k / (R + 1), and likewise above the k-th largest, so the interval holds it with
 * probability (R + 1 - 2k) / (R + 1): 90.5 % for R = 20, 92.2 % for 50, 90.1 % for 100, at least
 * 90 % whenever R >= 19 (ties of whole counts can only raise it). Below 19 replications k would be
 * 0: the interval is then min to max and holds (R - 1) / (R + 1) (`intervalCoverage` says so).
 */

export const INTERVAL_LEVEL = 0.9;

/** 1-based rank of the lower bound among R sorted values (the upper bound is R + 1 - k). */
export function lowerRank(replications: number): number {
  return Math.max(1, Math.floor(((1 - INTERVAL_LEVEL) / 2) * (replications + 1)));
}

/** The probability that a further run falls within the interval of R replications (continuous quantities). */
export function intervalCoverage(replications: number): number {
  const k = lowerRank(replications);
  return replications < 2 ? 0 : (replications + 1 - 2 * k) / (replications + 1);
}

/**
 * Mean and 90 % interval of plain values (one per replication) by the rule above: what every
 * interval of the product uses (studies, expectations judged on replications, the programme map
 * and the report), so "90 %" means one thing everywhere.
 */
export function predictionInterval(values: readonly number[]): { mean: number; low: number; high: number } {
  if (values.length === 0) throw new Error('An interval needs at least one value.');
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const k = lowerRank(n);
  let sum = 0;
  for (const v of values) sum += v;
  return { mean: sum / n, low: sorted[k - 1]!, high: sorted[n - k]! };
}
