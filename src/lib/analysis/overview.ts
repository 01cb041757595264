import { asOfSql } from './asOf';

/** Settings of the overview. */
export interface OverviewParams {
  /** ISO date; orders after it are left out. Default: the last order date. */
  asOf?: string | null;
}

/** The headline numbers (METRICS.md §1, §3). Rates are fractions; null where the base is zero. */
export interface OverviewRow {
  [key: string]: string | number | null;
  customers: number;
  orders: number;
  refunds: number;
  occasions: number;
  revenue: number | null;
  firstDate: string | null;
  lastDate: string | null;
  asOf: string | null;
  repeatRate: number | null;
  averageOrderValue: number | null;
}

/**
 * One row of headline numbers from the canonical tables:
 * customers = distinct customer ids; orders = orders with a zero or positive amount that are not cancelled
 * (every order counts when the data has no amounts); refunds = orders with a negative amount;
 * occasions = customer-days with a purchase (METRICS.md §1); revenue = net revenue, refunds included;
 * repeat rate = customers with ≥ 2 occasions ÷ customers with ≥ 1 (§3); average order value =
 * net revenue ÷ orders (§3).
 */
export function buildOverviewSql(params: OverviewParams = {}): string {
  // One pass over each table: customer_days has a row for every customer and day with any order, so its
  // groups are the customers, and orders are counted in one scan.
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
o AS (
  SELECT count(*) FILTER (WHERE coalesce(amount, 1) >= 0 AND NOT cancelled) AS orders,
    count(*) FILTER (WHERE amount < 0) AS refunds,
    min(order_date) AS first_date, max(order_date) AS last_date
  FROM orders WHERE order_date <= (SELECT as_of FROM cut)
),
per_customer AS (
  SELECT customer_id, count(*) FILTER (WHERE purchases > 0) AS occasions, sum(revenue) AS revenue
  FROM customer_days WHERE day <= (SELECT as_of FROM cut) GROUP BY customer_id
),
c AS (
  SELECT count(*) AS customers, coalesce(sum(occasions), 0) AS occasions, sum(revenue) AS revenue,
    count(*) FILTER (WHERE occasions >= 2) AS repeaters, count(*) FILTER (WHERE occasions >= 1) AS buyers
  FROM per_customer
)
SELECT c.customers, o.orders, o.refunds, c.occasions, c.revenue,
  o.first_date AS "firstDate", o.last_date AS "lastDate", (SELECT as_of FROM cut) AS "asOf",
  c.repeaters / nullif(c.buyers, 0) AS "repeatRate",
  c.revenue / nullif(o.orders, 0) AS "averageOrderValue"
FROM o, c`;
}
