import { ident } from './sql';

/**
 * The compact table every analysis actually needs: one row per customer and purchase day with the day's
 * purchase value, plus one row per customer and day with refunds, with the customer's attributes.
 * Loading it back in Lojal gives the same customers, purchase occasions, net revenue, cohorts, churn and
 * models as the full order history (METRICS.md §1: all orders of one customer on one day are one
 * occasion); only order counts change, since each day's orders become one row.
 *
 * Amounts are rounded to 6 decimals: a day's sum of many doubles differs in its last bits with the
 * order the engine's threads add them, and the file must be the same on every engine and run.
 *
 * Columns: customer_id, order_date, amount, kind ('purchase' | 'refund' | 'cancelled', the last at amount 0
 * so that customers whose only orders were cancelled are still counted; read back, `kind` is taken as
 * the status column and `cancelled` marks the row cancelled, so a free order stays apart from it), then
 * the attributes.
 */
export function buildOccasionsSql(attributes: string[]): string {
  const attrs = attributes.map((a) => `, c.${ident(a)}`).join('');
  return `WITH days AS (
  SELECT customer_id, order_date,
    sum(amount) FILTER (WHERE coalesce(amount, 1) >= 0 AND NOT cancelled) AS purchases,
    count(*) FILTER (WHERE coalesce(amount, 1) >= 0 AND NOT cancelled) AS purchase_orders,
    sum(amount) FILTER (WHERE amount < 0) AS refunds
  FROM orders GROUP BY customer_id, order_date
),
rows AS (
  SELECT customer_id, order_date, purchases AS amount, 'purchase' AS kind FROM days WHERE purchase_orders > 0
  UNION ALL
  SELECT customer_id, order_date, refunds, 'refund' FROM days WHERE refunds < 0
  UNION ALL
  -- A day with only cancelled orders keeps its customer counted, at no value and no occasion.
  SELECT customer_id, order_date, 0, 'cancelled' FROM days WHERE purchase_orders = 0 AND refunds IS NULL
)
SELECT r.customer_id, strftime(r.order_date, '%Y-%m-%d') AS order_date, round(r.amount, 6) AS amount, r.kind${attrs}
FROM rows r LEFT JOIN customers c USING (customer_id)
ORDER BY r.customer_id, r.order_date, r.kind`;
}

/**
 * The same table written as plain SQL for a warehouse, from an order-line table
 * `order_lines(customer_id, order_id, order_date, amount, status)`: run it there, export the result as
 * CSV and open that in Lojal (README: "Data beyond one browser").
 */
export const WAREHOUSE_OCCASIONS_SQL = `-- One row per customer and purchase day (and per refund day), from order lines.
WITH orders AS (
  SELECT customer_id, order_id, CAST(min(order_date) AS DATE) AS order_date, sum(amount) AS amount,
         bool_or(status IN ('cancelled', 'refunded')) AS cancelled
  FROM order_lines GROUP BY customer_id, order_id
), days AS (
  SELECT customer_id, order_date,
         sum(CASE WHEN amount >= 0 AND NOT cancelled THEN amount END) AS purchases,
         sum(CASE WHEN amount < 0 THEN amount END) AS refunds
  FROM orders GROUP BY customer_id, order_date
)
SELECT customer_id, order_date, purchases AS amount, 'purchase' AS kind FROM days WHERE purchases IS NOT NULL
UNION ALL
SELECT customer_id, order_date, refunds AS amount, 'refund' AS kind FROM days WHERE refunds IS NOT NULL
ORDER BY customer_id, order_date, kind;`;
