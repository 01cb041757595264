/**
 * The lifetime-value page's answer first: the distribution of predicted CLV, the top customers, and
 * the three lifetime values side by side with what each rests on (METRICS.md §6). Pure functions.
 */
import type { RealisedClvRow, ClvPeriod } from '../../analysis/realisedClv';
import type { CustomerScores } from '../../models/clv';

/** One bar of the histogram: values in [from, to); the last bar is open (`to` null: from and up). */
export interface HistogramBin {
  from: number;
  to: number | null;
  count: number;
}

/** The step of 1, 2, 2.5 or 5 × 10ᵏ at or just above `raw` (round bar edges read at a glance). */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * Predicted CLV per customer in at most `bins` bars of a round width from 0 (or the smallest value, when
 * negative: refund-heavy customers) to the 99th percentile, the last bar also holding everything above
 * it (a few very large customers would otherwise squash the rest into one bar).
 */
export function clvHistogram(values: ArrayLike<number>, bins = 20): HistogramBin[] {
  const sorted = Float64Array.from(values).filter(Number.isFinite).sort();
  const n = sorted.length;
  if (n === 0) return [];
  const top = sorted[Math.floor(0.99 * (n - 1))];
  const min = Math.min(0, sorted[0]);
  if (!(top > min)) return [{ from: min, to: null, count: n }];
  const width = niceStep((top - min) / bins);
  const lo = Math.floor(min / width) * width;
  const count = Math.max(1, Math.ceil((top - lo) / width));
  const out: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    from: lo + i * width,
    to: i === count - 1 ? null : lo + (i + 1) * width,
    count: 0,
  }));
  for (const v of sorted) out[Math.min(count - 1, Math.max(0, Math.floor((v - lo) / width)))].count++;
  return out;
}

/** A customer in the top list. */
export interface TopCustomer {
  id: string;
  revenue: number | null;
  pAlive: number;
  purchases: number;
  clv: number;
}

/** The `n` customers with the highest predicted CLV, highest first (ties by their order in `ids`). */
export function topCustomers(
  ids: string[],
  scores: CustomerScores,
  revenue: ArrayLike<number> | null,
  n = 10,
): TopCustomer[] {
  const order = ids.map((_, i) => i).sort((a, b) => scores.clv[b] - scores.clv[a] || a - b);
  return order.slice(0, n).map((i) => ({
    id: ids[i],
    revenue: revenue ? revenue[i] : null,
    pAlive: scores.pAlive[i],
    purchases: scores.expectedPurchases[i],
    clv: scores.clv[i],
  }));
}

/** Share of the total predicted CLV held by the top `share` of customers (null when the total is not positive). */
export function topShare(clv: ArrayLike<number>, share = 0.1): number | null {
  const sorted = Float64Array.from(clv).sort().reverse();
  const total = sorted.reduce((s, v) => s + v, 0);
  if (!(total > 0) || sorted.length === 0) return null;
  const k = Math.max(1, Math.round(share * sorted.length));
  let top = 0;
  for (let i = 0; i < k; i++) top += sorted[i];
  return top / total;
}

/** Periods of the realised-CLV period that make 12 months. */
export const TWELVE_MONTHS: Record<ClvPeriod, number> = { week: 52, month: 12, quarter: 4 };

/** The 12-month realised value and what it rests on. */
export interface RealisedBasis {
  value: number;
  cohorts: number;
  customers: number;
}

/**
 * Realised CLV at 12 months over every cohort (and segment, when split) that has completed 12 months:
 * Σ revenue ÷ Σ size (METRICS.md §2's pooled mean), with how many cohorts and customers it rests on.
 * Null when no cohort has completed 12 months.
 */
export function realisedTwelveMonths(rows: RealisedClvRow[], period: ClvPeriod): RealisedBasis | null {
  const age = TWELVE_MONTHS[period];
  let revenue = 0;
  let customers = 0;
  const cohorts = new Set<string>();
  for (const r of rows) {
    if (r.age !== age || !r.complete) continue;
    revenue += r.revenue;
    customers += r.size;
    cohorts.add(r.cohort);
  }
  return customers > 0 ? { value: revenue / customers, cohorts: cohorts.size, customers } : null;
}
