/** Headline numbers of a prediction run and the extent of the P(alive) map: pure functions. */
import type { CustomerScores } from '../../models/clv';

/** Totals and means over every customer. */
export function predictionSummary(s: CustomerScores) {
  let total = 0;
  let purchases = 0;
  let alive = 0;
  const n = s.clv.length;
  for (let i = 0; i < n; i++) {
    total += s.clv[i];
    purchases += s.expectedPurchases[i];
    alive += s.pAlive[i];
  }
  return { total, mean: n ? total / n : null, purchases, alive: n ? alive / n : null, customers: n };
}

/**
 * The P(alive) map covers repeat counts up to the 99th percentile (at least 5, at most 40) for a
 * customer observed as long as the longest-observed one (lifetimes uses the same T).
 */
export function heatmapExtent(
  x: ArrayLike<number>,
  T: ArrayLike<number>,
): { maxFrequency: number; T: number } {
  const xs = Float64Array.from(x).sort();
  const p99 = xs.length ? xs[Math.min(xs.length - 1, Math.floor(0.99 * xs.length))] : 0;
  let maxT = 0;
  for (let i = 0; i < T.length; i++) maxT = Math.max(maxT, T[i]);
  return { maxFrequency: Math.min(40, Math.max(5, Math.ceil(p99))), T: maxT };
}
