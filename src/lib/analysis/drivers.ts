/**
 * SQL for "what goes with retention" (METRICS.md §9): per candidate attribute, the survival inputs of
 * its levels (duration, event, count), on the shop duration/event rule of METRICS.md §5. Levels with
 * fewer than `minLevel` customers are pooled as "(other)".
 *
 * Attributes known at acquisition (customer attributes, the first order's value band, discount,
 * channel, category) compare every customer from their first purchase occasion. Attributes observed
 * over time (channels used in the first `landmarkDays` days; a loyalty join date) are compared by
 * landmark analysis: only customers whose survival time passes the landmark enter, their level is what
 * was known at the landmark, and time counts from the landmark (no immortal-time bias).
 */
import { asOfSql } from './asOf';
import { lapsedByAsOfSql, lapseWindow } from './lapse';
import { ident, literal } from './sql';
import { BLANK_GROUP, OTHER_GROUP } from './survivalInput';

export { BLANK_GROUP, OTHER_GROUP };

/** Levels with fewer customers than this are pooled as "(other)" (METRICS.md §9). */
export const MIN_LEVEL = 30;
/** Default landmark for attributes observed over time, in days after the first occasion. */
export const LANDMARK_DAYS = 90;

/** How a candidate's level is found. */
export type DriverKind =
  /** A `customers` column (a customers-file attribute, or a first-order attribute). */
  | 'attribute'
  /** Quartile band of the first purchase order's amount: Q1 (lowest) … Q4. */
  | 'valueBand'
  /** Whether the first purchase order used a discount or coupon (an `orders` column says so). */
  | 'discount'
  /** Distinct values of an `orders` channel column among purchases in the first `landmarkDays` days. */
  | 'channels'
  /** Joined the loyalty programme (a `customers` date column) by the landmark. */
  | 'joinDate';

/** One attribute to test. */
export interface DriverCandidate {
  kind: DriverKind;
  /** The column read (customers for attribute/joinDate, orders for discount/channels); none for valueBand. */
  column?: string;
}

export interface DriversParams {
  /** Inactivity window W in days (METRICS.md §4). */
  window: number;
  asOf?: string | null;
  landmarkDays?: number;
  minLevel?: number;
  candidates: DriverCandidate[];
}

/** Does the candidate use landmark analysis? */
export function isLandmark(c: DriverCandidate): boolean {
  return c.kind === 'channels' || c.kind === 'joinDate';
}

/** A stable key naming a candidate (for settings and the CLI): `attribute:city`, `valueBand`, … */
export function candidateKey(c: DriverCandidate): string {
  return c.column === undefined ? c.kind : `${c.kind}:${c.column}`;
}

/** Survival inputs of one level of candidate `k` (index into `candidates`). */
export interface DriverInputRow {
  [key: string]: string | number | boolean;
  k: number;
  level: string;
  duration: number;
  event: boolean;
  n: number;
}

/** A purchase order (METRICS.md §1: not cancelled, not a refund). */
const PURCHASE = 'NOT o.cancelled AND coalesce(o.amount, 1) > 0';

const NO_DISCOUNT = ['', '0', 'no', 'n', 'false', 'none', 'nei', 'nej', 'ingen', '-'];

function levelSql(c: DriverCandidate, landmark: number): string {
  const col = (alias: string) => `${alias}.${ident(c.column ?? '')}`;
  switch (c.kind) {
    case 'attribute':
      return `coalesce(CAST(${col('c')} AS VARCHAR), ${literal(BLANK_GROUP)})`;
    case 'valueBand':
      return `CASE WHEN f.first_amount IS NULL THEN ${literal(BLANK_GROUP)}
    WHEN f.first_amount <= b.q[1] THEN 'Q1' WHEN f.first_amount <= b.q[2] THEN 'Q2'
    WHEN f.first_amount <= b.q[3] THEN 'Q3' ELSE 'Q4' END`;
    case 'discount': {
      const v = `lower(trim(CAST(f.${ident(`d:${c.column}`)} AS VARCHAR)))`;
      return `CASE WHEN ${v} IS NULL OR ${v} IN (${NO_DISCOUNT.map(literal).join(', ')})
    OR try_cast(replace(${v}, ',', '.') AS DOUBLE) = 0 THEN 'no' ELSE 'yes' END`;
    }
    case 'channels':
      return `CASE WHEN f.${ident(`c:${c.column}`)} IS NULL OR f.${ident(`c:${c.column}`)} = 0 THEN ${literal(BLANK_GROUP)}
    WHEN f.${ident(`c:${c.column}`)} >= 3 THEN '3+' ELSE CAST(f.${ident(`c:${c.column}`)} AS VARCHAR) END`;
    case 'joinDate':
      return `CASE WHEN try_cast(${col('c')} AS DATE) <= s.first_day + ${landmark} THEN 'yes' ELSE 'no' END`;
  }
}

