import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { buildCohortSql, type CohortCellRow, type CohortParams } from '../../../src/lib/analysis/cohorts';
import { shapeCohorts } from '../../../src/lib/analysis/cohortShape';
import { indexSql, periodsSinceSql, truncSql } from '../../../src/lib/analysis/period';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount'];
const SHOP = [
  COLUMNS.join(','),
  'a1,A,2024-01-10,100',
  'a2,A,2024-02-05,50',
  'a3,A,2024-03-01,20',
  'b1,B,2024-01-20,200',
  'b2,B,2024-03-10,30',
  'c1,C,2024-01-31,10',
  'c2,C,2024-01-31,5', // same day: one occasion, two orders
  'd1,D,2024-02-14,80',
  'R1,D,2024-03-02,-20', // refund: revenue, never a return
  'e1,E,2024-02-29,40', // leap day
  'e2,E,2024-03-14,60',
].join('\n');

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  await loadTexts(engine, [{ spec: ordersSpec(COLUMNS), text: SHOP }]);
});
afterAll(() => engine.close());

async function table(params: CohortParams) {
  const rows = await engine.query<CohortCellRow>(buildCohortSql(params));
  return shapeCohorts(rows, params.measure ?? 'customers');
}

describe('buildCohortSql by month on a hand-worked shop (as of 2024-03-15)', () => {
  const base: CohortParams = { period: 'month', asOf: '2024-03-15' };

  it("'in period k' counts customers with an occasion in that period; refunds are no return", async () => {
    const t = await table(base);
    expect(t.cohorts.map((c) => [c.cohort, c.size, c.numerators, c.complete])).toEqual([
      ['2024-01', 3, [3, 1, 2], [true, true, false]],
      ['2024-02', 2, [2, 1], [true, false]],
    ]);
    expect(t.cohorts[0].values[1]).toBeCloseTo(1 / 3, 12);
  });

  it("'in k or later' counts customers active in k or any later period", async () => {
    const t = await table({ ...base, mode: 'unbounded' });
    expect(t.cohorts.map((c) => c.numerators)).toEqual([
      [3, 2, 2],
      [2, 1],
    ]);
  });

  it('pools the average over complete cells only, never treating incomplete cells as zero', async () => {
    const t = await table(base);
    expect(t.average.map((a) => [a.k, a.value, a.cohorts])).toEqual([
      [0, 1, 2],
      [1, 1 / 3, 1],
      [2, null, 0],
    ]);
  });

  it('revenue retention divides by period-0 revenue, refunds included', async () => {
    const t = await table({ ...base, measure: 'revenue' });
    expect(t.cohorts[0].values.map((v) => +v!.toFixed(10))).toEqual([
      1,
      +(50 / 315).toFixed(10),
      +(50 / 315).toFixed(10),
    ]);
    expect(t.cohorts[1].values.map((v) => +v!.toFixed(10))).toEqual([1, +(40 / 120).toFixed(10)]);
  });

  it('cumulative revenue per customer is the realised CLV curve', async () => {
    const t = await table({ ...base, measure: 'cumulative-revenue' });
    expect(t.cohorts[0].values.map((v) => +v!.toFixed(10))).toEqual([
      105,
      +(365 / 3).toFixed(10),
      +(415 / 3).toFixed(10),
    ]);
    expect(t.cohorts[1].values).toEqual([60, 80]);
  });

  it('orders per customer counts orders, not occasions', async () => {
    const t = await table({ ...base, measure: 'orders' });
    expect(t.cohorts[0].numerators).toEqual([4, 1, 2]);
    expect(t.cohorts[1].numerators).toEqual([2, 1]);
  });

  it('carries a 95 % Wilson interval around each rate', async () => {
    const t = await table(base);
    // Hand computation for 1 of 3: centre (1/3 + 1.92/3)/(1 + 3.84/3) …
    const z = 1.959963984540054;
    const n = 3;
    const p = 1 / 3;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(t.cohorts[0].lower[1]).toBeCloseTo(centre - half, 12);
    expect(t.cohorts[0].upper[1]).toBeCloseTo(centre + half, 12);
    expect(t.cohorts[0].lower[1]).toBeCloseTo(0.0615, 3);
    expect(t.cohorts[0].upper[1]).toBeCloseTo(0.7923, 3);
  });

  it('labels quarters, years and days', async () => {
    expect(
      (await table({ ...base, period: 'quarter' })).cohorts.map((c) => [c.cohort, c.numerators]),
    ).toEqual([['2024-Q1', [5]]]);
    expect((await table({ ...base, period: 'year' })).cohorts.map((c) => c.cohort)).toEqual(['2024']);
    const days = await table({ ...base, period: 'day', to: '2024-01-10' });
    expect(days.cohorts.map((c) => [c.cohort, c.size])).toEqual([['2024-01-10', 1]]);
    expect(days.cohorts[0].values.length).toBe(66); // 10 Jan … 15 Mar 2024 (a leap year)
  });

  it('counts a period as complete when the as-of date is its last day', async () => {
    const t = await table({ ...base, asOf: '2024-03-31' });
    expect(t.cohorts.map((c) => c.complete)).toEqual([
      [true, true, true],
      [true, true],
    ]);
  });

  it('pools the average row (Σ retained ÷ Σ size) and offers the simple mean of rates', async () => {
    const pooled = await table({ ...base, asOf: '2024-03-31' });
    // k = 1: January 1 of 3 (A), February 1 of 2 (E).
    expect(pooled.average[1].value).toBeCloseTo(2 / 5, 12);
    const rows = await engine.query<CohortCellRow>(buildCohortSql({ ...base, asOf: '2024-03-31' }));
    expect(shapeCohorts(rows, 'customers', 'simple').average[1].value).toBeCloseTo((1 / 3 + 1 / 2) / 2, 12);
  });

  it('makes same-day orders one occasion but two orders', async () => {
    const day = { ...base, period: 'day' as const, from: '2024-01-31', to: '2024-01-31' };
    expect((await table(day)).cohorts.map((c) => [c.cohort, c.size, c.numerators[0]])).toEqual([
      ['2024-01-31', 1, 1],
    ]);
    expect((await table({ ...day, measure: 'orders' })).cohorts[0].numerators[0]).toBe(2);
  });

  it('handles the leap day as a day of its own, in February', async () => {
    const t = await table({ ...base, period: 'day', from: '2024-02-29', to: '2024-02-29' });
    expect(t.cohorts.map((c) => [c.cohort, c.size, c.values.length])).toEqual([['2024-02-29', 1, 16]]);
    expect(t.cohorts[0].values.flatMap((v, k) => (v ? [k] : []))).toEqual([0, 14]); // 14 March
    expect((await table(base)).cohorts[1].cohort).toBe('2024-02');
  });

  it('keeps a refund out of the retained count but in the revenue of its period', async () => {
    const t = await table({ ...base, from: '2024-02-14', to: '2024-02-14' }); // D alone
    expect(t.cohorts[0].numerators).toEqual([1, 0]);
    const r = await table({ ...base, from: '2024-02-14', to: '2024-02-14', measure: 'revenue' });
    expect(r.cohorts[0].values).toEqual([1, -20 / 80]);
  });

  it('restricts acquisition to the from/to range', async () => {
    const t = await table({ ...base, from: '2024-02-01' });
    expect(t.cohorts.map((c) => c.cohort)).toEqual(['2024-02']);
  });
});

