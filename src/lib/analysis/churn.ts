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
  const join = `${params.by ? 'LEFT JOIN customers c USING (customer_id)' : ''}`;
  const same = (a: string, b: string) =>
    `${a}.segment IS NOT DISTINCT FROM ${b}.segment AND ${a}.ps = ${b}.ps`;
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
occ AS (
  SELECT d.customer_id, d.day, ${segmentSql(params.by)} AS segment,
    lead(d.day) OVER (PARTITION BY d.customer_id ORDER BY d.day) AS next_day
  FROM customer_days d ${join}
  WHERE d.purchases > 0 AND d.day <= (SELECT as_of FROM cut)
),
bounds AS (SELECT ${trunc('min(day)')} AS first_ps, ${trunc('(SELECT as_of FROM cut)')} AS last_ps FROM occ),
periods AS (
  SELECT ${addSql(p, 'first_ps', 'k')} AS ps, ${addSql(p, 'first_ps', 'k + 1')} AS pe
  FROM (SELECT first_ps, unnest(range(0, ${indexSql(p, 'first_ps', 'last_ps')} + 1)) AS k FROM bounds WHERE first_ps IS NOT NULL)
),
grid AS (SELECT ps, pe, segment FROM periods, (SELECT DISTINCT segment FROM occ)),
-- Churn events: last occasion + W, when the next occasion (or the as-of date) is more than W days later.
churned AS (
  SELECT segment, ${trunc(`day + ${w}`)} AS ps, count(*) AS n FROM occ
  WHERE date_diff('day', day, coalesce(next_day, (SELECT as_of FROM cut))) > ${w}
  GROUP BY ALL
),
-- Active at the start s of a period: the latest occasion o before s has s − o ≤ W. Each occasion makes
-- its customer active at the period starts in (o, min(next occasion, o + W)].
covered AS (
  SELECT segment, ps FROM (
    SELECT segment, ${addSql(p, trunc('day'), 'k')} AS ps, least(coalesce(next_day, day + ${w}), day + ${w}) AS until
    FROM (
      SELECT *, unnest(range(1, ${indexSql(p, trunc('day'), trunc(`least(coalesce(next_day, day + ${w}), day + ${w})`))} + 1)) AS k
      FROM occ
    )
  ) WHERE ps <= until
),
active AS (SELECT segment, ps, count(*) AS n FROM covered GROUP BY ALL),
-- Lifecycle: which periods each customer had an occasion in.
seq AS (
  SELECT *, lag(ps) OVER w AS prev_ps, lead(ps) OVER w AS next_ps
  FROM (SELECT DISTINCT customer_id, segment, ${trunc('day')} AS ps FROM occ)
  WINDOW w AS (PARTITION BY customer_id ORDER BY ps)
),
life AS (
  SELECT segment, ps,
    count(*) FILTER (WHERE prev_ps IS NULL) AS new,
    count(*) FILTER (WHERE prev_ps = ${addSql(p, 'ps', '-1')}) AS returning,
    count(*) FILTER (WHERE prev_ps < ${addSql(p, 'ps', '-1')}) AS resurrected
  FROM seq GROUP BY ALL
),
lapsed AS (
  SELECT segment, ${addSql(p, 'ps', '1')} AS ps, count(*) AS n FROM seq
  WHERE next_ps IS NULL OR next_ps > ${addSql(p, 'ps', '1')}
  GROUP BY ALL
)
SELECT g.segment, ${labelSql(p, 'g.ps')} AS period, strftime(g.ps, '%Y-%m-%d') AS start,
  CAST(coalesce(a.n, 0) AS INTEGER) AS "activeAtStart",
  CAST(coalesce(x.n, 0) AS INTEGER) AS churned,
  coalesce(x.n, 0) / nullif(a.n, 0) AS "churnRate",
  CAST(coalesce(l.new, 0) AS INTEGER) AS new,
  CAST(coalesce(l.returning, 0) AS INTEGER) AS returning,
  CAST(coalesce(l.resurrected, 0) AS INTEGER) AS resurrected,
  CAST(coalesce(z.n, 0) AS INTEGER) AS lapsed,
  g.pe - 1 <= (SELECT as_of FROM cut) AS complete
FROM grid g
LEFT JOIN active a ON ${same('a', 'g')}
LEFT JOIN churned x ON ${same('x', 'g')}
LEFT JOIN life l ON ${same('l', 'g')}
LEFT JOIN lapsed z ON ${same('z', 'g')}
ORDER BY g.segment NULLS FIRST, g.ps`;
}
