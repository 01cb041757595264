import { asOfSql } from './asOf';
import { addSql, indexSql, labelSql, truncSql, type Period } from './period';
import { segmentSql } from './segments';

/** Periods churn is reported in. */
export type ChurnPeriod = Exclude<Period, 'day'>;
export const CHURN_PERIODS: ChurnPeriod[] = ['week', 'month', 'quarter', 'year'];

/** Settings of inactivity churn and lifecycle (METRICS.md §4). */
export interface ChurnParams {
  /** Inactivity window W in days: a customer is lapsed once their last occasion is more than W days old. */
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
  /** Churn events in the period: last occasion + W falls in it, and the customer did lapse. */
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
 * A customer who goes more than W days without an occasion lapses; the churn event is dated last
 * occasion + W, the last day they still counted as active. It is observed when the next occasion came
 * more than W days later, or, for the latest occasion, when the as-of date is more than W days after it
 * (the customer has lapsed by then, §5). "Active at the start of P" means still active on P's first day,
 * so every churn event of P belongs to a customer counted there, unless that customer's first occasion
 * fell inside P itself.
 */
export function buildChurnSql(params: ChurnParams): string {
  const p = params.period;
  const w = Math.max(0, Math.floor(params.window));
  const trunc = (d: string) => truncSql(p, d);
  const next = (d: string) => addSql(p, d, '1');
  const join = `${params.by ? 'LEFT JOIN customers c USING (customer_id)' : ''}`;
  const same = (a: string, b: string) =>
    `${a}.segment IS NOT DISTINCT FROM ${b}.segment AND ${a}.ps = ${b}.ps`;
  // One pass over the occasions (a single sort by customer and day) gives everything: each occasion
  // knows the one before and after it, so no later step needs another window or a range join.
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
occ AS (
  SELECT *, ${trunc('day')} AS ps, ${trunc('prev_day')} AS prev_ps, ${trunc('next_day')} AS next_ps,
    least(coalesce(next_day, day + ${w}), day + ${w}) AS until
  FROM (
    SELECT d.customer_id, d.day, ${segmentSql(params.by)} AS segment,
      lag(d.day) OVER w AS prev_day, lead(d.day) OVER w AS next_day
    FROM customer_days d ${join}
    WHERE d.purchases > 0 AND d.day <= (SELECT as_of FROM cut)
    WINDOW w AS (PARTITION BY d.customer_id ORDER BY d.day)
  )
),
bounds AS (SELECT min(ps) AS first_ps, ${trunc('(SELECT as_of FROM cut)')} AS last_ps FROM occ),
periods AS (
  SELECT ${addSql(p, 'first_ps', 'k')} AS ps, ${addSql(p, 'first_ps', 'k + 1')} AS pe
  FROM (SELECT first_ps, unnest(range(0, ${indexSql(p, 'first_ps', 'last_ps')} + 1)) AS k FROM bounds WHERE first_ps IS NOT NULL)
),
grid AS (SELECT ps, pe, segment FROM periods, (SELECT DISTINCT segment FROM occ)),
-- Changes per period start, summed up below into running balances and counts:
-- * active: each occasion o keeps its customer active at the period starts in (o, min(next occasion,
--   o + W)]: +1 from the first period start after o, −1 from the first one after that interval;
-- * churned: last occasion + W, when the next occasion (or the as-of date) is more than W days later;
-- * lifecycle: from the first and last occasion of a customer in each period.
moves AS (
  SELECT segment, ${next('ps')} AS ps, 1 AS active, 0 AS churned, 0 AS n_new, 0 AS n_returning, 0 AS n_resurrected, 0 AS n_lapsed
  FROM occ WHERE ${next('ps')} <= until
  UNION ALL
  SELECT segment, ${next(trunc('until'))}, -1, 0, 0, 0, 0, 0 FROM occ WHERE ${next('ps')} <= until
  UNION ALL
  SELECT segment, ${trunc(`day + ${w}`)}, 0, 1, 0, 0, 0, 0 FROM occ
  WHERE date_diff('day', day, coalesce(next_day, (SELECT as_of FROM cut))) > ${w}
  UNION ALL
  SELECT segment, ps, 0, 0, (prev_day IS NULL)::INT, (prev_ps = ${addSql(p, 'ps', '-1')})::INT,
    (prev_ps < ${addSql(p, 'ps', '-1')})::INT, 0
  FROM occ WHERE prev_ps IS DISTINCT FROM ps
  UNION ALL
  SELECT segment, ${next('ps')}, 0, 0, 0, 0, 0, 1 FROM occ
  WHERE next_ps IS DISTINCT FROM ps AND (next_ps IS NULL OR next_ps > ${next('ps')})
),
per AS (
  SELECT segment, ps, sum(active) AS active, sum(churned) AS churned, sum(n_new) AS n_new,
    sum(n_returning) AS n_returning, sum(n_resurrected) AS n_resurrected, sum(n_lapsed) AS n_lapsed
  FROM moves GROUP BY ALL
),
counted AS (
  SELECT g.segment, g.ps, g.pe,
    sum(coalesce(m.active, 0)) OVER (PARTITION BY g.segment ORDER BY g.ps) AS active,
    coalesce(m.churned, 0) AS churned, coalesce(m.n_new, 0) AS n_new, coalesce(m.n_returning, 0) AS n_returning,
    coalesce(m.n_resurrected, 0) AS n_resurrected, coalesce(m.n_lapsed, 0) AS n_lapsed
  FROM grid g LEFT JOIN per m ON ${same('m', 'g')}
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
