import { asOfSql } from './asOf';
import { dateLiteral } from './sql';

/**
 * The app's one date range, relative to the as-of date (METRICS.md §1: never the wall clock). `all` is
 * everything from the first order to the as-of date; `custom` takes `from` and `to` (either may be
 * empty: the first order date, the as-of date).
 */
export const RANGE_PRESETS = ['30d', '90d', '12m', 'ytd', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  preset: RangePreset;
  /** ISO dates of a custom range; ignored by the other presets. */
  from: string | null;
  to: string | null;
}

export const DEFAULT_RANGE: DateRange = { preset: 'all', from: null, to: null };

/** Most points on a figure's trend line. */
export const TREND_POINTS = 12;

/**
 * SQL for the first and last day of the range (columns `f`, `t`), given a CTE `cut(as_of, first_day)`.
 * Days are inclusive: "last 30 days" at as-of 31 Jan is 2 Jan – 31 Jan.
 */
function spanSql(range: DateRange): { from: string; to: string } {
  const asOf = '(SELECT as_of FROM cut)';
  const first = '(SELECT first_day FROM cut)';
  switch (range.preset) {
    case '30d':
      return { from: `${asOf} - 29`, to: asOf };
    case '90d':
      return { from: `${asOf} - 89`, to: asOf };
    case '12m':
      // The day after the same date a year before: 12 whole months ending on the as-of date.
      return { from: `CAST(${asOf} - INTERVAL 12 MONTH + INTERVAL 1 DAY AS DATE)`, to: asOf };
    case 'ytd':
      return { from: `CAST(date_trunc('year', ${asOf}) AS DATE)`, to: asOf };
    case 'custom':
      return {
        from: range.from ? dateLiteral(range.from) : first,
        // A custom end after the as-of date would count days the data cannot have yet.
        to: range.to ? `least(${dateLiteral(range.to)}, ${asOf})` : asOf,
      };
    case 'all':
      return { from: first, to: asOf };
  }
}

/** Headline figures of one window of days (METRICS.md §1, §3, counted inside the window only). */
export interface WindowRow {
  [key: string]: string | number | null;
  /** `current` (the range), `previous` (as many days just before it), or `t0` … `t11` (trend points). */
  window: string;
  from: string;
  to: string;
  days: number;
  customers: number;
  orders: number;
  refunds: number;
  occasions: number;
  revenue: number | null;
  repeatRate: number | null;
  averageOrderValue: number | null;
}

/**
 * SQL for the Overview's headline figures inside the date range, inside the period of the same length
 * just before it (absent for `all`: nothing comes before the first order), and inside up to
 * TREND_POINTS equal slices of the range ending on its last day (the trend line; slices are whole, so
 * a few days at the range's start may fall outside them). In a window: customers = distinct customers
 * with any order in it; orders, refunds, occasions, net revenue as on the Overview, counted in it; the
 * repeat rate is customers with ≥ 2 occasions in the window ÷ customers with ≥ 1 there (§3).
 */
export function buildWindowsSql(range: DateRange, asOf: string | null = null): string {
  const span = spanSql(range);
  const previous = range.preset === 'all' ? 'FALSE' : 'TRUE';
  return `WITH cut AS (SELECT ${asOfSql(asOf)} AS as_of, (SELECT min(order_date) FROM orders) AS first_day),
span AS (SELECT CAST(${span.from} AS DATE) AS f, CAST(${span.to} AS DATE) AS t),
len AS (
  SELECT f, t, greatest(t - f + 1, 0)::INTEGER AS days,
    greatest(ceil((t - f + 1) / ${TREND_POINTS}.0), 1)::INTEGER AS step
  FROM span
),
w AS (
  SELECT 'current' AS wk, 0 AS pos, f AS from_day, t AS to_day, days FROM len
  UNION ALL
  SELECT 'previous', 1, CAST(f - days AS DATE), CAST(f - 1 AS DATE), days FROM len WHERE ${previous} AND days > 0
  UNION ALL
  SELECT 't' || i, 2 + i, CAST(t - (n - i) * step + 1 AS DATE), CAST(t - (n - 1 - i) * step AS DATE), step
  FROM (SELECT t, step, (days // step)::INTEGER AS n, unnest(range(days // step))::INTEGER AS i FROM len)
),
o AS (
  SELECT w.wk, count(*) FILTER (WHERE coalesce(amount, 1) > 0 AND NOT cancelled) AS orders,
    count(*) FILTER (WHERE amount < 0) AS refunds
  FROM w JOIN orders ON order_date BETWEEN w.from_day AND w.to_day GROUP BY w.wk
),
per_customer AS (
  SELECT w.wk, customer_id, count(*) FILTER (WHERE purchases > 0) AS occasions, sum(revenue) AS revenue
  FROM w JOIN customer_days d ON d.day BETWEEN w.from_day AND w.to_day GROUP BY w.wk, customer_id
),
c AS (
  SELECT wk, count(*) AS customers, sum(occasions) AS occasions, sum(revenue) AS revenue,
    count(*) FILTER (WHERE occasions >= 2) AS repeaters, count(*) FILTER (WHERE occasions >= 1) AS buyers
  FROM per_customer GROUP BY wk
),
money AS (SELECT bool_or(revenue IS NOT NULL) AS has_amount FROM customer_days)
SELECT w.wk AS "window", strftime(w.from_day, '%Y-%m-%d') AS "from", strftime(w.to_day, '%Y-%m-%d') AS "to", w.days,
  coalesce(c.customers, 0) AS customers, coalesce(o.orders, 0) AS orders, coalesce(o.refunds, 0) AS refunds,
  coalesce(c.occasions, 0) AS occasions,
  CASE WHEN (SELECT has_amount FROM money) THEN coalesce(c.revenue, 0) END AS revenue,
  c.repeaters / nullif(c.buyers, 0) AS "repeatRate",
  CASE WHEN (SELECT has_amount FROM money) THEN coalesce(c.revenue, 0) END / nullif(o.orders, 0)
    AS "averageOrderValue"
FROM w LEFT JOIN o USING (wk) LEFT JOIN c USING (wk)
ORDER BY w.pos`;
}

/**
 * The change of a figure from the previous period: relative for counts and money (null when the
 * previous value is 0 or missing), a difference in points for rates (`absolute`).
 */
export function change(current: number | null, previous: number | null, absolute: boolean): number | null {
  if (current === null || previous === null) return null;
  if (absolute) return current - previous;
  return previous === 0 ? null : (current - previous) / Math.abs(previous);
}