/** Per customer with a purchase occasion: the pooled level of every candidate, duration and event. */
function pooledSql(params: DriversParams): string {
  const w = lapseWindow(params.window);
  const landmark = Math.max(0, Math.floor(params.landmarkDays ?? LANDMARK_DAYS));
  const minLevel = Math.max(1, Math.floor(params.minLevel ?? MIN_LEVEL));
  const cs = params.candidates;
  const discounts = [...new Set(cs.filter((c) => c.kind === 'discount').map((c) => c.column!))];
  const channels = [...new Set(cs.filter((c) => c.kind === 'channels').map((c) => c.column!))];
  const needFirst = discounts.length > 0 || cs.some((c) => c.kind === 'valueBand');
  const parts = [
    `cut AS (SELECT ${asOfSql(params.asOf)} AS as_of)`,
    `lives AS (
  SELECT d.customer_id, min(d.day) AS first_day, max(d.day) AS last_day FROM customer_days d, cut k
  WHERE d.purchases > 0 AND d.day <= k.as_of GROUP BY d.customer_id
)`,
    // METRICS.md §5: from first to last occasion; the event is seen once the customer has lapsed.
    `subjects AS (
  SELECT l.customer_id, l.first_day, ${lapsedByAsOfSql('l.last_day', 'k.as_of', w)} AS event,
    CAST(date_diff('day', l.first_day, CASE WHEN event THEN l.last_day ELSE k.as_of END) AS DOUBLE) AS duration
  FROM lives l CROSS JOIN cut k
)`,
  ];
  const fromOrders = needFirst || channels.length > 0;
  if (fromOrders) {
    // One pass over the purchase orders of the first `landmark` days (METRICS.md §1: a purchase is not
    // cancelled and not a refund). The first purchase order is the lowest order id on the first day.
    const first = `FILTER (WHERE o.order_date = s.first_day)`;
    parts.push(`early AS (
  SELECT o.customer_id, arg_min_null(o.amount, o.order_id) ${first} AS first_amount${discounts
    .map(
      (d) => `,
    arg_min_null(o.${ident(d)}, o.order_id) ${first} AS ${ident(`d:${d}`)}`,
    )
    .join('')}${channels
    .map(
      (c) => `,
    count(DISTINCT o.${ident(c)}) AS ${ident(`c:${c}`)}`,
    )
    .join('')}
  FROM orders o JOIN subjects s ON s.customer_id = o.customer_id
  WHERE ${PURCHASE} AND o.order_date <= s.first_day + ${landmark}
  GROUP BY o.customer_id
)`);
    parts.push(`bands AS (SELECT quantile_cont(first_amount, [0.25, 0.5, 0.75]) AS q FROM early)`);
  }
  const needCustomers = cs.some((c) => c.kind === 'attribute' || c.kind === 'joinDate');
  parts.push(`wide AS (
  SELECT s.customer_id, s.duration, s.event${cs.map((c, i) => `,\n    ${levelSql(c, landmark)} AS ${ident(`a${i}`)}`).join('')}
  FROM subjects s${needCustomers ? '\n  LEFT JOIN customers c ON c.customer_id = s.customer_id' : ''}${
    fromOrders ? '\n  LEFT JOIN early f ON f.customer_id = s.customer_id CROSS JOIN bands b' : ''
  }
)`);
  // Landmark candidates: only customers still followed past the landmark, timed from it.
  const long = cs.map((c, i) =>
    isLandmark(c)
      ? `SELECT ${i} AS k, customer_id, ${ident(`a${i}`)} AS level, duration - ${landmark} AS duration, event FROM wide WHERE duration > ${landmark}`
      : `SELECT ${i} AS k, customer_id, ${ident(`a${i}`)} AS level, duration, event FROM wide`,
  );
  parts.push(
    `long AS (\n  ${long.length ? long.join('\n  UNION ALL ') : 'SELECT 0 AS k, NULL::VARCHAR AS customer_id, NULL::VARCHAR AS level, 0::DOUBLE AS duration, FALSE AS event WHERE FALSE'}\n)`,
  );
  parts.push(`grouped AS (SELECT k, level, duration, event, count(*) AS n FROM long GROUP BY ALL)`);
  parts.push(`sizes AS (SELECT k, level, sum(n) AS size FROM grouped GROUP BY k, level)`);
  parts.push(`pooled AS (
  SELECT l.k, l.customer_id, CASE WHEN z.size < ${minLevel} THEN ${literal(OTHER_GROUP)} ELSE l.level END AS level,
    l.duration, l.event
  FROM long l JOIN sizes z ON z.k = l.k AND z.level = l.level
)`);
  return `WITH ${parts.join(',\n')}`;
}

/** Survival inputs per candidate and level, counted per duration and event flag. */
export function buildDriversSql(params: DriversParams): string {
  // Pooled after counting: the small counted table is relabelled, not every customer's row.
  const minLevel = Math.max(1, Math.floor(params.minLevel ?? MIN_LEVEL));
  return `${pooledSql(params)}
SELECT g.k, CASE WHEN z.size < ${minLevel} THEN ${literal(OTHER_GROUP)} ELSE g.level END AS level, g.duration, g.event,
  CAST(sum(g.n) AS INTEGER) AS n
FROM grouped g JOIN sizes z ON z.k = g.k AND z.level = g.level
GROUP BY ALL ORDER BY 1, 2, 3, 4`;
}

