import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { buildDriversSql, type DriverInputRow } from '../../../src/lib/analysis/drivers';
import { rng } from '../../../scripts/sample/generate';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/**
 * Landmark analysis against a brute-force TypeScript computation on random shops: per customer, the
 * METRICS.md §5 duration and event, the channels used by day L, entry only past the landmark, and time
 * counted from it.
 */
const DAY0 = Date.UTC(2023, 0, 1);
const iso = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);
const CHANNELS = ['web', 'store', 'app', 'phone'];

function randomShop(seed: number) {
  const u = rng(seed);
  const orders: { customer: string; day: number; channel: string; amount: number }[] = [];
  const customers = 60 + Math.floor(u() * 60);
  for (let c = 0; c < customers; c++) {
    let day = Math.floor(u() * 500);
    const n = 1 + Math.floor(u() * u() * 8);
    for (let i = 0; i < n; i++) {
      // Some refunds (negative amounts) that are never purchase occasions, and a channel now and then blank.
      const amount = u() < 0.08 ? -20 : 10 + Math.floor(u() * 90);
      orders.push({
        customer: `C${c}`,
        day,
        channel: u() < 0.05 ? '' : CHANNELS[Math.floor(u() * 4)],
        amount,
      });
      day += Math.floor(u() * u() * 200);
    }
  }
  return orders;
}

function bruteForce(orders: ReturnType<typeof randomShop>, window: number, landmark: number) {
  const purchases = orders.filter((o) => o.amount > 0);
  const asOf = Math.max(...orders.map((o) => o.day));
  const byCustomer = new Map<string, typeof purchases>();
  for (const o of purchases) byCustomer.set(o.customer, [...(byCustomer.get(o.customer) ?? []), o]);
  const counts = new Map<string, number>();
  for (const list of byCustomer.values()) {
    const first = Math.min(...list.map((o) => o.day));
    const last = Math.max(...list.map((o) => o.day));
    const event = asOf - last > window;
    const duration = (event ? last : asOf) - first;
    if (!(duration > landmark)) continue;
    const used = new Set(list.filter((o) => o.day <= first + landmark && o.channel).map((o) => o.channel))
      .size;
    const level = used === 0 ? '(blank)' : used >= 3 ? '3+' : String(used);
    const key = JSON.stringify([level, duration - landmark, event]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([k, n]) => [...JSON.parse(k), n])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(() => engine.close());

describe('landmark analysis of channels used by the landmark', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`matches the brute force on random shop ${seed}`, async () => {
      const orders = randomShop(seed);
      const text = [
        'customer_id,order_date,amount,channel',
        ...orders.map((o) => `${o.customer},${iso(o.day)},${o.amount},${o.channel}`),
      ].join('\n');
      await loadTexts(engine, [
        { spec: ordersSpec(['customer_id', 'order_date', 'amount', 'channel']), text },
      ]);
      const window = 30 + seed * 10;
      const landmark = 60 + seed * 15;
      const rows = await engine.query<DriverInputRow>(
        buildDriversSql({
          window,
          landmarkDays: landmark,
          minLevel: 1,
          candidates: [{ kind: 'channels', column: 'channel' }],
        }),
      );
      const got = rows
        .map((r) => [r.level, r.duration, r.event, r.n])
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      const want = bruteForce(orders, window, landmark);
      expect(want.length).toBeGreaterThan(3);
      expect(got).toEqual(want);
    });
  }
});
