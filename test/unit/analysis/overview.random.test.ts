import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/sample/generate';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';
import { refOverview, type RefLine } from '../../helpers/reference';

/** Random order lines: line items sharing order ids, same-day orders, refunds and cancellations. */
function randomLines(seed: number, n: number): RefLine[] {
  const u = rng(seed);
  const lines: RefLine[] = [];
  let order = 0;
  while (lines.length < n) {
    const customerId = String(Math.floor(u() * 60)).padStart(4, '0');
    const day = 1 + Math.floor(u() * 80);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const orderId = `o${++order}`;
    const items = 1 + Math.floor(u() * 3);
    const refund = u() < 0.08;
    const cancelled = !refund && u() < 0.05;
    for (let i = 0; i < items; i++) {
      const amount = Math.round((refund ? -1 : 1) * (5 + u() * 200) * 100) / 100;
      lines.push({ orderId, customerId, date, amount, cancelled });
    }
  }
  return lines;
}

const toCsv = (lines: RefLine[]) =>
  ['order_id,customer_id,order_date,amount,status']
    .concat(
      lines.map((l) =>
        [l.orderId, l.customerId, l.date, l.amount.toFixed(2), l.cancelled ? 'cancelled' : 'ok'].join(','),
      ),
    )
    .join('\n');

describe('buildOverviewSql against a brute-force computation on random shops', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
  });
  afterAll(() => engine.close());

  for (const seed of [1, 2, 3]) {
    it(`agrees on shop ${seed} at the last date and at two earlier as-of dates`, async () => {
      const lines = randomLines(seed, 600);
      const spec = ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status'], {
        cancelledStatuses: ['cancelled'],
      });
      await loadTexts(engine, [{ spec, text: toCsv(lines) }]);
      for (const asOf of [undefined, '2024-02-15', '2024-01-10']) {
        const [row] = await engine.query<OverviewRow>(buildOverviewSql({ asOf }));
        const ref = refOverview(lines, asOf);
        expect(row).toMatchObject({
          customers: ref.customers,
          orders: ref.orders,
          refunds: ref.refunds,
          occasions: ref.occasions,
          firstDate: ref.firstDate,
          asOf: ref.asOf,
        });
        expect(row.revenue).toBeCloseTo(ref.revenue, 6);
        expect(row.repeatRate).toBeCloseTo(ref.repeatRate!, 12);
        expect(row.averageOrderValue).toBeCloseTo(ref.averageOrderValue!, 9);
      }
    });
  }
});
