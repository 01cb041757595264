import { asOfSql } from '../analysis/asOf';
import { literal } from '../analysis/sql';
import { loadTables } from './loadSql';
import { keepsIdenticalRows, REJECT_REASONS, type LoadSpec } from './spec';

/**
 * The data-hygiene checks of the Data page: refunds, cancelled orders, exact duplicates, dates after
 * the as-of date, a suspicious last date and a history that starts mid-stream. Each says how many rows
 * it concerns and what the rule changes in the headline numbers (METRICS.md §1).
 */

/** The table of exact duplicate order rows (loaded once, the repeats listed here). */
export const DUPLICATES_TABLE = 'duplicate_rows';
/** The table of orders whose lines came from more than one file (summed as one order). */
export const SPLIT_ORDERS_TABLE = 'split_orders';

/**
 * `CREATE TABLE duplicate_rows …`: the typed repeats of every orders file (`across`: of a row in an
 * earlier file; `kept`: an identical row of a file without order ids, loaded as a purchase of its own),
 * kept so the hygiene panel can say what counting them again (or once) would change; and
 * `CREATE TABLE split_orders …`: the orders with loaded lines in more than one file, which METRICS.md §1
 * sums into one order (an order split across monthly exports). Run while the per-file typed tables
 * still exist.
 */
export function buildDuplicatesSql(files: { spec: LoadSpec; k: number }[]): string {
  const parts = files
    .filter((f) => f.spec.role === 'orders')
    .map(({ spec, k }) => {
      const t = loadTables(k);
      const kept = keepsIdenticalRows(spec) ? ` OR _rn IN (SELECT _rn FROM ${t.identical})` : '';
      return `SELECT customer_id, order_id, order_date, amount, cancelled, _reason <> ${literal(REJECT_REASONS.duplicate)} AS across,
  _reason IS NULL AS kept
FROM ${t.typed} WHERE _reason IN (${literal(REJECT_REASONS.duplicate)}, ${literal(REJECT_REASONS.duplicateAcrossFiles)})${kept}`;
    });
  const empty =
    'SELECT NULL::VARCHAR AS customer_id, NULL::VARCHAR AS order_id, NULL::DATE AS order_date, NULL::DOUBLE AS amount, FALSE AS cancelled, FALSE AS across, FALSE AS kept WHERE FALSE';
  const lines = files
    .filter((f) => f.spec.role === 'orders' && f.spec.fields.orderId !== undefined)
    .map(
      ({ k }) =>
        `SELECT customer_id, order_id, order_date, ${k} AS _k FROM ${loadTables(k).typed} WHERE _reason IS NULL`,
    );
  const split =
    lines.length > 1
      ? `SELECT customer_id, order_id, min(order_date) AS order_date FROM (${lines.join('\nUNION ALL\n')})
WHERE order_id IS NOT NULL GROUP BY customer_id, order_id HAVING count(DISTINCT _k) > 1`
      : 'SELECT NULL::VARCHAR AS customer_id, NULL::VARCHAR AS order_id, NULL::DATE AS order_date WHERE FALSE';
  return `CREATE OR REPLACE TABLE ${DUPLICATES_TABLE} AS ${parts.length ? parts.join('\nUNION ALL\n') : empty};
CREATE OR REPLACE TABLE ${SPLIT_ORDERS_TABLE} AS ${split}`;
}

/** One row of hygiene facts. Amounts are net revenue units; dates ISO. */
export interface HygieneRow {
  [key: string]: string | number | null;
  asOf: string | null;
  orders: number;
  revenue: number | null;
  refundOrders: number;
  refundAmount: number;
  cancelledOrders: number;
  cancelledAmount: number;
  duplicateRows: number;
  /** Of those, rows repeating a row of an earlier file (the same order exported twice). */
  duplicateAcrossFiles: number;
  /** Orders whose lines came from more than one file: summed as one order (METRICS.md §1). */
  splitOrders: number;
  /** What counting the duplicates again would add to net revenue (cancelled sales add nothing). */
  duplicateAmount: number;
  /**
   * Identical rows kept as purchases of their own (a file without order ids, METRICS.md §1): the rows
   * repeating an earlier one, and what keeping them once would take off net revenue.
   */
  identicalKept: number;
  identicalAmount: number;
  afterAsOfOrders: number;
  afterAsOfAmount: number;
  lastDate: string | null;
  previousDate: string | null;
  firstMonth: string | null;
  firstMonthNew: number;
  typicalNew: number | null;
  months: number;
}

/**
 * The hygiene facts as one row. Orders and revenue are the overview's (METRICS.md §1): orders with a
 * zero or positive amount that are not cancelled; revenue net of refunds, cancelled sales excluded. New
 * customers per month count first purchase occasions; the first month is that of the first purchase
 * (a refund alone acquires nobody), and the typical month is the median of the months strictly between
 * the first and the last month of the data (both may be partial).
 */
