import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOccasionsSql, WAREHOUSE_OCCASIONS_SQL } from '../../../src/lib/analysis/occasions';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount', 'status'];
const ORDERS = [
  COLUMNS.join(','),
  '1,a,2024-01-05,100,paid', // two line items of one order …
  '1,a,2024-01-05,20,paid',
  '2,a,2024-01-05,30,paid', // … and a second order the same day: one purchase row of 150
  'R,a,2024-01-05,-10,paid', // a refund the same day: its own refund row
  '3,b,2024-01-06,40,cancelled', // b only cancelled: kept at 0 so b still counts as a customer
  '4,a,2024-02-01,60,paid',
].join('\n');

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  await loadTexts(engine, [
    { spec: ordersSpec(COLUMNS, { cancelledStatuses: ['cancelled'] }), text: ORDERS },
  ]);
});
afterAll(() => engine.close());

describe('buildOccasionsSql', () => {
  it('writes one purchase row per customer-day, refund days apart, cancelled-only days at zero', async () => {
    expect(await engine.query(buildOccasionsSql([]))).toEqual([
      { customer_id: 'a', order_date: '2024-01-05', amount: 150, kind: 'purchase' },
      { customer_id: 'a', order_date: '2024-01-05', amount: -10, kind: 'refund' },
      { customer_id: 'a', order_date: '2024-02-01', amount: 60, kind: 'purchase' },
      { customer_id: 'b', order_date: '2024-01-06', amount: 0, kind: 'cancelled' },
    ]);
  });

  it('has a warehouse twin that DuckDB accepts and that gives the same purchase and refund rows', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE order_lines AS SELECT * FROM (VALUES
      ('a', '1', DATE '2024-01-05', 100.0, 'paid'), ('a', '1', DATE '2024-01-05', 20.0, 'paid'),
      ('a', '2', DATE '2024-01-05', 30.0, 'paid'), ('a', 'R', DATE '2024-01-05', -10.0, 'paid'),
      ('b', '3', DATE '2024-01-06', 40.0, 'cancelled'), ('a', '4', DATE '2024-02-01', 60.0, 'paid')
    ) t(customer_id, order_id, order_date, amount, status)`);
    const rows = await engine.query(WAREHOUSE_OCCASIONS_SQL);
    expect(rows.map((r) => [r.customer_id, r.order_date, r.amount, r.kind])).toEqual([
      ['a', '2024-01-05', 150, 'purchase'],
      ['a', '2024-01-05', -10, 'refund'],
      ['a', '2024-02-01', 60, 'purchase'],
    ]);
  });

  it('is the query the README documents', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(WAREHOUSE_OCCASIONS_SQL);
  });
});
