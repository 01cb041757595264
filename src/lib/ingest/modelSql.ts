import { ident } from '../analysis/sql';
import { loadTables } from './loadSql';
import type { LoadSpec } from './spec';

/**
 * SQL that turns the loaded rows of every file into the four tables all analyses read:
 *
 * - `orders(customer_id, order_id, order_date, amount, cancelled, …order attributes)` — one row per order
 *   (line items sharing an order id are summed; without an order id each row is an order).
 * - `customer_days(customer_id, day, purchases, revenue)` — one row per customer and calendar day with
 *   any order: `purchases` counts purchase orders (amount zero or positive, not cancelled: a free order
 *   is a purchase too), so the day is a purchase occasion when purchases > 0; `revenue` is the day's net
 *   revenue, refunds included.
 * - `customers(customer_id, first_purchase, signup_date, …attributes)` — every customer with a loaded order.
 * - `subscriptions(customer_id, start_date, end_date, amount, plan, …)` and `tenure(duration, event, …)`.
 *
 * METRICS.md §1: a refund or cancellation reduces revenue and is never a purchase occasion. A cancelled
 * order with a positive amount was never paid, so it adds nothing; one with a negative amount reverses
 * an earlier sale and is kept as negative revenue.
 */

/** Canonical column names an attribute may not take. */
const RESERVED = new Set([
  'customer_id',
  'order_id',
  'order_date',
  'amount',
  'quantity',
  'status',
  'cancelled',
  'day',
  'purchases',
  'revenue',
  'first_purchase',
  'signup_date',
  'start_date',
  'end_date',
  'plan',
  'duration',
  'event',
]);

/** The name an attribute column gets in the canonical tables (its header, unless that is taken). */
export function attributeName(header: string): string {
  return RESERVED.has(header.toLowerCase()) ? `${header} (attribute)` : header;
}

function attrList(spec: LoadSpec): string {
  return spec.attributes
    .map((i) => `, ${ident(`a${i}`)} AS ${ident(attributeName(spec.columns[i]))}`)
    .join('');
}

function unionOf(parts: string[], empty: string): string {
  return parts.length ? parts.join('\nUNION ALL BY NAME\n') : empty;
}

/** An order's key: its id, or for a line without one, the line itself (`#file:line`). */
const ORDER_KEY = `coalesce(order_id, '#' || _file || ':' || _line)`;

/**
 * A query giving `unique`: true when no two lines of `order_lines` (the view the first statement of
 * `buildModelSql` makes) share customer and order id, so that every line is an order of its own (most
 * order exports). Distinct hashes prove it (two equal keys have equal hashes); a hash collision only
 * answers false, and the lines are then grouped as usual.
 */
export const LINES_ARE_ORDERS_SQL = `SELECT count(DISTINCT hash(customer_id, ${ORDER_KEY})) = count(*) AS "unique" FROM order_lines`;

/**
 * Every statement, in order, that builds the canonical tables from the loaded files. `linesAreOrders`
 * (see LINES_ARE_ORDERS_SQL) takes each line as an order as it is, without grouping lines: the same
 * table, without the cost of grouping a million orders of one line each.
 */
