/**
 * The nearest-rank percentile: the smallest sample with at least `share` of the samples at or
 * below it (so p99 of 200 samples is the 198th smallest). NaN when there are none.
 */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // The small allowance keeps float error (0.99 * 300 = 297.00000000000006) from moving up a rank.
  const rank = Math.max(1, Math.ceil(share * sorted.length - 1e-9));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}