describe('buildCohortSql by week across a year boundary and ISO week 53', () => {
  let weekly: Engine;
  beforeAll(async () => {
    weekly = await freshEngine();
    // 2020-12-31 is a Thursday in ISO week 2020-W53; 2021-01-03 is the Sunday ending it; 2021-01-04 starts 2021-W01.
    const text = [
      'order_id,customer_id,order_date,amount',
      '1,X,2020-12-31,10',
      '2,X,2021-01-03,10',
      '3,X,2021-01-04,10',
    ].join('\n');
    await loadTexts(weekly, [{ spec: ordersSpec(COLUMNS), text }]);
  });
  afterAll(() => weekly.close());

  const run = async (params: CohortParams) =>
    shapeCohorts(await weekly.query<CohortCellRow>(buildCohortSql(params)), params.measure ?? 'customers');

  it('starts weeks on Monday and labels them as ISO weeks', async () => {
    const t = await run({ period: 'week', asOf: '2021-01-20', measure: 'orders' });
    expect(t.cohorts.map((c) => [c.cohort, c.cohortStart, c.numerators, c.complete])).toEqual([
      ['2020-W53', '2020-12-28', [2, 1, 0, 0], [true, true, true, false]],
    ]);
  });

  it('starts weeks on Sunday when asked', async () => {
    const t = await run({ period: 'week', weekStart: 'sunday', asOf: '2021-01-20', measure: 'orders' });
    expect(t.cohorts.map((c) => [c.cohort, c.numerators])).toEqual([['2020-12-27', [1, 2, 0, 0]]]);
  });
});