export function buildModelSql(files: { spec: LoadSpec; k: number }[], linesAreOrders = false): string[] {
  const byRole = (role: LoadSpec['role']) => files.filter((f) => f.spec.role === role);
  const loaded = (k: number) => `${loadTables(k).typed} WHERE _reason IS NULL`;

  const refunds = (spec: LoadSpec) => spec.fields.refundedAmount !== undefined;
  const anyRefunds = byRole('orders').some(({ spec }) => refunds(spec));
  const lines = byRole('orders').map(
    ({ spec, k }) => `SELECT customer_id, order_id, order_date, amount, cancelled${
      refunds(spec) ? ', refunded' : ''
    }, ${k} AS _file, _line${attrList(spec)}
FROM ${loaded(k)}`,
  );
  const orderAttrs = byRole('orders').flatMap(({ spec }) =>
    spec.attributes.map((i) => attributeName(spec.columns[i])),
  );
  const uniqueOrderAttrs = [...new Set(orderAttrs)];
  const firstOf = (name: string) =>
    linesAreOrders ? `, ${ident(name)}` : `, arg_min(${ident(name)}, _file * 1e12 + _line) AS ${ident(name)}`;
  // Where each order starts and whether it had an id: what the first-order rule of customers sorts by.
  const orderKeys = !uniqueOrderAttrs.length
    ? ''
    : linesAreOrders
      ? ', _file * 1e12 + _line AS _pos, order_id IS NULL AS _no_id'
      : ', min(_file * 1e12 + _line) AS _pos, bool_or(order_id IS NULL) AS _no_id';
  // One line, one order: each aggregate of a group of one is the line's own value.
  const agg = (fn: string, x: string) => (linesAreOrders ? x : `${fn}(${x})`);
  const groupBy = linesAreOrders ? '' : ` GROUP BY customer_id, ${ORDER_KEY}`;

  const statements = [
    // A view at first: when every order is one line (usual), it is replaced by a view on orders and the
    // rows are never copied (see load.ts); otherwise it is made a table before the typed rows go.
    `CREATE OR REPLACE VIEW order_lines AS ${unionOf(
      lines,
      `SELECT NULL::VARCHAR AS customer_id, NULL::VARCHAR AS order_id,
  NULL::DATE AS order_date, NULL::DOUBLE AS amount, FALSE AS cancelled, 0 AS _file, 0 AS _line WHERE FALSE`,
    )}`,
    // Line items sharing an order id form one order; its amount is their sum (METRICS.md §1).
    `CREATE OR REPLACE TABLE orders AS ${ordersSql(
      `SELECT customer_id, ${ORDER_KEY} AS order_id, ${agg('min', 'order_date')} AS order_date,
  ${agg('sum', 'amount')} AS amount, ${agg('bool_or', 'cancelled')} AS cancelled${
    anyRefunds ? `, ${agg('sum', 'abs(refunded)')} AS _refunded` : ''
  }${uniqueOrderAttrs.map(firstOf).join('')}${orderKeys}
FROM order_lines${groupBy}`,
      anyRefunds,
    )}`,
    `CREATE OR REPLACE TABLE customer_days AS
SELECT customer_id, order_date AS day,
  count(*) FILTER (WHERE coalesce(amount, 1) >= 0 AND NOT cancelled)::INTEGER AS purchases,
  sum(CASE WHEN cancelled THEN least(amount, 0) ELSE amount END) AS revenue
FROM orders GROUP BY customer_id, order_date`,
  ];

  const customerFiles = byRole('customers').map(
    ({ spec, k }) =>
      `SELECT customer_id, signup_date, ${k} * 1e12 + _line AS _pos${attrList(spec)} FROM ${loaded(k)}`,
  );
  statements.push(`CREATE OR REPLACE TABLE customer_attrs AS
SELECT * EXCLUDE (_pos, _n) FROM (
  SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY _pos) AS _n FROM (${unionOf(
    customerFiles,
    'SELECT NULL::VARCHAR AS customer_id, NULL::DATE AS signup_date, 0 AS _pos WHERE FALSE',
  )})
) WHERE _n = 1`);

  // First-order attributes describe how a customer was acquired (channel of the first order, …). The
  // first order is the earliest, then the lowest order id (numbers compared as numbers, then text), then
  // the lowest line (METRICS.md §1): a total order, so every engine and every run picks the same value,
  // where arg_min over the date alone took whichever of a day's orders a thread happened to see first.
  // arg_min_null keeps that order's value even when it is blank (arg_min would skip to a later order);
  // a struct key is as fast as the date alone, an ordered aggregate 2–3× slower.
  const firstOrder = `struct_pack(d := o.order_date, f := o._no_id,
    n := CASE WHEN o._no_id THEN 0 ELSE coalesce(try_cast(o.order_id AS DOUBLE), 'Infinity'::DOUBLE) END,
    s := CASE WHEN o._no_id THEN '' ELSE o.order_id END, p := o._pos)`;
  const firstOrderAttrs = uniqueOrderAttrs
    .map((n) => `, arg_min_null(o.${ident(n)}, ${firstOrder}) AS ${ident(firstOrderName(n, files))}`)
    .join('');
  // The first purchase is the first day with a purchase order (see customer_days). Only the orders of
  // a customer's first day can be the first order, so the costly key is built for those alone: for
  // every order it took a 1M-order load three times as long.
  const firsts = `SELECT customer_id, min(order_date) AS _first_day,
    min(order_date) FILTER (WHERE coalesce(amount, 1) >= 0 AND NOT cancelled) AS first_purchase
  FROM orders GROUP BY customer_id`;
  statements.push(`CREATE OR REPLACE TABLE customers AS
SELECT f.*, a.* EXCLUDE (customer_id) FROM (${
    firstOrderAttrs
      ? `
  SELECT o.customer_id, any_value(d.first_purchase) AS first_purchase${firstOrderAttrs}
  FROM orders o JOIN (${firsts}) d ON o.customer_id = d.customer_id AND o.order_date = d._first_day
  GROUP BY o.customer_id`
      : `SELECT customer_id, first_purchase FROM (${firsts})`
  }
) f LEFT JOIN customer_attrs a USING (customer_id)`);

  const subs = byRole('subscriptions').map(
    ({ spec, k }) =>
      `SELECT customer_id, start_date, end_date, amount, plan${attrList(spec)} FROM ${loaded(k)}`,
  );
  statements.push(
    `CREATE OR REPLACE TABLE subscriptions AS ${unionOf(
      subs,
      `SELECT NULL::VARCHAR AS customer_id, NULL::DATE AS start_date, NULL::DATE AS end_date, NULL::DOUBLE AS amount,
  NULL::VARCHAR AS plan WHERE FALSE`,
    )}`,
  );
  const tenure = byRole('tenure').map(
    ({ spec, k }) => `SELECT duration, event${attrList(spec)} FROM ${loaded(k)}`,
  );
  statements.push(
    `CREATE OR REPLACE TABLE tenure AS ${unionOf(
      tenure,
      'SELECT NULL::DOUBLE AS duration, NULL::BOOLEAN AS event WHERE FALSE',
    )}`,
  );
  return statements;
}

