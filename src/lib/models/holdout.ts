/**
 * The holdout check (METRICS.md §6): fit on the calibration period, then compare the model's predictions
 * with what customers actually did afterwards — as cumulative repeat occasions over time (FHL 2005
 * Fig. 2) and by number of calibration-period repeats (FHL 2005 Fig. 4).
 */
import { expectedPurchases, type BgNbdParams } from './bgnbd';

/**
 * Expected cumulative repeat occasions at each time τ (measured from a common origin) for customers
 * whose first occasion came at `offsets` (same origin and unit): Σᵢ E[X(τ − sᵢ)], with E[X(t)] of
 * FHL 2005 eq. 9 and E[X(t)] = 0 before a customer's first occasion.
 */
export function expectedCumulativeRepeats(
  p: BgNbdParams,
  offsets: ArrayLike<number>,
  times: number[],
): number[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < offsets.length; i++) counts.set(offsets[i], (counts.get(offsets[i]) ?? 0) + 1);
  return times.map((tau) => {
    let total = 0;
    for (const [s, n] of counts) if (tau > s) total += n * expectedPurchases(p, tau - s);
    return total;
  });
}

/** Actual and predicted holdout occasions of the customers with a given number of calibration repeats. */
export interface RepeatBucket {
  /** Calibration repeats; the last bucket holds `cap` or more. */
  repeats: number;
  customers: number;
  /** Mean holdout occasions per customer, actual and predicted. */
  actual: number;
  predicted: number;
}

/** Average actual and predicted holdout occasions by calibration repeats 0, 1, …, cap+ (FHL 2005 Fig. 4). */
export function holdoutByRepeats(
  x: ArrayLike<number>,
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  cap = 7,
): RepeatBucket[] {
  const buckets = Array.from({ length: cap + 1 }, (_, repeats) => ({
    repeats,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  for (let i = 0; i < x.length; i++) {
    const b = buckets[Math.min(x[i], cap)];
    b.customers++;
    b.actual += actual[i];
    b.predicted += predicted[i];
  }
  return buckets
    .filter((b) => b.customers > 0)
    .map((b) => ({ ...b, actual: b.actual / b.customers, predicted: b.predicted / b.customers }));
}
