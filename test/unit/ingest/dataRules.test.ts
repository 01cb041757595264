import { afterEach, describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import type { Engine } from '../../../src/lib/engine/types';
import { buildHygieneSql, type HygieneRow } from '../../../src/lib/ingest/hygiene';
import { loadDataset } from '../../../src/lib/ingest/load';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/** METRICS.md §1 data rules, each on a hand-worked file. */
describe('data rules (METRICS.md §1)', () => {
  let engine: Engine | null = null;
  afterEach(async () => {
    await engine?.close();
    engine = null;
  });

  it('a free order is an order and a purchase occasion; a cancelled free order and a refund are not', async () => {
    engine = await freshEngine();
    const cols = ['order_id', 'customer_id', 'order_date', 'amount', 'status'];
    await loadTexts(engine, [
      {
        spec: ordersSpec(cols, { cancelledStatuses: ['cancelled'] }),
        text: [
          cols.join(','),
          '1,A,2024-01-01,10,paid',
          '2,A,2024-02-01,0,paid', // free: an order and A's second occasion
          '3,B,2024-01-05,0,paid', // B's only order is free: one occasion, no revenue
          '4,C,2024-01-07,0,cancelled', // cancelled: no order, no occasion
          '5,A,2024-03-01,-4,paid', // refund
        ].join('\n'),
      },
    ]);
    const [row] = await engine.query<OverviewRow>(buildOverviewSql());
    // Orders 1, 2, 3; occasions A ×2, B ×1; A repeats, B does not → repeat rate 1 / 2.
    expect([row.customers, row.orders, row.refunds, row.occasions, row.revenue]).toEqual([3, 3, 1, 3, 6]);
    expect(row.repeatRate).toBe(0.5);
  });

  it("a customer attribute from order lines is the first order's: earliest date, lowest order id, lowest line", async () => {
    engine = await freshEngine();
    const cols = ['order_id', 'customer_id', 'order_date', 'amount', 'channel'];
    // A: two orders on the first day, order 10 written first; 9 < 10 as numbers (not as text) → "store".
    // B: order 7's two lines disagree; its first line says "app". C: a later day never counts.
    const text = [
      cols.join(','),
      '10,A,2024-01-02,5,web',
      '9,A,2024-01-02,5,store',
      '8,B,2024-01-03,5,web',
      '7,B,2024-01-03,5,app',
      '7,B,2024-01-03,5,web',
      '3,C,2024-02-01,5,web',
      '4,C,2024-01-15,5,phone',
    ].join('\n');
    await loadTexts(engine, [{ spec: ordersSpec(cols), text }]);
    const rows = await engine.query<{ customer_id: string; channel: string | null }>(
      'SELECT customer_id, channel FROM customers ORDER BY customer_id',
    );
    expect(rows).toEqual([
      { customer_id: 'A', channel: 'store' },
      { customer_id: 'B', channel: 'app' },
      { customer_id: 'C', channel: 'phone' },
    ]);
  });

  it('without an order id, the first order is the earliest row, then the lowest line', async () => {
    engine = await freshEngine();
    const cols = ['customer_id', 'order_date', 'amount', 'channel'];
    const text = [
      cols.join(','),
      'A,2024-01-02,5,web',
      'A,2024-01-02,6,store',
      'B,2024-01-05,5,app',
      'B,2024-01-04,5,phone',
      'C,2024-01-02,5,web',
      'C,2024-01-01,5,', // C's first order has no channel: blank, not the later order's
    ].join('\n');
    await loadTexts(engine, [{ spec: ordersSpec(cols), text }]);
    const rows = await engine.query<{ customer_id: string; channel: string | null }>(
      'SELECT customer_id, channel FROM customers ORDER BY customer_id',
    );
    expect(rows).toEqual([
      { customer_id: 'A', channel: 'web' },
      { customer_id: 'B', channel: 'phone' },
      { customer_id: 'C', channel: null },
    ]);
  });
});

describe('identical rows (METRICS.md §1)', () => {
  let engine: Engine | null = null;
  afterEach(async () => {
    await engine?.close();
    engine = null;
  });
  // Two identical rows of A (the same item bought twice on one day?) and one of B, written three times.
  const rows = [
    'A,2024-01-05,10',
    'A,2024-01-05,10',
    'B,2024-01-06,20',
    'B,2024-01-06,20',
    'B,2024-01-06,20',
  ];
  const load = async (withId: boolean, once?: boolean) => {
    engine = await freshEngine();
    const cols = withId
      ? ['order_id', 'customer_id', 'order_date', 'amount']
      : ['customer_id', 'order_date', 'amount'];
    const body = rows.map((r) => (withId ? `${r.startsWith('A') ? 1 : 2},${r}` : r));
    const info = await loadDataset(
      engine,
      [{ spec: ordersSpec(cols), source: { kind: 'text', text: [cols.join(','), ...body].join('\n') } }],
      { identicalRowsOnce: once },
    );
    const [h] = await engine.query<HygieneRow>(buildHygieneSql());
    return { info, h };
  };

  it('without an order id all identical rows are kept, and the hygiene panel counts the repeats', async () => {
    const { info, h } = await load(false);
    expect(info.rows).toEqual({ read: 5, loaded: 5, rejected: 0 });
    // Revenue 10 + 10 + 20 × 3 = 80; the 3 repeats are worth 10 + 20 + 20 = 50.
    expect([h.revenue, h.orders, h.identicalKept, h.identicalAmount, h.duplicateRows]).toEqual([
      80, 5, 3, 50, 0,
    ]);
  });

  it('without an order id, the switch keeps them once: the repeats become rejected duplicates', async () => {
    const { info, h } = await load(false, true);
    expect(info.rows).toEqual({ read: 5, loaded: 2, rejected: 3 });
    expect(info.rejectReasons).toEqual({ duplicate: 3 });
    expect([h.revenue, h.identicalKept, h.duplicateRows, h.duplicateAmount]).toEqual([30, 0, 3, 50]);
  });

  it('with an order id identical rows are kept once, switch or not', async () => {
    const { info, h } = await load(true);
    expect(info.rows).toEqual({ read: 5, loaded: 2, rejected: 3 });
    expect([h.revenue, h.identicalKept, h.duplicateRows]).toEqual([30, 0, 3]);
  });
});
