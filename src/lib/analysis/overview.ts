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
 * customers = distinct customer ids; orders = orders with a positive amount that are not cancelled
 * (every order counts when the data has no amounts); refunds = orders with a negative amount;
 * occasions = customer-days with a purchase (METRICS.md §1); revenue = net revenue, refunds included;
 * repeat rate = customers with ≥ 2 occasions ÷ customers with ≥ 1 (§3); average order value =
 * net revenue ÷ orders (§3).
 */
export function buildOverviewSql(params: OverviewParams = {}): string {
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
o AS (SELECT * FROM orders WHERE order_date <= (SELECT as_of FROM cut)),
d AS (SELECT * FROM customer_days WHERE day <= (SELECT as_of FROM cut)),
per_customer AS (SELECT customer_id, count(*) FILTER (WHERE purchases > 0) AS occasions FROM d GROUP BY customer_id),
totals AS (
  SELECT
    (SELECT count(DISTINCT customer_id) FROM o) AS customers,
    (SELECT count(*) FROM o WHERE coalesce(amount, 1) > 0 AND NOT cancelled) AS orders,
    (SELECT count(*) FROM o WHERE amount < 0) AS refunds,
    (SELECT coalesce(sum(occasions), 0) FROM per_customer) AS occasions,
    (SELECT sum(revenue) FROM d) AS revenue,
    (SELECT min(order_date) FROM o) AS first_date,
    (SELECT max(order_date) FROM o) AS last_date,
    (SELECT count(*) FILTER (WHERE occasions >= 2) FROM per_customer) AS repeaters,
    (SELECT count(*) FILTER (WHERE occasions >= 1) FROM per_customer) AS buyers
)
SELECT customers, orders, refunds, occasions, revenue,
  first_date AS "firstDate", last_date AS "lastDate", (SELECT as_of FROM cut) AS "asOf",
  repeaters / nullif(buyers, 0) AS "repeatRate",
  revenue / nullif(orders, 0) AS "averageOrderValue"
FROM totals`;
}
