import { asOfSql } from './asOf';

/** Settings of the customer counts. */
export interface CustomerCountsParams {
  /** ISO date; orders after it are left out. Default: the last order date. */
  asOf?: string | null;
}

/** How many customers there are, and how many of them a page that needs a purchase uses. */
export interface CustomerCountsRow {
  [key: string]: number;
  /** Distinct customer ids among the loaded rows (up to the as-of date): the Overview's count. */
  customers: number;
  /** Customers with at least one purchase occasion: the ones cohorts, churn, survival and models use. */
  withPurchase: number;
  /** Customers whose only orders were cancelled or refunded: left out by those pages. */
  leftOut: number;
}

/**
 * SQL for the customer counts every page shares (METRICS.md §1): customers = distinct customer ids among
 * loaded rows, counted the way the Overview counts them; a page that needs a purchase occasion uses
 * `withPurchase` of them and says how many are `leftOut`. customers = withPurchase + leftOut.
 */
export function buildCustomerCountsSql(params: CustomerCountsParams = {}): string {
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
per AS (
  SELECT customer_id, bool_or(purchases > 0) AS buyer FROM customer_days
  WHERE day <= (SELECT as_of FROM cut) GROUP BY customer_id
)
SELECT CAST(count(*) AS INTEGER) AS customers, CAST(count(*) FILTER (WHERE buyer) AS INTEGER) AS "withPurchase",
  CAST(count(*) FILTER (WHERE NOT buyer) AS INTEGER) AS "leftOut"
FROM per`;
}
