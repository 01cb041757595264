import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import type { DatasetInfo } from '../../../src/lib/ingest/load';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

// A hand-worked shop. Line numbers are the file's own (header = line 1).
const ORDERS = [
  'order_id,customer_id,order_date,amount,channel', // 1
  '1,001,2024-01-05,100.00,web', // 2  order 1, line item
  '1,001,2024-01-05,50.00,web', // 3  order 1, line item → order 1 = 150
  '2,001,2024-01-05,20,web', // 4  same day as order 1 → still one occasion
  '3,001,2024-02-10,80,store', // 5
  'R1,001,2024-02-12,-30,store', // 6  refund: revenue −30, never an occasion
  '4,002,2024-01-20,200,app', // 7
  '4,002,2024-01-20,200,app', // 8  exact duplicate → rejected
  '5,,2024-01-21,10,web', // 9  no customer id → rejected
  '6,003,not-a-date,10,web', // 10 → rejected
  '7,003,2024-03-01,abc,web', // 11 → rejected
  '8,003,2024-03-01,15,web,extra', // 12 wrong number of fields → rejected
  '9,004,2024-03-05,60,web', // 13
].join('\n');

let engine: Engine;
let info: DatasetInfo;
beforeAll(async () => {
  engine = await freshEngine();
  info = await loadTexts(engine, [
    { spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'channel']), text: ORDERS },
  ]);
});
afterAll(() => engine.close());

describe('buildOverviewSql on a hand-worked shop', () => {
  it('accounts for every row: read = loaded + rejected, with reasons and lines', async () => {
    expect(info.rows).toEqual({ read: 12, loaded: 7, rejected: 5 });
    const rejects = await engine.query('SELECT line, reason FROM rejects ORDER BY line');
    expect(rejects).toEqual([
      { line: 8, reason: 'duplicate' },
      { line: 9, reason: 'missing customer id' },
      { line: 10, reason: 'unparseable date' },
      { line: 11, reason: 'unparseable amount' },
      { line: 12, reason: 'wrong number of fields' },
    ]);
  });

  it('computes the headline numbers per METRICS §1 and §3', async () => {
    const [row] = await engine.query<OverviewRow>(buildOverviewSql());
    expect(row).toMatchObject({
      customers: 3,
      orders: 5,
      refunds: 1,
      occasions: 4,
      revenue: 480,
      firstDate: '2024-01-05',
      lastDate: '2024-03-05',
      asOf: '2024-03-05',
    });
    expect(row.repeatRate).toBeCloseTo(1 / 3, 12);
    expect(row.averageOrderValue).toBeCloseTo(96, 12);
  });

  it('leaves out orders after the as-of date', async () => {
    const [row] = await engine.query<OverviewRow>(buildOverviewSql({ asOf: '2024-02-11' }));
    // 001: orders 1, 2, 3 (the refund on 02-12 is later); 002: order 4.
    expect(row).toMatchObject({
      customers: 2,
      orders: 4,
      refunds: 0,
      occasions: 3,
      revenue: 450,
      asOf: '2024-02-11',
    });
    expect(row.repeatRate).toBeCloseTo(1 / 2, 12);
  });
});
