import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import {
  buildRetentionCohortsSql,
  buildRetentionCurveSql,
  type RetentionAgeRow,
  type RetentionCohortRow,
} from '../../../src/lib/analysis/retentionValue';
import { Random } from '../../../src/lib/models/random';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount'];

async function load(lines: [string, string, number][]): Promise<Engine> {
  const engine = await freshEngine();
  const text = [COLUMNS.join(','), ...lines.map(([c, d, a], i) => `${i + 1},${c},${d},${a}`)].join('\n');
  await loadTexts(engine, [{ spec: ordersSpec(COLUMNS), text }]);
  return engine;
}

describe('buildRetentionCurveSql / buildRetentionCohortsSql on a hand-worked shop', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await load([
      ['A', '2024-01-05', 100],
      ['A', '2024-02-10', 50],
      ['B', '2024-01-20', 30],
      ['B', '2024-02-03', -10], // a refund: revenue in month 1, never a purchase
      ['C', '2024-02-01', 20],
      ['C', '2024-03-02', 20],
      ['D', '2023-12-31', 10],
      ['D', '2024-03-10', 5],
      ['D', '2024-03-15', 7], // the as-of date
    ]);
  });
  afterAll(() => engine.close());

  it('pools complete cells only: "in k or later" customers and revenue in month k', async () => {
    const rows = await engine.query<RetentionAgeRow>(buildRetentionCurveSql({}));
    // As of 15 Mar: Dec has completed ages 0–2, Jan 0–1, Feb 0; March none.
    expect(rows).toEqual([
      { k: 0, cohorts: 3, customers: 4, retained: 4, revenue: 160 },
      // Dec (D bought again in March) and Jan (A in Feb; B only refunded): 2 of 3; 50 − 10.
      { k: 1, cohorts: 2, customers: 3, retained: 2, revenue: 40 },
      { k: 2, cohorts: 1, customers: 1, retained: 1, revenue: 0 },
    ]);
  });

  it('lists every cohort with its size and current age', async () => {
    const rows = await engine.query<RetentionCohortRow>(buildRetentionCohortsSql({}));
    expect(rows).toEqual([
      { cohort: '2023-12', size: 1, age: 3, complete: true, as_of: '2024-03-15' },
      { cohort: '2024-01', size: 2, age: 2, complete: true, as_of: '2024-03-15' },
      { cohort: '2024-02', size: 1, age: 1, complete: true, as_of: '2024-03-15' },
    ]);
  });

  it('takes a set as-of date (later orders are not seen)', async () => {
    const rows = await engine.query<RetentionAgeRow>(buildRetentionCurveSql({ asOf: '2024-02-29' }));
    expect(rows).toEqual([
      { k: 0, cohorts: 3, customers: 4, retained: 4, revenue: 160 },
      // Dec's D has not bought again by 29 Feb; A has.
      { k: 1, cohorts: 2, customers: 3, retained: 1, revenue: 40 },
      // 29 Feb ends February, so December's age 2 is complete: D, not back.
      { k: 2, cohorts: 1, customers: 1, retained: 0, revenue: 0 },
    ]);
  });
});

/** Month index of an ISO date (year·12 + month − 1). */
const monthOf = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

/** The same numbers computed order by order, straight from METRICS.md §2 and §8. */
function bruteForce(lines: [string, string, number][], asOf: string) {
  const seen = lines.filter(([, d]) => d <= asOf);
  const first = new Map<string, string>();
  for (const [c, d, a] of seen) if (a >= 0 && (!first.has(c) || d < first.get(c)!)) first.set(c, d);
  const lastPurchase = new Map<string, number>();
  for (const [c, d, a] of seen)
    if (a >= 0) lastPurchase.set(c, Math.max(lastPurchase.get(c) ?? -1, monthOf(d) - monthOf(first.get(c)!)));
  const byCohort = new Map<number, string[]>();
  for (const [c, d] of first) byCohort.set(monthOf(d), [...(byCohort.get(monthOf(d)) ?? []), c]);
  // Month m is complete when it ended on or before the as-of date: the day after as-of is in a later month.
  const next = new Date(Date.parse(asOf) + 86_400_000).toISOString().slice(0, 10);
  const ages: { k: number; cohorts: number; customers: number; retained: number; revenue: number }[] = [];
  for (const [start, members] of byCohort) {
    for (let k = 0; start + k < monthOf(next); k++) {
      ages[k] ??= { k, cohorts: 0, customers: 0, retained: 0, revenue: 0 };
      ages[k].cohorts++;
      ages[k].customers += members.length;
      ages[k].retained += members.filter((c) => lastPurchase.get(c)! >= k).length;
      ages[k].revenue += seen
        .filter(
          ([c, d]) =>
            members.includes(c) && monthOf(d) === start + k && d >= first.get(c)!.slice(0, 8) + '01',
        )
        .reduce((s, [, , a]) => s + a, 0);
    }
  }
  const cohorts = [...byCohort]
    .sort((a, b) => a[0] - b[0])
    .map(([start, members]) => ({
      cohort: `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`,
      size: members.length,
      age: monthOf(asOf) - start,
      complete: start < monthOf(next),
      as_of: asOf,
    }));
  return { ages, cohorts };
}

describe('buildRetentionCurveSql against a brute-force computation on a seeded shop', () => {
  const rng = new Random(16);
  const lines: [string, string, number][] = [];
  const day0 = Date.UTC(2022, 10, 1);
  for (let c = 0; c < 150; c++) {
    let day = Math.floor(rng.uniform() * 520);
    const churn = 0.05 + 0.3 * rng.uniform();
    while (day < 560) {
      const date = new Date(day0 + day * 86_400_000).toISOString().slice(0, 10);
      const amount = Math.round(rng.uniform() * 20000) / 100;
      lines.push([`c${c}`, date, amount]);
      if (rng.uniform() < 0.1) lines.push([`c${c}`, date, 5]); // a second order the same day
      if (rng.uniform() < 0.05) lines.push([`c${c}`, date, -Math.round(amount * 50) / 100]); // refund
      if (rng.uniform() < churn) break;
      day += 1 + Math.floor(rng.exponential(1 / 45));
    }
  }
  let engine: Engine;
  beforeAll(async () => (engine = await load(lines)));
  afterAll(() => engine.close());

  it.each(['2024-05-14', '2024-03-31', '2023-09-01'])('as of %s', async (asOf) => {
    const expected = bruteForce(lines, asOf);
    const ages = await engine.query<RetentionAgeRow>(buildRetentionCurveSql({ asOf }));
    expect(ages.map((r) => ({ ...r, revenue: Math.round(r.revenue * 100) / 100 }))).toEqual(
      expected.ages.map((r) => ({ ...r, revenue: Math.round(r.revenue * 100) / 100 })),
    );
    expect(ages.length).toBeGreaterThan(6);
    const cohorts = await engine.query<RetentionCohortRow>(buildRetentionCohortsSql({ asOf }));
    expect(cohorts).toEqual(expected.cohorts);
  });

  it('reads the occasions once', async () => {
    const plan = await engine.query<{ explain_value: string }>(`EXPLAIN ${buildRetentionCurveSql({})}`);
    const text = plan.map((r) => Object.values(r).join('\n')).join('\n');
    expect(text.match(/customer_days/g)?.length ?? 0).toBe(1);
  });
});
