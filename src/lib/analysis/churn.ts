import { asOfSql } from './asOf';
import { lapseAfterSql, lapseWindow } from './lapse';
import { labelSql, type Period } from './period';
import { segmentSql } from './segments';

/** Periods churn is reported in. */
export type ChurnPeriod = Exclude<Period, 'day'>;
export const CHURN_PERIODS: ChurnPeriod[] = ['week', 'month', 'quarter', 'year'];

/** Settings of inactivity churn and lifecycle (METRICS.md §4). */
export interface ChurnParams {
  /** Inactivity window W in days: a customer lapses when no occasion follows within W days (METRICS.md §4). */
  window: number;
  period: ChurnPeriod;
  asOf?: string | null;
  /** A `customers` column to split by; one set of rows per value. */
  by?: string | null;
}

/** One period (of one segment) as SQL returns it. */
export interface ChurnRow {
  [key: string]: string | number | boolean | null;
  segment: string | null;
  /** `YYYY-MM`, `YYYY-Www`, `YYYY-Qn` or `YYYY`. */
  period: string;
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  /** Customers active at the start: their latest occasion before the period is at most W days old. */
  activeAtStart: number;
  /** Churn events in the period: an occasion + W falls in it, no occasion followed within W days, and that day is on or before the as-of date. */
  churned: number;
  /** churned ÷ activeAtStart (ChartMogul's formula); null when no one was active. */
  churnRate: number | null;
  /** Lifecycle (PostHog, Amplitude): first occasion in the period. */
  new: number;
  /** An occasion in this period and in the one before. */
  returning: number;
  /** An occasion in this period, none in the one before, some earlier. */
  resurrected: number;
  /** An occasion in the period before, none in this one. */
  lapsed: number;
  /** The period ended on or before the as-of date. */
  complete: boolean;
  /** The as-of date, `YYYY-MM-DD`. */
  asOf: string;
}

/**
 * SQL for churn and lifecycle per period (METRICS.md §4), one row per segment × period from the period
 * of the first occasion to the one holding the as-of date.
 *
 * The lapse rule is the shared one (lapse.ts): after an occasion on day L with none on days L + 1 … L + W,
 * the churn event is dated L + W, the last day the customer still counted as active, and observed when
 * L + W is on or before the as-of date. "Active at the start of P" means still active on P's first day,
 * so every churn event of P belongs to a customer counted there, unless that customer's first occasion
 * fell inside P itself.
 */