describe('buildCohortSql at year boundaries: ISO weeks 53 and 1 belong to their ISO year', () => {
  let e: Engine;
  beforeAll(async () => {
    e = await freshEngine();
    const text = [
      'order_id,customer_id,order_date,amount',
      '1,V,2019-12-31,10', // Tuesday of ISO week 2020-W01
      '2,V,2020-01-02,10',
      '3,W,2021-01-02,10', // Saturday of ISO week 2020-W53
      '4,W,2021-01-05,10',
      '5,Y,2020-12-15,10',
      '6,Y,2021-01-05,10',
    ].join('\n');
    await loadTexts(e, [{ spec: ordersSpec(COLUMNS), text }]);
  });
  afterAll(() => e.close());
  const run = async (params: CohortParams) =>
    shapeCohorts(await e.query<CohortCellRow>(buildCohortSql(params)), 'customers').cohorts.map((c) => [
      c.cohort,
      c.cohortStart,
      c.numerators,
    ]);

  it("cohortSql({period: 'week'}) labels by ISO week-year", async () => {
    const t = await run({ period: 'week', asOf: '2021-01-10' });
    expect(t[0]).toEqual(['2020-W01', '2019-12-30', [1, ...Array(53).fill(0)]]);
    expect(t.slice(1)).toEqual([
      ['2020-W51', '2020-12-14', [1, 0, 0, 1]],
      ['2020-W53', '2020-12-28', [1, 1]],
    ]);
  });

  it("cohortSql({period: 'month' | 'quarter' | 'year'}) counts k across the new year", async () => {
    expect(await run({ period: 'month', asOf: '2021-01-10' })).toContainEqual([
      '2020-12',
      '2020-12-01',
      [1, 1],
    ]);
    expect(await run({ period: 'quarter', asOf: '2021-01-10' })).toContainEqual([
      '2020-Q4',
      '2020-10-01',
      [1, 1],
    ]);
    expect(await run({ period: 'year', asOf: '2021-01-10' })).toEqual([
      ['2019', '2019-01-01', [1, 1, 0]], // V: 31 Dec 2019, then 2 Jan 2020
      ['2020', '2020-01-01', [1, 1]], // Y
      ['2021', '2021-01-01', [1]], // W: ISO week 2020-W53, but calendar year 2021
    ]);
  });
});

describe('buildCohortSql quotes every name it is given', () => {
  it('breaks down and filters by a column named like an injection', async () => {
    const e = await freshEngine();
    const weird = '"; DROP TABLE orders; --';
    const cols = ['order_id', 'customer_id', 'order_date', 'amount', weird];
    await loadTexts(e, [
      {
        spec: ordersSpec(cols),
        text: `x,customer_id,order_date,amount,y\n1,A,2024-01-01,5,it's\n2,B,2024-01-02,5,`,
      },
    ]);
    const sql = buildCohortSql({
      period: 'month',
      by: weird,
      filters: [{ attribute: weird, values: ["it's", '(blank)'] }],
    });
    const rows = await e.query<CohortCellRow>(sql);
    expect(rows.map((r) => [r.segment, r.size])).toEqual([
      ['(blank)', 1],
      ["it's", 1],
    ]);
    await e.close();
  });
});

describe('periodsSinceSql', () => {
  it('equals indexSql on truncated days, for every day of two years and every period', async () => {
    const e = await freshEngine();
    for (const period of ['day', 'week', 'month', 'quarter', 'year'] as const)
      for (const ws of ['monday', 'sunday'] as const) {
        const start = truncSql(period, "DATE '2019-12-30'", ws);
        const [r] = await e.query<{ bad: number; n: number }>(
          `SELECT count(*) FILTER (WHERE ${periodsSinceSql(period, 's', 'd')} <> ${indexSql(period, 's', truncSql(period, 'd', ws))}) AS bad,
             count(*) AS n
           FROM (SELECT ${start} AS s, CAST(g AS DATE) AS d FROM generate_series(DATE '2019-12-01', DATE '2022-01-10', INTERVAL 1 DAY) t(g))`,
        );
        expect([period, ws, r.bad]).toEqual([period, ws, 0]);
        expect(r.n).toBe(772);
      }
    await e.close();
  });
});
