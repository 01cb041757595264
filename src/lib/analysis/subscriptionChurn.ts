import { addSql, indexSql, labelSql, truncSql } from './period';
import { dateLiteral } from './sql';
import type { ChurnPeriod } from './churn';

/** Settings of subscription churn (METRICS.md §4). */
export interface SubscriptionChurnParams {
  period: ChurnPeriod;
  asOf?: string | null;
}

/**
 * The as-of date for subscriptions: the user's date, else the last order date, else (a subscriptions-only
 * dataset) the latest start or end date in the subscriptions (METRICS.md §1).
 */
export function subscriptionAsOfSql(asOf: string | null | undefined): string {
  if (asOf) return dateLiteral(asOf);
  return `coalesce((SELECT max(order_date) FROM orders),
    (SELECT greatest(max(start_date), max(end_date)) FROM subscriptions))`;
}

/**
 * CTEs `cut(as_of)`, `subs` (subscriptions known at the as-of date; an end after it is not yet known,
 * so the subscription counts as running) and `spells(customer_id, spell_start, spell_end, n, first_row)`:
 * the stretches of time a customer has at least one active subscription. A subscription is active from
 * its start date up to the day before its end date. A subscription that starts on or before the day
 * another ends continues the spell: an upgrade or renewal is not churn (§4: a customer churns when
 * their last active subscription ends).
 */
export function subscriptionSpellsSql(asOf: string | null | undefined): string {
  return `cut AS (SELECT ${subscriptionAsOfSql(asOf)} AS as_of),
subs AS (
  SELECT *, CASE WHEN end_date <= (SELECT as_of FROM cut) THEN end_date END AS known_end,
    row_number() OVER (ORDER BY customer_id, start_date, end_date NULLS LAST) AS _row
  FROM subscriptions
  WHERE start_date <= (SELECT as_of FROM cut) AND (end_date IS NULL OR end_date > start_date)
),
ordered AS (
  SELECT *, max(coalesce(known_end, DATE '9999-12-31')) OVER (
      PARTITION BY customer_id ORDER BY start_date, _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
    ) AS reach
  FROM subs
),
numbered AS (
  SELECT *, sum(CASE WHEN reach IS NULL OR start_date > reach THEN 1 ELSE 0 END) OVER (
      PARTITION BY customer_id ORDER BY start_date, _row) AS n
  FROM ordered
),
spells AS (
  SELECT customer_id, n, min(start_date) AS spell_start,
    CASE WHEN bool_and(known_end IS NOT NULL) THEN max(known_end) END AS spell_end, arg_min(_row, start_date) AS first_row
  FROM numbered GROUP BY customer_id, n
)`;
}

/** Logo churn of one period. */
export interface SubscriptionChurnRow {
  [key: string]: string | number | boolean | null;
  period: string;
  start: string;
  /** Customers with an active subscription on the last day before the period. */
  activeAtStart: number;
  /** Customers whose last active subscription ended in the period. */
  churned: number;
  churnRate: number | null;
  /** Customers starting their first subscription. */
  new: number;
  /** Customers starting a subscription again after a churn. */
  reactivated: number;
  /** Customers active at the end of the period (or on the as-of date). */
  activeAtEnd: number;
  complete: boolean;
}

/** Shared CTEs: the periods from the first subscription start to the as-of date. */
function periodsSql(p: ChurnPeriod): string {
  return `bounds AS (SELECT ${truncSql(p, 'min(spell_start)')} AS first_ps, ${truncSql(p, '(SELECT as_of FROM cut)')} AS last_ps FROM spells),
periods AS (
  SELECT ${addSql(p, 'first_ps', 'k')} AS ps, ${addSql(p, 'first_ps', 'k + 1')} AS pe
  FROM (SELECT first_ps, unnest(range(0, ${indexSql(p, 'first_ps', 'last_ps')} + 1)) AS k FROM bounds WHERE first_ps IS NOT NULL)
)`;
}

/**
 * SQL for logo churn per period (METRICS.md §4): churned ÷ customers active at the start, where a
 * customer churns on the end date of their last active subscription (once that date is known, i.e. on
 * or before the as-of date).
 */
