import { asOfSql } from './asOf';

/** Settings of the time-between-purchases view. */
export interface InterPurchaseParams {
  /** ISO date; occasions after it are left out. Default: the last order date. */
  asOf?: string | null;
}

/** Summary of the days between consecutive purchase occasions (METRICS.md §3, §4). */
export interface InterPurchaseStatsRow {
  [key: string]: number | null;
  /** Number of gaps (occasions that have an earlier occasion of the same customer). */
  gaps: number;
  /** Customers with at least two occasions. */
  repeaters: number;
  median: number | null;
  p90: number | null;
  /** The suggested inactivity window: the 90th percentile rounded up to whole days. */
  suggestedWindow: number | null;
}

/** How many gaps have each length in days. */
export interface GapCountRow {
  [key: string]: number;
  days: number;
  n: number;
}

/** The gaps CTEs: `gaps(customer_id, days)`, one row per occasion after a customer's first. */
function gapsSql(params: InterPurchaseParams): string {
  return `cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
lists AS (
  SELECT d.customer_id, list_sort(list(d.day)) AS days FROM customer_days d, cut k
  WHERE d.purchases > 0 AND d.day <= k.as_of GROUP BY d.customer_id
),
-- Consecutive differences within each customer's sorted list of occasion days.
gaps AS (
  SELECT customer_id, unnest(list_transform(range(1, len(days)), i -> date_diff('day', days[i], days[i + 1]))) AS days
  FROM lists
)`;
}

/**
 * SQL for the median and 90th percentile of the days between consecutive purchase occasions of the
 * same customer, and the suggested inactivity window W = ⌈p90⌉ (METRICS.md §4). Percentiles
 * interpolate linearly between order statistics (`quantile_cont`; R's type 7, numpy's default).
 */
export function buildInterPurchaseStatsSql(params: InterPurchaseParams = {}): string {
  return `WITH ${gapsSql(params)}
SELECT CAST(count(*) AS INTEGER) AS gaps, CAST(count(DISTINCT customer_id) AS INTEGER) AS repeaters,
  quantile_cont(days, 0.5) AS median, quantile_cont(days, 0.9) AS p90,
  CAST(ceil(quantile_cont(days, 0.9)) AS INTEGER) AS "suggestedWindow"
FROM gaps`;
}

/** SQL for the distribution of gaps: one row per gap length in days with its count. */
export function buildGapDistributionSql(params: InterPurchaseParams = {}): string {
  return `WITH ${gapsSql(params)}
SELECT CAST(days AS INTEGER) AS days, CAST(count(*) AS INTEGER) AS n FROM gaps GROUP BY days ORDER BY days`;
}

/** One bar of the histogram: gaps of `from` ≤ days < `to` (the last bar also holds everything longer). */
export interface GapBin {
  from: number;
  to: number;
  n: number;
  /** True for the last bar when it gathers every gap at or beyond `from`. */
  overflow: boolean;
}

/** A bar width in days that gives about `bars` bars up to `maxDays`: 1, 2, 5, 7, 10, 14, 15, 30, … */
export function niceBinDays(maxDays: number, bars = 40): number {
  const raw = Math.max(1, maxDays / bars);
  const steps = [1, 2, 3, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365];
  return steps.find((s) => s >= raw) ?? Math.ceil(raw / 365) * 365;
}

/**
 * Bin the gap distribution into bars of `binDays` days from 0 up to `maxDays`; longer gaps go into a
 * final overflow bar so the long tail does not squash the chart.
 */
export function binGaps(rows: GapCountRow[], binDays: number, maxDays: number): GapBin[] {
  const count = Math.max(1, Math.ceil(maxDays / binDays));
  const bins: GapBin[] = Array.from({ length: count }, (_, i) => ({
    from: i * binDays,
    to: (i + 1) * binDays,
    n: 0,
    overflow: false,
  }));
  let overflow = 0;
  for (const r of rows) {
    const i = Math.floor(r.days / binDays);
    if (i < count) bins[i].n += r.n;
    else overflow += r.n;
  }
  if (overflow > 0)
    bins.push({ from: count * binDays, to: (count + 1) * binDays, n: overflow, overflow: true });
  return bins;
}

/** The share of gaps longer than `window` days: customers who would count as churned and then came back. */
export function shareLongerThan(rows: GapCountRow[], window: number): number | null {
  const total = rows.reduce((s, r) => s + r.n, 0);
  if (total === 0) return null;
  return rows.filter((r) => r.days > window).reduce((s, r) => s + r.n, 0) / total;
}

/** The p-quantile of a distribution given as counts per value, interpolating like `quantile_cont` (type 7). */
export function quantileOfCounts(rows: GapCountRow[], p: number): number | null {
  const total = rows.reduce((s, r) => s + r.n, 0);
  if (total === 0) return null;
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  // The value at 0-based rank k among the sorted gaps.
  const at = (k: number) => {
    let seen = 0;
    for (const r of rows) {
      seen += r.n;
      if (k < seen) return r.days;
    }
    return rows[rows.length - 1].days;
  };
  const a = at(lo);
  return a + (h - lo) * (at(Math.min(lo + 1, total - 1)) - a);
}

/**
 * The statistics of `buildInterPurchaseStatsSql` computed from the gap distribution instead, so the
 * page needs one query for both the histogram and the suggested window.
 */
export function gapStats(rows: GapCountRow[]) {
  const p90 = quantileOfCounts(rows, 0.9);
  return {
    gaps: rows.reduce((s, r) => s + r.n, 0),
    median: quantileOfCounts(rows, 0.5),
    p90,
    p99: quantileOfCounts(rows, 0.99),
    suggestedWindow: p90 === null ? null : Math.ceil(p90 - 1e-9),
  };
}
