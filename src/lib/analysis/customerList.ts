import { lapsedByAsOfSql } from './lapse';
import { rfmCtes, type RfmParams } from './rfm';
import { ident } from './sql';

/** One row of the Customers page before model scores are joined in. */
export interface CustomerListRow {
  [key: string]: string | number | boolean | null;
  customer_id: string;
  segment: string;
  first_purchase: string;
  last_purchase: string;
  recency: number;
  purchases: number;
  revenue: number;
  r: number;
  f: number;
  m: number;
}

/** A customer list row with `lapsed`: lapsed by the as-of date under the churn rule (METRICS.md §4). */
export interface CustomerLapseRow extends CustomerListRow {
  lapsed: boolean;
}

/**
 * SQL for the Customers page: every customer with a purchase occasion, their RFM segment (METRICS.md §7),
 * last purchase, occasions, net revenue, and the given `customers` attribute columns (as text). With an
 * inactivity `window`, `lapsed` says whether the customer has lapsed by the as-of date, by the one rule
 * the churn rate and survival use (lapse.ts).
 */
export function buildCustomerListSql(
  params: RfmParams,
  attributes: string[],
  window: number | null = null,
): string {
  const lapsed =
    window === null
      ? ''
      : `, ${lapsedByAsOfSql('x.last_purchase', '(SELECT as_of FROM cut)', window)} AS lapsed`;
  const attrs = attributes.map((a) => `, CAST(c.${ident(a)} AS VARCHAR) AS ${ident(`attr:${a}`)}`).join('');
  return `WITH ${rfmCtes(params)}
SELECT x.customer_id, x.segment, strftime(x.first_purchase, '%Y-%m-%d') AS first_purchase,
  strftime(x.last_purchase, '%Y-%m-%d') AS last_purchase, CAST(x.recency AS INTEGER) AS recency,
  CAST(x.frequency AS INTEGER) AS purchases, CAST(x.monetary AS DOUBLE) AS revenue, x.r, x.f, x.m${lapsed}${attrs}
FROM rfm x LEFT JOIN customers c USING (customer_id)
ORDER BY x.customer_id`;
}
