/**
 * The floor a notebook user would compare Lojal with: plain DuckDB, native, one thread, with none of
 * Lojal's checks — `read_csv` into a table, then a monthly cohort table (customers of each first-order
 * month still buying k months later). Lojal's own loader does far more (typing, the ledger of rejected
 * rows, duplicates, blank lines), so this is the speed of parsing itself, the lower bound.
 */
import { literal } from '../src/lib/analysis/sql';
import { createNativeEngine } from '../src/lib/engine/native';

/** The monthly cohort query over the raw `orders` table (purchases only: cancelled and refunds out). */
export const FLOOR_COHORT_SQL = `
WITH purchases AS (
  SELECT DISTINCT customer_id, date_trunc('month', order_date) AS month
  FROM orders WHERE amount >= 0 AND coalesce(status, '') <> 'cancelled'
),
firsts AS (SELECT customer_id, min(month) AS cohort FROM purchases GROUP BY customer_id)
SELECT cohort, date_diff('month', cohort, month) AS k, count(*) AS customers
FROM purchases JOIN firsts USING (customer_id)
GROUP BY ALL ORDER BY cohort, k`;

/** Milliseconds to read `file` into a table and to run the cohort query, on native DuckDB. */
export async function floor(file: string, threads = 1): Promise<{ readMs: number; cohortMs: number }> {
  const engine = await createNativeEngine({ threads });
  try {
    const t0 = performance.now();
    await engine.exec(`CREATE TABLE orders AS SELECT * FROM read_csv(${literal(file)})`);
    const t1 = performance.now();
    await engine.query(FLOOR_COHORT_SQL);
    return { readMs: t1 - t0, cohortMs: performance.now() - t1 };
  } finally {
    await engine.close();
  }
}