/**
 * `orders` from `grouped`, one row per order with `_refunded` when some file has a refunded-amount
 * column: each order as usual, plus, for each order with an amount refunded that is not cancelled, a
 * refund of that amount on the order's date (METRICS.md §1): an order of its own (`<order id> (refund)`)
 * with the negative amount, so net revenue drops by it and it is never a purchase occasion. A cancelled
 * order adds nothing (see above), so its refund is not taken off again.
 */
function ordersSql(grouped: string, refunds: boolean): string {
  if (!refunds) return grouped;
  return `
WITH g AS (
${grouped}
)
SELECT * EXCLUDE (_refunded) FROM g
UNION ALL BY NAME
SELECT * EXCLUDE (_refunded, order_id, amount, cancelled), order_id || ' (refund)' AS order_id,
  -_refunded AS amount, FALSE AS cancelled
FROM g WHERE _refunded > 0 AND NOT cancelled`;
}

function attributesOf(files: { spec: LoadSpec }[], role: LoadSpec['role']): string[] {
  const names = files
    .filter((f) => f.spec.role === role)
    .flatMap(({ spec }) => spec.attributes.map((i) => attributeName(spec.columns[i])));
  return [...new Set(names)];
}

/** A first-order attribute's column in `customers`; renamed when the customers file has the same name. */
function firstOrderName(name: string, files: { spec: LoadSpec }[]): string {
  return attributesOf(files, 'customers').includes(name) ? `${name} (first order)` : name;
}

/** Attribute names of the `customers` table usable for segments (customer and first-order attributes). */
export function customerAttributeNames(files: { spec: LoadSpec }[]): string[] {
  return [
    ...attributesOf(files, 'customers'),
    ...attributesOf(files, 'orders').map((n) => firstOrderName(n, files)),
  ];
}
