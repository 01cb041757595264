import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import {
  buildCohortSql,
  MEASURES,
  type CohortCellRow,
  type CohortParams,
} from '../../../src/lib/analysis/cohorts';
import { buildCohortCustomersSql, type CohortCustomerRow } from '../../../src/lib/analysis/cohortCustomers';
import { shapeCohortLines } from '../../../src/lib/analysis/cohortShape';
import { cohortShop } from '../../helpers/cohortData';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const shop = cohortShop(11);
let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  const customers = ordersSpec(['customer_id', 'signup_date', 'region', 'loyalty', 'acquired', 'campaign'], {
    fileName: 'customers.csv',
    role: 'customers',
    fields: { customerId: 0, signupDate: 1 },
    attributes: [2, 3, 4, 5],
  });
  await loadTexts(engine, [
    {
      spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel'], {
        cancelledStatuses: ['cancelled'],
      }),
      text: shop.ordersCsv,
    },
    { spec: customers, text: shop.customersCsv },
  ]);
});
afterAll(() => engine.close());

/** Every cell's customer list must add up to the cell's own numerator and denominator. */
async function checkEveryCell(params: CohortParams) {
  const measure = params.measure ?? 'customers';
  const lines = shapeCohortLines(await engine.query<CohortCellRow>(buildCohortSql(params)), measure);
  let checked = 0;
  for (const line of lines)
    for (let k = 0; k < line.values.length; k += 2) {
      const cell = { cohort: line.cohort, segment: line.segment, k, complete: line.complete[k] };
      const rows = await engine.query<CohortCustomerRow>(buildCohortCustomersSql(params, cell));
      const sum = (f: (r: CohortCustomerRow) => number) => rows.reduce((s, r) => s + f(r), 0);
      if (measure === 'customers') expect(rows.length).toBe(line.numerators[k]);
      if (measure === 'orders') expect(sum((r) => r.orders_in_k)).toBe(line.numerators[k]);
      if (measure === 'revenue') expect(sum((r) => r.revenue_in_k)).toBeCloseTo(line.numerators[k], 6);
      if (measure === 'cumulative-revenue') {
        expect(rows.length).toBe(line.denominators[k]);
        expect(sum((r) => r.revenue_to_k)).toBeCloseTo(line.numerators[k], 6);
      }
      checked++;
    }
  expect(checked).toBeGreaterThan(5);
}

describe('buildCohortCustomersSql lists exactly the customers a cell counts', () => {
  for (const measure of MEASURES)
    it(`cohortCustomersSql({period: 'quarter', measure: '${measure}'})`, () =>
      checkEveryCell({ period: 'quarter', measure, by: 'loyalty' }));
  it("cohortCustomersSql({mode: 'unbounded'})", () =>
    checkEveryCell({ period: 'quarter', mode: 'unbounded' }));
  it('cohortCustomersSql on value cohorts keeps to customers whose period k has ended', () =>
    checkEveryCell({
      period: 'quarter',
      anchor: { attribute: 'campaign', date: false },
      measure: 'cumulative-revenue',
    }));
});
