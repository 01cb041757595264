import { asOfSql } from './asOf';
import { periodsSinceSql, truncSql } from './period';

/**
 * The inputs of retention economics (METRICS.md §8) measured on the user's data, per monthly cohort
 * age k, pooled over the cohorts whose cell k is complete (§2). Two queries: the curve (one pass over
 * the purchase occasions, `customer_days`) and the cohorts' sizes and current ages (customers only).
 */
export interface RetentionAgeRow {
  [key: string]: string | number | boolean | null;
  /** Cohort age in months (0: the month of the first purchase). */
  k: number;
  /** Cohorts whose month k has ended on or before the as-of date. */
  cohorts: number;
  /** Customers of those cohorts (the denominator of U_k). */
  customers: number;
  /** Of them, customers with a purchase occasion in month k or later ("in k or later", §2). */
  retained: number;
  /** Net revenue of those cohorts in month k, refunds included (§1). */
  revenue: number;
}

/** One monthly cohort as it stands on the as-of date. */
export interface RetentionCohortRow {
  [key: string]: string | number | boolean | null;
  /** `YYYY-MM`. */
  cohort: string;
  size: number;
  /** Months from the cohort's month to the as-of date's month: the age its customers are at now. */
  age: number;
  /** The cohort's month has ended on or before the as-of date. */
  complete: boolean;
  as_of: string;
}

export interface RetentionValueParams {
  asOf?: string | null;
}

function baseCtes(params: RetentionValueParams): string {
  return `cut AS (SELECT CAST(${asOfSql(params.asOf)} AS DATE) AS as_of),
cust AS (
  SELECT c.customer_id, ${truncSql('month', 'c.first_purchase')} AS start, cut.as_of
  FROM customers c, cut WHERE c.first_purchase IS NOT NULL AND c.first_purchase <= cut.as_of
),
sizes AS (
  -- Month k of a cohort is complete when it ended on or before the as-of date (METRICS.md §2).
  SELECT start, count(*) AS size, any_value(${periodsSinceSql('month', 'start', 'as_of + 1')}) - 1 AS last_complete,
    any_value(${periodsSinceSql('month', 'start', 'as_of')}) AS age, any_value(as_of) AS as_of
  FROM cust GROUP BY start
)`;
}

/**
 * SQL for U_k, the customers behind it and revenue in month k (METRICS.md §8), one row per age k that
 * at least one cohort has completed. A single aggregation reads the occasions; everything after it
 * works on its much smaller result.
 */
export function buildRetentionCurveSql(params: RetentionValueParams = {}): string {
  return `WITH ${baseCtes(params)},
agg AS MATERIALIZED (
  -- The one pass over the occasions: per cohort and month, revenue; per customer, their last month
  -- with a purchase. Two grouping sets of one aggregation (far fewer groups than customer × month).
  SELECT m.start, d.customer_id, ${periodsSinceSql('month', 'm.start', 'd.day')} AS k,
    sum(d.revenue) AS revenue, max(${periodsSinceSql('month', 'm.start', 'd.day')}) FILTER (WHERE d.purchases > 0) AS last_k,
    grouping(d.customer_id) AS by_month
  FROM customer_days d JOIN cust m USING (customer_id)
  WHERE d.day BETWEEN m.start AND m.as_of
  GROUP BY GROUPING SETS ((m.start, k), (m.start, d.customer_id))
),
last_active AS (
  SELECT start, last_k, count(*) AS n FROM agg WHERE by_month = 0 GROUP BY ALL
),
money AS (SELECT start, k, revenue FROM agg WHERE by_month = 1),
cells AS (
  SELECT start, size, unnest(range(0, last_complete + 1)) AS k FROM sizes WHERE last_complete >= 0
),
retained AS (
  -- "In k or later": customers whose last purchase month is k or later (§2).
  SELECT c.start, c.k, any_value(c.size) AS size, coalesce(sum(l.n), 0) AS retained
  FROM cells c LEFT JOIN last_active l ON l.start = c.start AND l.last_k >= c.k
  GROUP BY c.start, c.k
)
SELECT CAST(r.k AS INTEGER) AS k, CAST(count(*) AS INTEGER) AS cohorts,
  CAST(sum(r.size) AS INTEGER) AS customers, CAST(sum(r.retained) AS INTEGER) AS retained,
  CAST(coalesce(sum(m.revenue), 0) AS DOUBLE) AS revenue
FROM retained r LEFT JOIN money m ON m.start = r.start AND m.k = r.k
GROUP BY r.k ORDER BY r.k`;
}

/** SQL for every monthly cohort's size and current age on the as-of date (no occasions read). */
export function buildRetentionCohortsSql(params: RetentionValueParams = {}): string {
  return `WITH ${baseCtes(params)}
SELECT strftime(start, '%Y-%m') AS cohort, CAST(size AS INTEGER) AS size, CAST(age AS INTEGER) AS age,
  last_complete >= 0 AS complete, strftime(as_of, '%Y-%m-%d') AS as_of
FROM sizes ORDER BY start`;
}
