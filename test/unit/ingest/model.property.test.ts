import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/**
 * The canonical tables against a brute-force reading of METRICS.md §1 on random order files: lines
 * sharing customer and order id are one order (amounts summed, earliest date, cancelled if any line
 * is), a refunded amount is a refund order of its own unless the order was cancelled, the first
 * purchase is the earliest day with a purchase (amount ≥ 0, not cancelled), and a first-order attribute
 * is that of the earliest order, then the lowest order id (numbers as numbers, then text), then the
 * lowest line. Files where every line is its own order take a shorter way to the same tables; both ways
 * are drawn here.
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

interface Line {
  customer: string;
  order: string;
  day: number;
  cents: number;
  cancelled: boolean;
  channel: string;
  refunded: number;
}

const line = fc.record({
  customer: fc.constantFrom('c1', 'c2', 'c3'),
  order: fc.constantFrom('1', '2', '10', '9', 'A', 'b', '007'),
  day: fc.integer({ min: 1, max: 4 }),
  cents: fc.integer({ min: -500, max: 5000 }),
  cancelled: fc.boolean(),
  channel: fc.constantFrom('web', 'store', 'app'),
  refunded: fc.constantFrom(0, 0, 0, 150),
});

/** Lines of an order file, each order id used by one line only or shared (both ways are drawn). */
const file = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 14 }),
  unique: fc.boolean(),
  refunds: fc.boolean(),
  /** Without an order id, each line is an order; ties go to the lowest line. */
  ids: fc.boolean(),
});

/** Order ids compared as the first-order rule does: numbers first, by value, then text. */
function byOrderId(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  const [nx, ny] = [Number.isFinite(x) ? x : Infinity, Number.isFinite(y) ? y : Infinity];
  if (nx !== ny) return nx - ny;
  return a < b ? -1 : a > b ? 1 : 0;
}

describe('orders and customers (property)', () => {
  it('are the brute-force grouping of the lines, with or without shared order ids', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ lines: drawn, unique, refunds, ids }) => {
        const lines = drawn.map((l, i) => ({
          ...l,
          order: !ids ? `#0:${i + 2}` : unique ? `${l.order}-${i}` : l.order,
        }));
        const columns = ['customer_id', 'order_id', 'order_date', 'amount', 'status', 'channel'];
        if (refunds) columns.push('refunded');
        if (!ids) columns[1] = 'note';
        const rows = lines.map((l) =>
          [
            l.customer,
            ids ? l.order : 'x',
            `2024-03-0${l.day}`,
            (l.cents / 100).toFixed(2),
            l.cancelled ? 'cancelled' : 'paid',
            l.channel,
            ...(refunds ? [(l.refunded / 100).toFixed(2)] : []),
          ].join(','),
        );
        const spec = ordersSpec(columns, {
          attributes: [5],
          cancelledStatuses: ['cancelled'],
          ...(refunds ? { fields: { ...ordersSpec(columns).fields, refundedAmount: 6 } } : {}),
        });
        await loadTexts(engine, [{ spec, text: [columns.join(','), ...rows].join('\n') + '\n' }]);

        // Brute force: orders by customer and order id, in line order.
        const orders = new Map<string, { lines: (Line & { n: number })[] }>();
        lines.forEach((l, n) => {
          const key = `${l.customer}|${l.order}`;
          const o = orders.get(key) ?? { lines: [] };
          o.lines.push({ ...l, n });
          orders.set(key, o);
        });
        const expected = [...orders.values()].flatMap(({ lines: ls }) => {
          const first = ls[0];
          const cents = ls.reduce((s, l) => s + l.cents, 0);
          const cancelled = ls.some((l) => l.cancelled);
          const day = Math.min(...ls.map((l) => l.day));
          const refunded = ls.reduce((s, l) => s + l.refunded, 0);
          const order = { customer: first.customer, order: first.order, day, cents, cancelled };
          const refund =
            refunds && refunded > 0 && !cancelled
              ? [
                  {
                    ...order,
                    order: `${first.order} (refund)`,
                    cents: -refunded,
                    cancelled: false,
                    channel: first.channel,
                    n: first.n,
                    refund: true,
                  },
                ]
              : [];
          return [{ ...order, channel: first.channel, n: first.n, refund: false }, ...refund];
        });
        const got = await engine.query<{
          customer: string;
          order: string;
          day: number;
          cents: number;
          cancelled: boolean;
        }>(
          `SELECT customer_id AS customer, order_id AS "order", day(order_date)::INTEGER AS day,
             round(amount * 100)::INTEGER AS cents, cancelled FROM orders ORDER BY 1, 2`,
        );
        const plain = expected
          .map(({ customer, order, day, cents, cancelled }) => ({ customer, order, day, cents, cancelled }))
          .sort((a, b) => (a.customer + a.order < b.customer + b.order ? -1 : 1));
        expect(got).toEqual(plain);

        // Customers: first purchase and the first order's channel.
        const customers = [...new Set(lines.map((l) => l.customer))].sort().map((customer) => {
          const own = expected.filter((o) => o.customer === customer && !o.refund);
          const purchases = own.filter((o) => o.cents >= 0 && !o.cancelled);
          const first = [...own].sort(
            (a, b) => a.day - b.day || (ids ? byOrderId(a.order, b.order) : 0) || a.n - b.n,
          )[0];
          return {
            customer,
            first: purchases.length ? Math.min(...purchases.map((o) => o.day)) : null,
            channel: first.channel,
          };
        });
        const gotCustomers = await engine.query(
          `SELECT customer_id AS customer, day(first_purchase)::INTEGER AS first, channel
           FROM customers ORDER BY 1`,
        );
        expect(gotCustomers).toEqual(customers);
      }),
      { numRuns: 60, seed: 4242 },
    );
  }, 240_000);
});
