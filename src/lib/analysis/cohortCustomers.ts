import { cohortBaseCtes, cohortLabelSql } from './cohortMembers';
import type { CohortParams } from './cohorts';
import { indexSql, periodsSinceSql, truncSql } from './period';
import { literal } from './sql';

/** A cell of the cohort table, as the user clicked it. */
export interface CohortCellRef {
  cohort: string;
  segment: string | null;
  k: number;
  complete: boolean;
}

/** One customer behind a cell. Money is net revenue (refunds included). */
export interface CohortCustomerRow {
  [key: string]: string | number | boolean | null;
  customer_id: string;
  anchor_date: string;
  segment: string | null;
  active_in_k: boolean;
  orders_in_k: number;
  revenue_in_k: number;
  revenue_to_k: number;
  last_active_k: number | null;
}

/**
 * SQL listing the customers a cell counts (METRICS.md §2): for the customers measure those with an
 * occasion in period k ("in period") or in k or later ("unbounded"); for revenue those with any order in
 * k; for orders those with a purchase order in k; for cumulative revenue the whole cohort. Like the
 * grid, a complete cell of a value cohort lists only customers whose period k has ended.
 */
export function buildCohortCustomersSql(params: CohortParams, cell: CohortCellRef): string {
  const p = params.period;
  const ws = params.weekStart ?? 'monday';
  const k = Math.trunc(cell.k);
  const measure = params.measure ?? 'customers';
  const counted = {
    customers: (params.mode ?? 'in-period') === 'unbounded' ? `s.last_active_k >= ${k}` : 's.active_in_k',
    revenue: 's.any_in_k',
    orders: 's.orders_in_k > 0',
    'cumulative-revenue': 'TRUE',
  }[measure];
  const reached = cell.complete
    ? `m.last_complete >= ${k}`
    : `${indexSql(p, 'm.start', truncSql(p, '(SELECT as_of FROM cut)', ws))} >= ${k}`;
  return `WITH ${cohortBaseCtes(params)},
picked AS (
  SELECT * FROM cohort m
  WHERE ${cohortLabelSql(params, 'm.cohort_key', 'm.start')} = ${literal(cell.cohort)}
    AND m.segment IS NOT DISTINCT FROM ${literal(cell.segment)} AND ${reached}
),
per_customer AS (
  SELECT d.customer_id, ${periodsSinceSql(p, 'm.start', 'd.day')} AS k, bool_or(d.purchases > 0) AS active,
    sum(d.revenue) AS revenue, sum(d.purchases) AS orders
  FROM customer_days d JOIN picked m USING (customer_id)
  WHERE d.day <= (SELECT as_of FROM cut) AND d.day >= m.start
  GROUP BY ALL
),
per AS (
  SELECT customer_id,
    coalesce(bool_or(active) FILTER (WHERE k = ${k}), FALSE) AS active_in_k,
    max(k) FILTER (WHERE active) AS last_active_k,
    count(*) FILTER (WHERE k = ${k}) > 0 AS any_in_k,
    coalesce(sum(orders) FILTER (WHERE k = ${k}), 0) AS orders_in_k,
    coalesce(sum(revenue) FILTER (WHERE k = ${k}), 0) AS revenue_in_k,
    coalesce(sum(revenue) FILTER (WHERE k <= ${k}), 0) AS revenue_to_k
  FROM per_customer GROUP BY customer_id
)
SELECT m.customer_id, strftime(m.anchor_day, '%Y-%m-%d') AS anchor_date, m.segment,
  coalesce(s.active_in_k, FALSE) AS active_in_k, CAST(coalesce(s.orders_in_k, 0) AS INTEGER) AS orders_in_k,
  CAST(coalesce(s.revenue_in_k, 0) AS DOUBLE) AS revenue_in_k, CAST(coalesce(s.revenue_to_k, 0) AS DOUBLE) AS revenue_to_k,
  CAST(s.last_active_k AS INTEGER) AS last_active_k
FROM picked m LEFT JOIN per s USING (customer_id)
WHERE coalesce(${counted}, FALSE)
ORDER BY revenue_to_k DESC, m.customer_id`;
}
