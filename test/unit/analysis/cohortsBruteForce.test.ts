import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import {
  buildCohortSql,
  MEASURES,
  MODES,
  type CohortCellRow,
  type CohortParams,
} from '../../../src/lib/analysis/cohorts';
import { shapeCohorts, type AverageKind } from '../../../src/lib/analysis/cohortShape';
import { cohortShop } from '../../helpers/cohortData';
import { refCohorts, type RefCohortParams } from '../../helpers/cohortReference';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const shop = cohortShop();
const ORDER_COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel'];
const CUSTOMER_COLUMNS = ['customer_id', 'signup_date', 'region', 'loyalty', 'acquired', 'campaign'];

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  const customers = ordersSpec(CUSTOMER_COLUMNS, {
    fileName: 'customers.csv',
    role: 'customers',
    fields: { customerId: 0, signupDate: 1 },
    attributes: [2, 3, 4, 5],
  });
  const subscriptions = ordersSpec(['customer_id', 'start_date', 'end_date'], {
    fileName: 'subscriptions.csv',
    role: 'subscriptions',
    fields: { customerId: 0, startDate: 1, endDate: 2 },
    attributes: [],
  });
  await loadTexts(engine, [
    { spec: ordersSpec(ORDER_COLUMNS, { cancelledStatuses: ['cancelled'] }), text: shop.ordersCsv },
    { spec: customers, text: shop.customersCsv },
    { spec: subscriptions, text: shop.subscriptionsCsv },
  ]);
});
afterAll(() => engine.close());

const round = (v: number | null) => (v === null ? null : Math.round(v * 1e8) / 1e8);

/** The SQL path's table, reduced to the reference's shape with numbers rounded to 8 decimals. */
async function viaSql(params: CohortParams, kind: AverageKind = 'pooled') {
  const rows = await engine.query<CohortCellRow>(buildCohortSql(params));
  const t = shapeCohorts(rows, params.measure ?? 'customers', kind);
  return {
    asOf: t.asOf,
    cohorts: t.cohorts.map((c) => ({
      cohort: c.cohort,
      segment: c.segment,
      size: c.size,
      values: c.values.map(round),
      complete: c.complete,
      lower: c.lower.map(round),
      upper: c.upper.map(round),
    })),
    average: t.average.map((a) => ({
      k: a.k,
      value: round(a.value),
      lower: round(a.lower),
      upper: round(a.upper),
    })),
  };
}

function viaReference(params: RefCohortParams) {
  const r = refCohorts(shop.lines, params, shop.customers, shop.subscriptions);
  return {
    asOf: r.asOf,
    cohorts: r.cohorts.map((c) => ({
      ...c,
      values: c.values.map(round),
      lower: c.lower.map(round),
      upper: c.upper.map(round),
    })),
    average: r.average.map((a) => ({
      k: a.k,
      value: round(a.value),
      lower: round(a.lower),
      upper: round(a.upper),
    })),
  };
}

async function expectSame(params: CohortParams & RefCohortParams) {
  const expected = viaReference(params);
  expect(expected.cohorts.length).toBeGreaterThan(0);
  expect(await viaSql(params, params.average)).toEqual(expected);
}

const PERIODS: { period: CohortParams['period']; weekStart?: 'monday' | 'sunday'; from?: string }[] = [
  // Daily cohorts over the last few months keep the grid small; every other period covers everything.
  { period: 'day', from: '2020-12-20' },
  { period: 'week' },
  { period: 'week', weekStart: 'sunday' },
  { period: 'month' },
  { period: 'quarter' },
  { period: 'year' },
];

describe('buildCohortSql agrees with a brute-force computation on a generated shop', () => {
  for (const p of PERIODS)
    for (const mode of MODES)
      for (const measure of MEASURES)
        it(`cohortSql({period: '${p.period}'${p.weekStart ? `, weekStart: '${p.weekStart}'` : ''}, mode: '${mode}', measure: '${measure}'})`, async () => {
          await expectSame({ ...p, mode, measure });
        });

  it('with an as-of date inside a period, leaving later orders out', async () => {
    for (const period of ['week', 'month', 'quarter'] as const)
      await expectSame({ period, asOf: '2021-01-13', mode: 'unbounded' });
  });

  it('with an as-of date on the last day of a period, which makes that period complete', async () => {
    for (const period of ['month', 'quarter', 'year'] as const)
      await expectSame({ period, asOf: '2020-12-31' });
    await expectSame({ period: 'week', asOf: '2021-01-03' });
    await expectSame({ period: 'week', weekStart: 'sunday', asOf: '2021-01-02', mode: 'unbounded' });
    await expectSame({ period: 'day', from: '2020-12-01', asOf: '2021-01-03' });
  });

  it('with a breakdown by a customer attribute, with blanks, and by a first-order attribute', async () => {
    await expectSame({ period: 'month', by: 'region' });
    await expectSame({ period: 'quarter', by: 'channel', measure: 'revenue' });
  });

  it('with filters and an acquisition date range', async () => {
    await expectSame({ period: 'month', filters: [{ attribute: 'loyalty', values: ['yes'] }] });
    await expectSame({
      period: 'week',
      from: '2020-03-01',
      to: '2020-09-30',
      filters: [{ attribute: 'region', values: ['north', '(blank)'] }],
      by: 'loyalty',
      measure: 'cumulative-revenue',
    });
  });

  it('anchored on signup date, subscription start, and a date attribute', async () => {
    await expectSame({ period: 'month', anchor: 'signup' });
    await expectSame({ period: 'quarter', anchor: 'subscription-start', mode: 'unbounded' });
    await expectSame({ period: 'month', anchor: { attribute: 'acquired', date: true }, measure: 'orders' });
  });

  it('anchored on a value attribute: each customer counted from their own first purchase', async () => {
    for (const measure of MEASURES)
      await expectSame({
        period: 'month',
        anchor: { attribute: 'campaign', date: false },
        measure,
        by: 'loyalty',
      });
    await expectSame({
      period: 'quarter',
      anchor: { attribute: 'campaign', date: false },
      mode: 'unbounded',
    });
  });

  it('with the simple mean as the average', async () => {
    await expectSame({ period: 'month', average: 'simple' });
    await expectSame({ period: 'quarter', measure: 'revenue', average: 'simple' });
  });
});
