// Percentiles of durations, for the trends. Pure. Linear interpolation between the two
// nearest ranks (the "type 7" of R and numpy), so p50 of [10, 20] is 15, not either end.

/** The p-th percentile (0..100) of the values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`A percentile is between 0 and 100, not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

export interface PercentileSummary {
  count: number;
  p50: number | null;
  p90: number | null;
}

export function summarize(values: readonly number[]): PercentileSummary {
  return { count: values.length, p50: percentile(values, 50), p90: percentile(values, 90) };
}
