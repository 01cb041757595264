import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { buildHygieneSql, hygieneFindings, type HygieneRow } from '../../../src/lib/ingest/hygiene';
import { loadDataset } from '../../../src/lib/ingest/load';
import { inputsFor, sniffFiles } from '../../../src/lib/ingest/plan';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const DIR = path.resolve('test/fixtures/ingest');

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

async function loadFixture(name: string): Promise<void> {
  const file = new File([await openAsBlob(path.join(DIR, name))], name);
  await loadDataset(engine, await inputsFor(await sniffFiles([file])));
}

async function hygiene(asOf?: string): Promise<HygieneRow> {
  const sql = buildHygieneSql({ asOf });
  await engine.query(`EXPLAIN ${sql}`);
  return (await engine.query<HygieneRow>(sql))[0];
}

describe('buildHygieneSql on hand-worked files', () => {
  it('refunds: four negative orders worth −200 are in net revenue (230), never purchases', async () => {
    await loadFixture('refunds.csv');
    const h = await hygiene();
    // −100 − 50 − 20 − 30; revenue 100 − 100 + 250 − 50 + 80 − 20 − 30.
    expect(h).toMatchObject({ refundOrders: 4, refundAmount: -200, orders: 3, revenue: 230 });
    expect(h).toMatchObject({ cancelledOrders: 0, duplicateRows: 0, afterAsOfOrders: 0 });
  });

  it('cancelled statuses: three orders worth 650 are left out of orders and revenue', async () => {
    await loadFixture('cancelled-status.csv');
    // Kansellert 200, Cancelled 400, Refunded 50; kept 100 + 300 + 60.
    expect(await hygiene()).toMatchObject({
      cancelledOrders: 3,
      cancelledAmount: 650,
      orders: 3,
      revenue: 460,
    });
  });

  it('C-invoices are cancellations with negative amounts: refunds, not excluded sales', async () => {
    await loadFixture('cancellation-invoices.csv');
    expect(await hygiene()).toMatchObject({
      cancelledOrders: 0,
      refundOrders: 2,
      refundAmount: -32.15,
    });
  });

  it('monthly exports: a split order is summed and counted as split, a row exported twice is a duplicate', async () => {
    const names = ['orders-2024-01.csv', 'orders-2024-02.csv'];
    const files = await Promise.all(
      names.map(async (n) => new File([await openAsBlob(path.join(DIR, n))], n)),
    );
    await loadDataset(engine, await inputsFor(await sniffFiles(files)));
    // 5004 apple 10 repeated in February (within the file), 5002 bread 20 repeated from January; 5001 has
    // lines in both files (apple 10 + pear 15).
    expect(await hygiene()).toMatchObject({
      duplicateRows: 2,
      duplicateAcrossFiles: 1,
      duplicateAmount: 30,
      splitOrders: 1,
      orders: 4,
      revenue: 60,
    });
    const ledger = await engine.query('SELECT file, line, reason, content FROM rejects ORDER BY _k, line');
    expect(ledger).toEqual([
      {
        file: 'orders-2024-02.csv',
        line: 3,
        reason: 'duplicate of a row in an earlier file',
        content: '5002,K2,2024-01-31,bread,20.00',
      },
      { file: 'orders-2024-02.csv', line: 5, reason: 'duplicate', content: '5004,K1,2024-02-10,apple,10.00' },
    ]);
    const [order] = await engine.query<{ amount: number }>(
      "SELECT amount FROM orders WHERE order_id = '5001'",
    );
    expect(order.amount).toBe(25);
  });

  it('duplicates: two exact repeats worth 20 were kept once', async () => {
    await loadFixture('duplicates.csv');
    expect(await hygiene()).toMatchObject({ duplicateRows: 2, duplicateAmount: 20, revenue: 85 });
  });

  it('orders after a chosen as-of date are counted, and the last date gap is measured', async () => {
    await loadFixture('utf8-no-bom.csv');
    const h = await hygiene('2024-02-29');
    // 1 Mar (2 500) and the 15 Mar refund (−50) are after 29 Feb.
    expect(h).toMatchObject({ asOf: '2024-02-29', afterAsOfOrders: 2, afterAsOfAmount: 2450 });
    expect(h).toMatchObject({ lastDate: '2024-02-10', previousDate: '2024-01-06' });
    expect(hygieneFindings(h).lastDateGap).toBe(35);
  });
});

describe('hygieneFindings: a history that starts mid-stream', () => {
  it('flags a first month with five times the usual new customers', async () => {
    // January: 20 customers first seen; February to May: 4 new customers each.
    const lines = ['customer_id,order_date,amount'];
    for (let i = 0; i < 20; i++) lines.push(`jan${i},2024-01-${String(1 + i).padStart(2, '0')},10`);
    for (const [m, month] of ['02', '03', '04', '05'].entries())
      for (let i = 0; i < 4; i++) lines.push(`m${m}c${i},2024-${month}-1${i},10`);
    await loadTexts(engine, [
      { spec: ordersSpec(['customer_id', 'order_date', 'amount']), text: lines.join('\n') },
    ]);
    const h = await hygiene();
    expect(h).toMatchObject({ firstMonth: '2024-01-01', firstMonthNew: 20, typicalNew: 4, months: 5 });
    expect(hygieneFindings(h)).toEqual({ lastDateGap: null, truncation: 5 });
  });

  it('stays quiet when the first month is like the others', () => {
    const row = {
      firstMonthNew: 6,
      typicalNew: 4,
      months: 6,
      lastDate: '2024-06-30',
      previousDate: '2024-06-29',
    };
    expect(hygieneFindings(row as HygieneRow)).toEqual({ lastDateGap: null, truncation: null });
  });
});