export function buildHygieneSql(params: { asOf?: string | null } = {}): string {
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
kept AS (SELECT * FROM orders WHERE order_date <= (SELECT as_of FROM cut)),
later AS (SELECT * FROM orders WHERE order_date > (SELECT as_of FROM cut)),
dup AS (SELECT * FROM ${DUPLICATES_TABLE} WHERE order_date <= (SELECT as_of FROM cut) AND NOT kept),
same AS (SELECT * FROM ${DUPLICATES_TABLE} WHERE order_date <= (SELECT as_of FROM cut) AND kept),
dates AS (SELECT DISTINCT order_date AS d FROM kept ORDER BY d DESC LIMIT 2),
firsts AS (
  SELECT customer_id, min(day) AS first_day FROM customer_days
  WHERE purchases > 0 AND day <= (SELECT as_of FROM cut) GROUP BY customer_id
),
span AS (
  SELECT (SELECT date_trunc('month', min(first_day)) FROM firsts) AS m0, date_trunc('month', max(order_date)) AS m1
  FROM kept
),
monthly AS (SELECT date_trunc('month', first_day) AS m, count(*) AS n FROM firsts GROUP BY 1)
SELECT
  (SELECT as_of FROM cut) AS "asOf",
  (SELECT count(*) FROM kept WHERE coalesce(amount, 1) >= 0 AND NOT cancelled) AS orders,
  (SELECT sum(CASE WHEN cancelled THEN least(amount, 0) ELSE amount END) FROM kept) AS revenue,
  (SELECT count(*) FROM kept WHERE amount < 0) AS "refundOrders",
  (SELECT coalesce(sum(amount), 0) FROM kept WHERE amount < 0) AS "refundAmount",
  (SELECT count(*) FROM kept WHERE cancelled AND coalesce(amount, 1) >= 0) AS "cancelledOrders",
  (SELECT coalesce(sum(amount), 0) FROM kept WHERE cancelled AND amount > 0) AS "cancelledAmount",
  (SELECT count(*) FROM dup) AS "duplicateRows",
  (SELECT count(*) FROM dup WHERE across) AS "duplicateAcrossFiles",
  (SELECT count(*) FROM ${SPLIT_ORDERS_TABLE} WHERE order_date <= (SELECT as_of FROM cut)) AS "splitOrders",
  (SELECT coalesce(sum(CASE WHEN cancelled THEN least(amount, 0) ELSE amount END), 0) FROM dup) AS "duplicateAmount",
  (SELECT count(*) FROM same) AS "identicalKept",
  (SELECT coalesce(sum(CASE WHEN cancelled THEN least(amount, 0) ELSE amount END), 0) FROM same) AS "identicalAmount",
  (SELECT count(*) FROM later) AS "afterAsOfOrders",
  (SELECT coalesce(sum(amount), 0) FROM later) AS "afterAsOfAmount",
  (SELECT max(d) FROM dates) AS "lastDate",
  (SELECT CASE WHEN count(*) = 2 THEN min(d) END FROM dates) AS "previousDate",
  (SELECT CAST(m0 AS DATE) FROM span) AS "firstMonth",
  coalesce((SELECT n FROM monthly WHERE m = (SELECT m0 FROM span)), 0) AS "firstMonthNew",
  (SELECT median(n) FROM monthly WHERE m > (SELECT m0 FROM span) AND m < (SELECT m1 FROM span)) AS "typicalNew",
  coalesce((SELECT datediff('month', m0, m1) + 1 FROM span), 0) AS months`;
}

/** A last order date this many days after the one before it looks like a typo. */
export const LAST_DATE_GAP_DAYS = 31;

/** Whole days from ISO date `a` to ISO date `b`. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** What the facts call for: the checks that found something, judged without reading the clock. */
export interface HygieneFindings {
  /** Days between the last and the previous order date when the gap is suspicious, else null. */
  lastDateGap: number | null;
  /**
   * First-month new customers ÷ the typical month's, when the first month stands out (more than twice
   * the typical month, at least 5 customers, 3 months of data or more); else null.
   */
  truncation: number | null;
}

/** Which of the judgement-based checks fire for a row of hygiene facts. */
export function hygieneFindings(row: HygieneRow): HygieneFindings {
  const gap = row.lastDate && row.previousDate ? daysBetween(row.previousDate, row.lastDate) : 0;
  const typical = row.typicalNew ?? 0;
  const ratio = typical > 0 ? row.firstMonthNew / typical : null;
  const truncated = row.months >= 3 && row.firstMonthNew >= 5 && ratio !== null && ratio > 2;
  return { lastDateGap: gap > LAST_DATE_GAP_DAYS ? gap : null, truncation: truncated ? ratio : null };
}
