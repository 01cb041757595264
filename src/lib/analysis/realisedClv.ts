import { asOfSql } from './asOf';
import { addSql, indexSql, labelSql, truncSql } from './period';
import { segmentSql } from './segments';

/** Cohort periods realised CLV is shown in. */
export type ClvPeriod = 'week' | 'month' | 'quarter';

/** Settings of realised CLV. */
export interface RealisedClvParams {
  period: ClvPeriod;
  /** Longest cohort age, in periods (default 24). */
  maxAge?: number;
  /** A `customers` column to split by. */
  by?: string | null;
  /** Segments kept by name; the rest are folded into "(other)" (null: keep every one). */
  keep?: readonly string[] | null;
  asOf?: string | null;
}

/** Cumulative net revenue per customer of one cohort (× segment) up to age k + 1 periods. */
export interface RealisedClvRow {
  [key: string]: string | number | boolean | null;
  cohort: string;
  cohort_start: string;
  segment: string | null;
  size: number;
  /** Age in periods: the value covers periods 0 … age − 1 of the cohort. */
  age: number;
  /** Cumulative net revenue of the cohort over those periods (refunds included). */
  revenue: number;
  /** revenue ÷ size: realised CLV at this age (METRICS.md §2, §6). */
  value: number;
  /** Period age − 1 ended on or before the as-of date. */
  complete: boolean;
}

/**
 * SQL for realised CLV (METRICS.md §6 → §2 "cumulative revenue per customer"): for each cohort of first
 * purchase (× segment) and each age 1 … maxAge periods that has begun by the as-of date, the cohort's net
 * revenue in periods 0 … age − 1 divided by its size. Revenue is every order's (refunds included), from
 * the first occasion on. A cell is complete when its last period ended on or before the as-of date.
 */
export function buildRealisedClvSql(params: RealisedClvParams): string {
  const p = params.period;
  const maxAge = Math.max(1, Math.floor(params.maxAge ?? 24));
  return `WITH cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
base AS (
  SELECT c.customer_id, c.first_purchase AS fp, ${truncSql(p, 'c.first_purchase')} AS cs, ${segmentSql(params.by, 'c', params.keep)} AS segment
  FROM customers c
  WHERE c.first_purchase IS NOT NULL AND c.first_purchase <= (SELECT as_of FROM cut)
),
sizes AS (SELECT cs, segment, count(*) AS size FROM base GROUP BY ALL),
rev AS (
  SELECT b.cs, b.segment, ${indexSql(p, 'b.cs', truncSql(p, 'd.day'))} AS k, sum(d.revenue) AS revenue
  FROM base b JOIN customer_days d USING (customer_id)
  WHERE d.day <= (SELECT as_of FROM cut) AND d.day >= b.fp
  GROUP BY ALL
),
grid AS (
  SELECT s.cs, s.segment, s.size, t.k FROM sizes s, range(0, ${maxAge}) t(k)
  WHERE ${addSql(p, 's.cs', 't.k')} <= (SELECT as_of FROM cut)
),
cumulative AS (
  SELECT g.*, sum(coalesce(r.revenue, 0)) OVER (PARTITION BY g.cs, g.segment ORDER BY g.k) AS revenue
  FROM grid g LEFT JOIN rev r ON r.cs = g.cs AND r.segment IS NOT DISTINCT FROM g.segment AND r.k = g.k
)
SELECT ${labelSql(p, 'cs')} AS cohort, strftime(cs, '%Y-%m-%d') AS cohort_start, segment,
  CAST(size AS INTEGER) AS size, CAST(k + 1 AS INTEGER) AS age,
  CAST(revenue AS DOUBLE) AS revenue, CAST(revenue / size AS DOUBLE) AS value,
  ${addSql(p, 'cs', 'k + 1')} - 1 <= (SELECT as_of FROM cut) AS complete
FROM cumulative
ORDER BY segment NULLS FIRST, cs, k`;
}

/** Realised CLV at one age, pooled over the cohorts whose cell is complete. */
export interface RealisedClvPoint {
  segment: string | null;
  age: number;
  /** Σ revenue ÷ Σ size over complete cohorts (METRICS.md §2: the weighted mean). */
  value: number;
  cohorts: number;
  customers: number;
}

/**
 * Pool the rows into one curve per segment: at each age, total revenue ÷ total size over the cohorts
 * that have completed that age. Incomplete cells never enter the average (§2). Ages without a complete
 * cohort are left out.
 */
export function poolRealisedClv(rows: RealisedClvRow[]): RealisedClvPoint[] {
  const acc = new Map<string, RealisedClvPoint & { revenue: number }>();
  for (const r of rows) {
    if (!r.complete) continue;
    const key = `${r.segment ?? '\u0000'}|${r.age}`;
    const a = acc.get(key) ?? {
      segment: r.segment,
      age: r.age,
      value: 0,
      cohorts: 0,
      customers: 0,
      revenue: 0,
    };
    a.revenue += r.revenue;
    a.customers += r.size;
    a.cohorts += 1;
    acc.set(key, a);
  }
  return [...acc.values()]
    .map(({ revenue, ...a }) => ({ ...a, value: a.customers > 0 ? revenue / a.customers : 0 }))
    .sort((a, b) => (a.segment ?? '').localeCompare(b.segment ?? '') || a.age - b.age);
}
