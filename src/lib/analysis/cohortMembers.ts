import { asOfSql } from './asOf';
import { indexSql, labelSql, truncSql, type Period, type WeekStart } from './period';
import { filterSql, segmentSql, BLANK_SEGMENT, type AttributeFilter } from './segments';
import { dateLiteral, ident, literal } from './sql';

/**
 * What puts a customer in a cohort (METRICS.md §2). Date anchors put them in the period containing the
 * date; an attribute anchor with `date: false` makes the attribute's value the cohort and counts each
 * customer's periods from their own first purchase.
 */
export type CohortAnchor =
  'first-purchase' | 'signup' | 'subscription-start' | { attribute: string; date: boolean };

/** The settings that choose who is in which cohort, shared by the grid and its drill-down. */
export interface CohortSelection {
  period: Period;
  weekStart?: WeekStart;
  anchor?: CohortAnchor;
  /** Break cohorts down by this customer attribute. */
  by?: string | null;
  /** The breakdown's values shown by name; the rest are folded into `(other)` (null: all by name). */
  keep?: readonly string[] | null;
  /** Acquisition (anchor) date range, inclusive. */
  from?: string | null;
  to?: string | null;
  filters?: AttributeFilter[];
  asOf?: string | null;
}

/** Is this anchor a value (not a date) attribute, so cohorts are named by value? */
export function isValueAnchor(
  anchor: CohortAnchor | undefined,
): anchor is { attribute: string; date: false } {
  return typeof anchor === 'object' && !anchor.date;
}

/** The customer's base row (`c`), its anchor date and its cohort name (NULL: name by period). */
function anchorSql(anchor: CohortAnchor): { from: string; day: string; key: string } {
  const customers = 'customers c';
  if (anchor === 'first-purchase')
    return { from: customers, day: 'c.first_purchase', key: 'CAST(NULL AS VARCHAR)' };
  if (anchor === 'signup') return { from: customers, day: 'c.signup_date', key: 'CAST(NULL AS VARCHAR)' };
  if (anchor === 'subscription-start')
    // Subscribers without any order are still in their cohort: they simply never came back to buy.
    return {
      from: `(SELECT customer_id, min(start_date) AS subscription_start FROM subscriptions GROUP BY customer_id) s
    LEFT JOIN customers c USING (customer_id)`,
      day: 's.subscription_start',
      key: 'CAST(NULL AS VARCHAR)',
    };
  const column = `c.${ident(anchor.attribute)}`;
  if (anchor.date)
    return {
      from: customers,
      day: `TRY_CAST(CAST(${column} AS VARCHAR) AS DATE)`,
      key: 'CAST(NULL AS VARCHAR)',
    };
  return {
    from: customers,
    day: 'c.first_purchase',
    key: `coalesce(CAST(${column} AS VARCHAR), ${literal(BLANK_SEGMENT)})`,
  };
}

/**
 * CTEs every cohort query starts from:
 * - `cut(as_of)`: the as-of date (METRICS.md §1);
 * - `cohort(customer_id, cohort_key, segment, start, anchor_day, last_complete)`: each customer in range
 *   with the start of their period 0 and the last period index that has ended by the as-of date.
 */
export function cohortBaseCtes(params: CohortSelection): string {
  const p = params.period;
  const ws = params.weekStart ?? 'monday';
  const a = anchorSql(params.anchor ?? 'first-purchase');
  const asOf = '(SELECT as_of FROM cut)';
  const customerId = params.anchor === 'subscription-start' ? 's.customer_id' : 'c.customer_id';
  const range = [
    params.from ? ` AND anchor_day >= ${dateLiteral(params.from)}` : '',
    params.to ? ` AND anchor_day <= ${dateLiteral(params.to)}` : '',
  ].join('');
  return `cut AS (SELECT CAST(${asOfSql(params.asOf)} AS DATE) AS as_of),
anchored AS (
  SELECT ${customerId} AS customer_id, ${a.day} AS anchor_day, ${a.key} AS cohort_key, ${segmentSql(params.by, 'c', params.keep)} AS segment
  FROM ${a.from} WHERE ${filterSql(params.filters)}
),
cohort AS (
  SELECT customer_id, cohort_key, segment, start, anchor_day,
    ${indexSql(p, 'start', truncSql(p, `${asOf} + 1`, ws))} - 1 AS last_complete
  FROM (SELECT *, ${truncSql(p, 'anchor_day', ws)} AS start FROM anchored
    WHERE anchor_day IS NOT NULL AND anchor_day <= ${asOf}${range})
)`;
}

/** SQL for a cohort's name: the value for value cohorts, else the period label of `start`. */
export function cohortLabelSql(params: CohortSelection, key: string, start: string): string {
  return `coalesce(${key}, ${labelSql(params.period, start, params.weekStart ?? 'monday')})`;
}
