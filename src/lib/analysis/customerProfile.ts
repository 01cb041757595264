import { asOfSql } from './asOf';
import { rfmCtes, type RfmParams } from './rfm';
import { literal } from './sql';

/** One order of one customer, as their profile lists it. */
export interface ProfileOrderRow {
  [key: string]: string | number | boolean | null;
  order_date: string;
  order_id: string;
  /** Net amount of the order (line items summed); null when the data have no amounts. */
  amount: number | null;
  /** What the order is (METRICS.md §1): a purchase, a refund (negative amount), or cancelled. */
  kind: 'purchase' | 'refund' | 'cancelled';
}

/**
 * SQL for every order of one customer up to the as-of date, oldest first. The customer id is the
 * user's text: it enters the SQL only through literal(). Kinds follow METRICS.md §1: a cancelled order
 * is `cancelled`, else a negative amount is a `refund`, else a `purchase` (zero-amount orders too).
 */
export function buildProfileOrdersSql(customerId: string, asOf: string | null = null): string {
  return `SELECT strftime(order_date, '%Y-%m-%d') AS order_date, order_id, CAST(amount AS DOUBLE) AS amount,
  CASE WHEN cancelled THEN 'cancelled' WHEN amount < 0 THEN 'refund' ELSE 'purchase' END AS kind
FROM orders
WHERE customer_id = ${literal(customerId)} AND order_date <= ${asOfSql(asOf)}
ORDER BY order_date, order_id`;
}

/** One customer's standing: purchase occasions, RFM scores and segment, cohort month. */
export interface ProfileSummaryRow {
  [key: string]: string | number | null;
  customer_id: string;
  occasions: number;
  revenue: number | null;
  first_purchase: string | null;
  last_purchase: string | null;
  /** `YYYY-MM` of the first purchase occasion: the customer's monthly acquisition cohort (§2). */
  cohort: string | null;
  recency: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  segment: string | null;
  /** The as-of date everything is measured at (METRICS.md §1). */
  as_of: string;
}

/**
 * SQL for one customer's summary. RFM scores are quintiles among all customers (METRICS.md §7), so
 * the scoring runs over everyone and only this customer's row is kept; a customer with refunds only has
 * no purchase occasion, no scores and no cohort (the row is still returned, with nulls).
 */
export function buildProfileSummarySql(customerId: string, params: RfmParams = {}): string {
  const id = literal(customerId);
  return `WITH ${rfmCtes(params)},
me AS (
  SELECT customer_id, count(*) FILTER (WHERE purchases > 0) AS occasions, sum(revenue) AS revenue
  FROM days WHERE customer_id = ${id} GROUP BY customer_id
)
SELECT me.customer_id, CAST(me.occasions AS INTEGER) AS occasions, CAST(me.revenue AS DOUBLE) AS revenue,
  strftime(x.first_purchase, '%Y-%m-%d') AS first_purchase, strftime(x.last_purchase, '%Y-%m-%d') AS last_purchase,
  strftime(x.first_purchase, '%Y-%m') AS cohort, CAST(x.recency AS INTEGER) AS recency, x.r, x.f, x.m, x.segment,
  strftime((SELECT as_of FROM cut), '%Y-%m-%d') AS as_of
FROM me LEFT JOIN rfm x USING (customer_id)`;
}
