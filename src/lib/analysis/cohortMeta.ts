import { ident } from './sql';

/** What the cohort settings can offer for the loaded data. */
export interface CohortMetaRow {
  [key: string]: string | number | boolean | null;
  /** Last order date, `YYYY-MM-DD` (the default as-of date, METRICS.md §1). */
  last_date: string | null;
  /** Customers with a signup date. */
  signups: number;
  /** Subscription rows. */
  subscriptions: number;
}

/**
 * One small query over `customers` telling which anchors exist: signup dates, subscriptions, and for
 * attribute `i` a column `d{i}` that is true when every value it has reads as an ISO date (then it can
 * anchor cohorts by date; otherwise its values name cohorts).
 */
export function buildCohortMetaSql(attributes: string[]): string {
  const dates = attributes.map((name, i) => {
    const col = ident(name);
    return `,\n  count(${col}) > 0 AND coalesce(bool_and(TRY_CAST(CAST(${col} AS VARCHAR) AS DATE) IS NOT NULL) FILTER (WHERE ${col} IS NOT NULL), FALSE) AS d${i}`;
  });
  return `SELECT (SELECT strftime(max(order_date), '%Y-%m-%d') FROM orders) AS last_date,
  (SELECT count(*) FROM subscriptions) AS subscriptions, count(signup_date) AS signups${dates.join('')}
FROM customers`;
}

/** The attributes whose values are all dates, from a `buildCohortMetaSql` row. */
export function dateAttributes(row: CohortMetaRow, attributes: string[]): string[] {
  return attributes.filter((_, i) => row[`d${i}`] === true);
}