export function buildSubscriptionChurnSql(params: SubscriptionChurnParams): string {
  const p = params.period;
  return `WITH ${subscriptionSpellsSql(params.asOf)},
${periodsSql(p)},
-- Spells starting and ending per period; the number active at a period's start is a running balance.
moves AS (
  SELECT ${truncSql(p, 'spell_start')} AS ps, 1 AS starts, 0 AS ends, CASE WHEN n = 1 THEN 1 ELSE 0 END AS first FROM spells
  UNION ALL
  SELECT ${truncSql(p, 'spell_end')}, 0, 1, 0 FROM spells WHERE spell_end IS NOT NULL
),
per AS (
  SELECT p.ps, p.pe, coalesce(sum(m.starts), 0) AS starts, coalesce(sum(m.ends), 0) AS ends,
    coalesce(sum(m.first), 0) AS first
  FROM periods p LEFT JOIN moves m ON m.ps = p.ps GROUP BY p.ps, p.pe
),
counted AS (
  SELECT *, coalesce(sum(starts - ends) OVER (ORDER BY ps ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS active
  FROM per
)
SELECT ${labelSql(p, 'ps')} AS period, strftime(ps, '%Y-%m-%d') AS start,
  CAST(active AS INTEGER) AS "activeAtStart", CAST(ends AS INTEGER) AS churned, ends / nullif(active, 0) AS "churnRate",
  CAST(first AS INTEGER) AS new, CAST(starts - first AS INTEGER) AS reactivated,
  CAST(active + starts - ends AS INTEGER) AS "activeAtEnd",
  pe - 1 <= (SELECT as_of FROM cut) AS complete
FROM counted ORDER BY ps`;
}

/** Recurring-revenue movements of one month. */
export interface MrrRow {
  [key: string]: string | number | boolean | null;
  period: string;
  start: string;
  /** Recurring revenue on the last day before the month / on its last day (or the as-of date). */
  mrrStart: number;
  mrrEnd: number;
  /** From customers who never had a subscription before. */
  new: number;
  expansion: number;
  /** Reported as positive amounts lost. */
  contraction: number;
  churned: number;
  /** From customers coming back after having had a subscription. */
  reactivation: number;
  /** Net revenue retention: this month's recurring revenue from last month's paying customers ÷ mrrStart. */
  nrr: number | null;
  complete: boolean;
}

/**
 * SQL for monthly recurring-revenue movements and net revenue retention (METRICS.md §4). Each customer's
 * recurring revenue is the sum of the amounts of their subscriptions active on a snapshot day: the
 * last day of each month (the as-of date for the current month). A customer's change between two
 * snapshots is new (none before, never subscribed before the month), reactivation (none before, but
 * had subscribed earlier), expansion, contraction or churn (some before, none after).
 */
export function buildMrrSql(params: { asOf?: string | null }): string {
  return `WITH ${subscriptionSpellsSql(params.asOf)},
${periodsSql('month')},
snaps AS (
  SELECT ps, pe, least(pe - 1, (SELECT as_of FROM cut)) AS snap FROM periods
  UNION ALL SELECT NULL, min(ps), min(ps) - 1 FROM periods
),
mrr AS (
  SELECT x.snap, s.customer_id, sum(coalesce(s.amount, 0)) AS amount
  FROM snaps x JOIN subs s ON s.start_date <= x.snap AND coalesce(s.known_end, DATE '9999-12-31') > x.snap
  GROUP BY ALL
),
firsts AS (SELECT customer_id, min(start_date) AS first_start FROM subs GROUP BY ALL),
moves AS (
  SELECT p.ps, p.pe, c.customer_id, coalesce(a.amount, 0) AS before, coalesce(b.amount, 0) AS after, f.first_start
  FROM periods p
  JOIN snaps sb ON sb.pe = p.ps
  JOIN snaps se ON se.ps = p.ps
  CROSS JOIN (SELECT DISTINCT customer_id FROM subs) c
  LEFT JOIN mrr a ON a.snap = sb.snap AND a.customer_id = c.customer_id
  LEFT JOIN mrr b ON b.snap = se.snap AND b.customer_id = c.customer_id
  JOIN firsts f ON f.customer_id = c.customer_id
  WHERE a.amount IS NOT NULL OR b.amount IS NOT NULL
)
SELECT ${labelSql('month', 'p.ps')} AS period, strftime(p.ps, '%Y-%m-%d') AS start,
  CAST(coalesce(sum(before), 0) AS DOUBLE) AS "mrrStart",
  CAST(coalesce(sum(after), 0) AS DOUBLE) AS "mrrEnd",
  CAST(coalesce(sum(after) FILTER (WHERE before = 0 AND first_start >= p.ps), 0) AS DOUBLE) AS new,
  CAST(coalesce(sum(after - before) FILTER (WHERE before > 0 AND after > before), 0) AS DOUBLE) AS expansion,
  CAST(coalesce(sum(before - after) FILTER (WHERE before > 0 AND after > 0 AND after < before), 0) AS DOUBLE) AS contraction,
  CAST(coalesce(sum(before) FILTER (WHERE before > 0 AND after = 0), 0) AS DOUBLE) AS churned,
  CAST(coalesce(sum(after) FILTER (WHERE before = 0 AND first_start < p.ps), 0) AS DOUBLE) AS reactivation,
  sum(after) FILTER (WHERE before > 0) / nullif(sum(before), 0) AS nrr,
  p.pe - 1 <= (SELECT as_of FROM cut) AS complete
FROM periods p LEFT JOIN moves m ON m.ps = p.ps
GROUP BY p.ps, p.pe ORDER BY p.ps`;
}
