import { cohortBaseCtes, cohortLabelSql, isValueAnchor, type CohortSelection } from './cohortMembers';
import { indexSql, periodsSinceSql, truncSql } from './period';

export type { CohortAnchor, CohortSelection } from './cohortMembers';

/** What the cohort table measures (METRICS.md §2). */
export type CohortMeasure = 'customers' | 'revenue' | 'cumulative-revenue' | 'orders';
export const MEASURES: CohortMeasure[] = ['customers', 'revenue', 'cumulative-revenue', 'orders'];
/**
 * "In period k" (classic; "On" in Mixpanel/Amplitude) or "in k or later" (unbounded; "On or after").
 * It changes the customers measure only: money and orders are always those of period k itself.
 */
export type CohortMode = 'in-period' | 'unbounded';
export const MODES: CohortMode[] = ['in-period', 'unbounded'];

/** Every setting of the cohort view. */
export interface CohortParams extends CohortSelection {
  mode?: CohortMode;
  measure?: CohortMeasure;
}

/**
 * One cell of the cohort grid as SQL returns it. Money and counts are sums over the customers the
 * cell is based on (`base` of them): all of the cohort for date cohorts; for value cohorts, whose
 * members start at different times, those whose period k has ended (see `buildCohortSql`).
 */
export interface CohortCellRow {
  [key: string]: string | number | boolean | null;
  cohort: string;
  /** First day of the cohort's (earliest) period 0, `YYYY-MM-DD`. */
  cohort_start: string;
  segment: string | null;
  /** Customers in the cohort. */
  size: number;
  k: number;
  /** Customers the cell is based on. */
  base: number;
  /** Customers with an occasion in k ("in period") or in k or later ("unbounded"). */
  retained: number;
  /** Net revenue in period k, refunds included. */
  revenue: number;
  /** Net revenue in period 0 of the same customers. */
  revenue0: number;
  /** Net revenue in periods 0..k of the same customers. */
  cumulative: number;
  /** Purchase orders in period k. */
  orders: number;
  /** Period k has ended on or before the as-of date (METRICS.md §2). */
  complete: boolean;
  as_of: string;
}

/**
 * SQL for the cohort grid: one row per cohort × segment × period index k, from k = 0 to the period
 * holding the as-of date, in one query (the heatmap, the curves and the segment comparison all read it).
 *
 * Counts come from purchase occasions and revenue from every order (METRICS.md §1). A cell is complete
 * when period c + k ended on or before the as-of date (§2); an incomplete cell carries what was seen so
 * far and is flagged, never zero-filled. Customers are first grouped into sub-cohorts that share their
 * period 0 (for date anchors, that is the cohort itself); a value cohort's cell then uses only the
 * sub-cohorts whose period k has ended, so its rate never mixes observed and unobserved customers.
 */
export function buildCohortSql(params: CohortParams): string {
  const p = params.period;
  const ws = params.weekStart ?? 'monday';
  const unbounded =
    (params.mode ?? 'in-period') === 'unbounded' && (params.measure ?? 'customers') === 'customers';
  const asOf = '(SELECT as_of FROM cut)';
  const bySub = 'PARTITION BY g.sid ORDER BY g.k';
  // Sub-cohorts get an integer id, so the big aggregation and every join after it are on integers.
  return `WITH ${cohortBaseCtes(params)},
subs AS (
  SELECT cohort_key, segment, start, ${cohortLabelSql(params, 'cohort_key', 'start')} AS cohort,
    any_value(last_complete) AS last_complete, count(*) AS size, row_number() OVER () AS sid
  FROM cohort GROUP BY cohort_key, segment, start
),
members AS (
  -- The as-of date rides along as a column: comparing two columns per order day is much cheaper than
  -- comparing with a scalar subquery.
  SELECT c.customer_id, s.sid, s.start, ${asOf} AS as_of FROM cohort c JOIN subs s
    ON s.cohort_key IS NOT DISTINCT FROM c.cohort_key AND s.segment IS NOT DISTINCT FROM c.segment AND s.start = c.start
),
activity AS (
  SELECT m.sid, d.customer_id, ${periodsSinceSql(p, 'm.start', 'd.day')} AS k,
    bool_or(d.purchases > 0) AS active, sum(d.revenue) AS revenue, sum(d.purchases) AS orders
  FROM customer_days d JOIN members m USING (customer_id)
  WHERE d.day BETWEEN m.start AND m.as_of
  GROUP BY ALL
),
cells AS (
  SELECT sid, k, count(*) FILTER (WHERE active) AS retained, sum(revenue) AS revenue, sum(orders) AS orders
  FROM activity GROUP BY sid, k
),${
    unbounded
      ? `
last_active AS (
  SELECT sid, k, count(*) AS n FROM (SELECT sid, customer_id, max(k) AS k FROM activity WHERE active GROUP BY ALL)
  GROUP BY sid, k
),`
      : ''
  }
grid AS (
  SELECT *, unnest(range(0, ${indexSql(p, 'start', truncSql(p, asOf, ws))} + 1)) AS k FROM subs
),
sub_cells AS (
  SELECT g.sid, g.cohort, g.segment, g.k, g.size, g.k <= g.last_complete AS complete,
    ${unbounded ? `sum(coalesce(l.n, 0)) OVER (PARTITION BY g.sid ORDER BY g.k DESC)` : 'coalesce(x.retained, 0)'} AS retained,
    coalesce(x.revenue, 0) AS revenue, coalesce(x.orders, 0) AS orders,
    sum(coalesce(x.revenue, 0)) OVER (${bySub}) AS cumulative,
    first_value(coalesce(x.revenue, 0)) OVER (${bySub}) AS revenue0
  FROM grid g LEFT JOIN cells x ON x.sid = g.sid AND x.k = g.k${
    unbounded ? '\n  LEFT JOIN last_active l ON l.sid = g.sid AND l.k = g.k' : ''
  }
),
used AS (
  -- A cell uses the sub-cohorts whose period k has ended; when none has, all that have reached k (incomplete).
  SELECT *, complete OR NOT bool_or(complete) OVER (PARTITION BY cohort, segment, k) AS use FROM sub_cells
),
sizes AS (SELECT cohort, segment, sum(size) AS size, min(start) AS start FROM subs GROUP BY ALL)
SELECT u.cohort, strftime(s.start, '%Y-%m-%d') AS cohort_start,
  u.segment, CAST(s.size AS INTEGER) AS size, CAST(u.k AS INTEGER) AS k,
  CAST(sum(u.size) FILTER (WHERE use) AS INTEGER) AS base,
  CAST(sum(u.retained) FILTER (WHERE use) AS INTEGER) AS retained,
  CAST(sum(u.revenue) FILTER (WHERE use) AS DOUBLE) AS revenue,
  CAST(sum(u.revenue0) FILTER (WHERE use) AS DOUBLE) AS revenue0,
  CAST(sum(u.cumulative) FILTER (WHERE use) AS DOUBLE) AS cumulative,
  CAST(sum(u.orders) FILTER (WHERE use) AS INTEGER) AS orders,
  bool_or(u.complete) AS complete, strftime(${asOf}, '%Y-%m-%d') AS as_of
FROM used u JOIN sizes s ON s.cohort = u.cohort AND s.segment IS NOT DISTINCT FROM u.segment
GROUP BY u.cohort, u.segment, s.start, s.size, u.k
ORDER BY u.segment NULLS FIRST, ${isValueAnchor(params.anchor) ? 'u.cohort' : 's.start'}, u.k`;
}