export function buildChurnSql(params: ChurnParams): string {
  const p = params.period;
  const w = lapseWindow(params.window);
  const idx = (d: string) => periodIndexSql(p, d);
  const join = params.by ? 'LEFT JOIN customers c USING (customer_id)' : '';
  // Each customer's occasion days are gathered into one sorted list (a hash aggregate, cheaper than a
  // window's global sort), so every occasion knows the one before and after it; periods are whole
  // numbers (see periodIndexSql), so every later step is integer arithmetic and plain GROUP BYs.
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
lists AS (
  SELECT d.customer_id, list_sort(list(d.day)) AS days FROM customer_days d, cut k
  WHERE d.purchases > 0 AND d.day <= k.as_of GROUP BY d.customer_id
),
occ AS (
  SELECT segment, day, next_day, as_of, ${idx('day')} AS pi, ${idx('prev_day')} AS prev_pi, ${idx('next_day')} AS next_pi,
    ${idx(`least(coalesce(next_day, day + ${w}), day + ${w})`)} AS until_pi, prev_day IS NULL AS first
  FROM (
    -- Three lists of equal length unnest side by side: each day with the one before and after it.
    SELECT ${segmentSql(params.by)} AS segment, k.as_of, unnest(d.days) AS day,
      unnest(list_prepend(NULL, d.days[1:-2])) AS prev_day, unnest(list_append(d.days[2:], NULL)) AS next_day
    FROM lists d CROSS JOIN cut k ${join}
  )
),
bounds AS (SELECT min(pi) AS first_pi, ${idx('(SELECT as_of FROM cut)')} AS last_pi FROM occ),
grid AS (
  SELECT unnest(range(first_pi, last_pi + 1)) AS pi, segment
  FROM bounds, (SELECT DISTINCT segment FROM occ) WHERE first_pi IS NOT NULL
),
-- Changes per period, summed up below into running balances and counts:
-- * active: each occasion o keeps its customer active at the period starts in (o, min(next occasion,
--   o + W)]: +1 from the first period after o's, −1 from the first one starting after that interval;
-- * churned: occasion + W, when no occasion follows within W days and that day is observed (lapse.ts);
-- * lifecycle: from the first and last occasion of a customer in each period.
moves AS (
  SELECT segment, pi + 1 AS pi, 1 AS active, 0 AS churned, 0 AS n_new, 0 AS n_returning, 0 AS n_resurrected,
    0 AS n_lapsed
  FROM occ WHERE until_pi >= pi + 1
  UNION ALL
  SELECT segment, until_pi + 1, -1, 0, 0, 0, 0, 0 FROM occ WHERE until_pi >= pi + 1
  UNION ALL
  SELECT segment, ${idx(`day + ${w}`)}, 0, 1, 0, 0, 0, 0 FROM occ
  WHERE ${lapseAfterSql('day', 'next_day', 'as_of', w)}
  UNION ALL
  SELECT segment, pi, 0, 0, first::INT, (prev_pi = pi - 1)::INT, (prev_pi < pi - 1)::INT, 0
  FROM occ WHERE prev_pi IS DISTINCT FROM pi
  UNION ALL
  SELECT segment, pi + 1, 0, 0, 0, 0, 0, 1 FROM occ WHERE next_pi IS NULL OR next_pi > pi + 1
),
per AS (
  SELECT segment, pi, sum(active) AS active, sum(churned) AS churned, sum(n_new) AS n_new,
    sum(n_returning) AS n_returning, sum(n_resurrected) AS n_resurrected, sum(n_lapsed) AS n_lapsed
  FROM moves GROUP BY ALL
),
counted AS (
  SELECT g.segment, ${periodStartSql(p, 'g.pi')} AS ps, ${periodStartSql(p, 'g.pi + 1')} AS pe,
    sum(coalesce(m.active, 0)) OVER (PARTITION BY g.segment ORDER BY g.pi) AS active,
    coalesce(m.churned, 0) AS churned, coalesce(m.n_new, 0) AS n_new, coalesce(m.n_returning, 0) AS n_returning,
    coalesce(m.n_resurrected, 0) AS n_resurrected, coalesce(m.n_lapsed, 0) AS n_lapsed
  FROM grid g LEFT JOIN per m ON m.segment IS NOT DISTINCT FROM g.segment AND m.pi = g.pi
)
SELECT segment, ${labelSql(p, 'ps')} AS period, strftime(ps, '%Y-%m-%d') AS start,
  CAST(active AS INTEGER) AS "activeAtStart", CAST(churned AS INTEGER) AS churned,
  churned / nullif(active, 0) AS "churnRate",
  CAST(n_new AS INTEGER) AS "new", CAST(n_returning AS INTEGER) AS "returning",
  CAST(n_resurrected AS INTEGER) AS resurrected, CAST(n_lapsed AS INTEGER) AS lapsed,
  pe - 1 <= (SELECT as_of FROM cut) AS complete, strftime((SELECT as_of FROM cut), '%Y-%m-%d') AS "asOf"
FROM counted
ORDER BY segment NULLS FIRST, ps`;
}

// Monday 5 January 1970 starts ISO week 0.
const EPOCH_MONDAY = "DATE '1970-01-05'";

/** SQL for a whole-number index of the period holding DATE `d`: consecutive periods differ by 1. */
export function periodIndexSql(p: ChurnPeriod, d: string): string {
  switch (p) {
    case 'week':
      return `CAST(floor((${d} - ${EPOCH_MONDAY}) / 7) AS BIGINT)`;
    case 'month':
      return `(year(${d}) * 12 + month(${d}) - 1)`;
    case 'quarter':
      return `(year(${d}) * 4 + quarter(${d}) - 1)`;
    case 'year':
      return `year(${d})`;
  }
}

/** SQL for the first day (DATE) of the period with index `i` (see periodIndexSql). */
export function periodStartSql(p: ChurnPeriod, i: string): string {
  switch (p) {
    case 'week':
      return `CAST(${EPOCH_MONDAY} + CAST(7 * (${i}) AS INTEGER) AS DATE)`;
    case 'month':
      return `make_date(CAST((${i}) // 12 AS INTEGER), CAST((${i}) % 12 + 1 AS INTEGER), 1)`;
    case 'quarter':
      return `make_date(CAST((${i}) // 4 AS INTEGER), CAST(((${i}) % 4) * 3 + 1 AS INTEGER), 1)`;
    case 'year':
      return `make_date(CAST(${i} AS INTEGER), 1, 1)`;
  }
}
