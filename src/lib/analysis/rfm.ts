import { asOfSql } from './asOf';
import { literal } from './sql';

/**
 * The named segment map (METRICS.md §7): `map[r - 1][fm - 1]` names the segment of customers with
 * recency score r and FM score fm, where fm is the mean of the frequency and monetary scores rounded
 * half up. A grid rather than a list of rules, so every score combination has exactly one name and the
 * user can see and edit all 25 cells.
 */
export type RfmSegmentMap = string[][];

/** The eleven named segments, in the order they are listed. */
export const RFM_SEGMENTS = [
  'Champions',
  'Loyal',
  'Potential loyalists',
  'New',
  'Promising',
  'Need attention',
  'About to sleep',
  'At risk',
  "Can't lose them",
  'Hibernating',
  'Lost',
] as const;

/**
 * The default map, rows r = 1 … 5 (5 = bought most recently), columns fm = 1 … 5. Recent buyers with low
 * FM are new or promising, with high FM champions; customers who bought much but not lately are at risk,
 * or "can't lose them" at the top; low on everything and long gone is lost.
 */
export const DEFAULT_RFM_MAP: RfmSegmentMap = [
  ['Lost', 'Lost', 'At risk', "Can't lose them", "Can't lose them"],
  ['Hibernating', 'Hibernating', 'At risk', 'At risk', "Can't lose them"],
  ['About to sleep', 'About to sleep', 'Need attention', 'Loyal', 'Loyal'],
  ['Promising', 'Potential loyalists', 'Potential loyalists', 'Loyal', 'Champions'],
  ['New', 'Potential loyalists', 'Potential loyalists', 'Champions', 'Champions'],
];

/** Segments of the preset "at risk and valuable" customer list. */
export const AT_RISK_SEGMENTS = ['At risk', "Can't lose them"];

export interface RfmParams {
  asOf?: string | null;
  map?: RfmSegmentMap;
}

/** One customer's RFM values, scores and segment. */
export interface RfmRow {
  [key: string]: string | number | null;
  customer_id: string;
  first_purchase: string;
  last_purchase: string;
  /** Days from the last occasion to the as-of date. */
  recency: number;
  /** Purchase occasions. */
  frequency: number;
  /** Net revenue (refunds included). */
  monetary: number;
  r: number;
  f: number;
  m: number;
  fm: number;
  segment: string;
}

/** Quintile score 1–5 of a value: 1 + ⌊5 × percent rank⌋, ties sharing the lowest rank's score. */
function scoreSql(order: string): string {
  return `CAST(least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY ${order}))) AS INTEGER)`;
}

function mapValues(map: RfmSegmentMap): string {
  const cells = map.flatMap((row, r) => row.map((name, fm) => `(${r + 1}, ${fm + 1}, ${literal(name)})`));
  return `(VALUES ${cells.join(', ')}) AS seg_map(r, fm, segment)`;
}

/** The per-customer CTEs: `rfm(customer_id, …, segment)`. */
export function rfmCtes(params: RfmParams = {}): string {
  const map = params.map ?? DEFAULT_RFM_MAP;
  return `cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
days AS (SELECT * FROM customer_days WHERE day <= (SELECT as_of FROM cut)),
values_ AS (
  SELECT customer_id,
    min(day) FILTER (WHERE purchases > 0) AS first_purchase,
    max(day) FILTER (WHERE purchases > 0) AS last_purchase,
    count(*) FILTER (WHERE purchases > 0) AS frequency,
    coalesce(sum(revenue), 0) AS monetary
  FROM days GROUP BY customer_id HAVING count(*) FILTER (WHERE purchases > 0) > 0
),
scored AS (
  SELECT *, date_diff('day', last_purchase, (SELECT as_of FROM cut)) AS recency,
    ${scoreSql('last_purchase')} AS r,
    ${scoreSql('frequency')} AS f,
    ${scoreSql('monetary')} AS m
  FROM values_
),
rfm AS (
  SELECT s.*, (s.f + s.m + 1) // 2 AS fm, seg_map.segment
  FROM scored s JOIN ${mapValues(map)} ON seg_map.r = s.r AND seg_map.fm = (s.f + s.m + 1) // 2
)`;
}

/**
 * SQL for every customer's RFM (METRICS.md §7): recency = days from the last purchase occasion to the
 * as-of date, frequency = occasions, monetary = net revenue; each scored 1–5 by quintile (recency
 * reversed, so the most recent buyers score 5: ranking by last purchase date ascending is ranking by
 * recency descending), and named by the segment map. Customers with no purchase occasion are left out.
 */
export function buildRfmSql(params: RfmParams = {}): string {
  return `WITH ${rfmCtes(params)}
SELECT customer_id, strftime(first_purchase, '%Y-%m-%d') AS first_purchase,
  strftime(last_purchase, '%Y-%m-%d') AS last_purchase,
  CAST(recency AS INTEGER) AS recency, CAST(frequency AS INTEGER) AS frequency, CAST(monetary AS DOUBLE) AS monetary,
  r, f, m, CAST(fm AS INTEGER) AS fm, segment
FROM rfm ORDER BY customer_id`;
}

/** A named segment's size and net revenue. */
export interface RfmSegmentRow {
  [key: string]: string | number;
  name: string;
  customers: number;
  revenue: number;
}

/** SQL for the size and net revenue of each named segment, largest first. */
export function buildRfmSegmentsSql(params: RfmParams = {}): string {
  return `WITH ${rfmCtes(params)}
SELECT segment AS name, CAST(count(*) AS INTEGER) AS customers, CAST(sum(monetary) AS DOUBLE) AS revenue
FROM rfm GROUP BY segment ORDER BY customers DESC, name`;
}

/** Check a map: 5 rows of 5 non-empty names. */
export function isValidRfmMap(map: unknown): map is RfmSegmentMap {
  return (
    Array.isArray(map) &&
    map.length === 5 &&
    map.every(
      (row) =>
        Array.isArray(row) && row.length === 5 && row.every((n) => typeof n === 'string' && n.trim() !== ''),
    )
  );
}