/** One customer behind a level. */
export interface DriverCustomerRow {
  [key: string]: string | number | boolean;
  customer_id: string;
  first_purchase: string;
  /** Days from the first occasion (or the landmark) to the last occasion or the as-of date. */
  duration: number;
  /** Lapsed by the as-of date. */
  event: boolean;
}

/** The customers behind `level` of one candidate (pooled levels as the view shows them). */
export function buildDriverCustomersSql(
  params: Omit<DriversParams, 'candidates'>,
  candidate: DriverCandidate,
  level: string,
): string {
  return `${pooledSql({ ...params, candidates: [candidate] })}
SELECT p.customer_id, CAST(s.first_day AS VARCHAR) AS first_purchase, p.duration, p.event
FROM pooled p JOIN subjects s ON s.customer_id = p.customer_id
WHERE p.level = ${literal(level)} ORDER BY p.customer_id`;
}

/** Per customer: net revenue to date and the pooled level of each candidate (`l0`, `l1`, …). */
export function buildDriverLevelsSql(params: DriversParams): string {
  const cs = params.candidates;
  return `${pooledSql(params)},
revenue AS (
  SELECT d.customer_id, sum(d.revenue) AS revenue FROM customer_days d, cut k WHERE d.day <= k.as_of GROUP BY d.customer_id
),
levels AS (
  SELECT customer_id${cs.map((_, i) => `, max(level) FILTER (WHERE k = ${i}) AS ${ident(`l${i}`)}`).join('')}
  FROM pooled GROUP BY customer_id
)
SELECT s.customer_id, coalesce(r.revenue, 0) AS revenue${cs.map((_, i) => `, v.${ident(`l${i}`)}`).join('')}
FROM subjects s LEFT JOIN revenue r ON r.customer_id = s.customer_id\n  LEFT JOIN levels v ON v.customer_id = s.customer_id ORDER BY s.customer_id`;
}

/** Columns of `customers` and of `orders` (for candidate discovery). */
export interface DriverColumnRow {
  [key: string]: string;
  table: 'customers' | 'orders';
  column: string;
}

export function buildDriverColumnsSql(): string {
  return `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
WHERE table_schema = 'main' AND table_name IN ('customers', 'orders')
  AND column_name NOT IN ('customer_id', 'first_purchase', 'signup_date', 'order_id', 'order_date', 'amount', 'cancelled')
ORDER BY table_name, ordinal_position`;
}

const DISCOUNT = /discount|coupon|voucher|promo|rabat|kupong|kupon/i;
const CHANNEL = /channel|kanal/i;
const JOIN_DATE =
  /(join|member|loyal|medlem|klubb|club).*(date|since|dato)|(date|since|dato).*(join|member|medlem)/i;

/**
 * The candidates these data offer (METRICS.md §9): every customer attribute (a column named like a
 * loyalty join date is compared by landmark instead), the first order's value band, discount use when
 * an orders column is named like one, and channels used by the landmark when one is named like a channel.
 */
export function driverCandidates(columns: DriverColumnRow[]): DriverCandidate[] {
  const customers = columns.filter((c) => c.table === 'customers').map((c) => c.column);
  const orders = columns.filter((c) => c.table === 'orders').map((c) => c.column);
  const out: DriverCandidate[] = customers.map((column) =>
    JOIN_DATE.test(column) ? { kind: 'joinDate', column } : { kind: 'attribute', column },
  );
  out.push({ kind: 'valueBand' });
  const discount = orders.find((c) => DISCOUNT.test(c));
  if (discount !== undefined) out.push({ kind: 'discount', column: discount });
  const channel = orders.find((c) => CHANNEL.test(c));
  if (channel !== undefined) out.push({ kind: 'channels', column: channel });
  return out;
}

/** Observations of one level (see src/lib/models/kaplanMeier.ts). */
export interface DriverObservation {
  time: number;
  event: boolean;
  count: number;
}

/** Group the query's rows per candidate and level (candidates with no rows get no levels). */
export function driverLevels(
  rows: DriverInputRow[],
  candidates: DriverCandidate[],
): Map<string, DriverObservation[]>[] {
  const out = candidates.map(() => new Map<string, DriverObservation[]>());
  for (const r of rows) {
    const levels = out[r.k];
    if (!levels) continue;
    let list = levels.get(r.level);
    if (!list) levels.set(r.level, (list = []));
    list.push({ time: r.duration, event: r.event, count: r.n });
  }
  return out;
}

/** A candidate's name in plain English (the command line; the page translates its own). */
export function candidateLabel(c: DriverCandidate, landmarkDays = LANDMARK_DAYS): string {
  switch (c.kind) {
    case 'attribute':
      return c.column!;
    case 'valueBand':
      return 'first order value (quartile)';
    case 'discount':
      return `first order used a discount (${c.column})`;
    case 'channels':
      return `channels used in the first ${landmarkDays} days (${c.column})`;
    case 'joinDate':
      return `loyalty member by day ${landmarkDays} (${c.column})`;
  }
}
