import { asOfSql } from './asOf';

/** Settings of the monthly activity summary. */
export interface MonthlyParams {
  asOf?: string | null;
}

/** One calendar month of activity (METRICS.md §1, §4). */
export interface MonthlyRow {
  [key: string]: string | number | null;
  /** `YYYY-MM`. */
  month: string;
  /** Customers whose first purchase occasion is in this month. */
  newCustomers: number;
  /** Customers with a purchase occasion in this month whose first occasion was in an earlier month. */
  returningCustomers: number;
  /** Net revenue of the month, refunds included. */
  revenue: number;
}

/**
 * SQL for activity by calendar month, from the first month with an order to the as-of month, with no
 * month missing: new and returning active customers (purchase occasions, METRICS §1) and net revenue
 * (every order, refunds included). A customer is counted once per month however often they bought.
 */
export function buildMonthlySql(params: MonthlyParams = {}): string {
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
d AS (SELECT * FROM customer_days WHERE day <= (SELECT as_of FROM cut)),
-- One row per customer and month with a purchase occasion, knowing the customer's first such month.
cm AS (
  SELECT customer_id, month, min(month) OVER (PARTITION BY customer_id) AS first_month
  FROM (SELECT DISTINCT customer_id, date_trunc('month', day) AS month FROM d WHERE purchases > 0)
),
active AS (
  SELECT month, count(*) FILTER (WHERE month = first_month) AS new_customers,
    count(*) FILTER (WHERE month > first_month) AS returning_customers
  FROM cm GROUP BY month
),
money AS (SELECT date_trunc('month', day) AS month, sum(revenue) AS revenue FROM d GROUP BY 1),
months AS (
  SELECT unnest(generate_series(min(month), (SELECT date_trunc('month', as_of) FROM cut), INTERVAL 1 MONTH)) AS month
  FROM money
)
SELECT strftime(m.month, '%Y-%m') AS month,
  coalesce(a.new_customers, 0) AS "newCustomers",
  coalesce(a.returning_customers, 0) AS "returningCustomers",
  coalesce(r.revenue, 0) AS revenue
FROM months m LEFT JOIN active a USING (month) LEFT JOIN money r USING (month)
ORDER BY m.month`;
}
