import { describe, expect, it } from 'vitest';
import { generateShop, rng } from '../../../scripts/sample/generate';

function parse(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trim().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

describe('generateShop', () => {
  const shop = generateShop({ customers: 3000, seed: 11 });
  const orders = parse(shop.orders);
  const customers = parse(shop.customers);

  it('is deterministic for a seed and different for another', () => {
    expect(generateShop({ customers: 200, seed: 5 }).orders).toBe(
      generateShop({ customers: 200, seed: 5 }).orders,
    );
    expect(generateShop({ customers: 200, seed: 6 }).orders).not.toBe(
      generateShop({ customers: 200, seed: 5 }).orders,
    );
    const u = rng(1);
    const draws = Array.from({ length: 10_000 }, u);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });

  it('writes zero-padded text ids, Nordic cities and three channels', () => {
    expect(customers).toHaveLength(3000);
    expect(customers[0].customer_id).toMatch(/^0+1$/);
    expect(new Set(customers.map((c) => c.country))).toEqual(new Set(['NO', 'DK']));
    expect(new Set(orders.map((o) => o.channel))).toEqual(new Set(['web', 'store', 'app']));
  });

  it('has about 3 % refunds as negative amounts and about 1 % cancellations', () => {
    const refunds = orders.filter((o) => Number(o.amount) < 0).length / orders.length;
    const cancelled = orders.filter((o) => o.status === 'cancelled').length / orders.length;
    expect(refunds).toBeGreaterThan(0.02);
    expect(refunds).toBeLessThan(0.04);
    expect(cancelled).toBeGreaterThan(0.005);
    expect(cancelled).toBeLessThan(0.015);
  });

  it('makes loyalty members really retain better: more repeat buyers among them', () => {
    const member = new Map(customers.map((c) => [c.customer_id, c.loyalty_member === 'yes']));
    const days = new Map<string, Set<string>>();
    for (const o of orders) {
      if (Number(o.amount) <= 0 || o.status === 'cancelled') continue;
      if (!days.has(o.customer_id)) days.set(o.customer_id, new Set());
      days.get(o.customer_id)!.add(o.order_date);
    }
    const rate = (m: boolean) => {
      const ids = customers.filter((c) => member.get(c.customer_id) === m).map((c) => c.customer_id);
      return ids.filter((id) => (days.get(id)?.size ?? 0) >= 2).length / ids.length;
    };
    expect(rate(true)).toBeGreaterThan(rate(false) + 0.15);
  });

  it('has a Christmas peak: more orders in December than in July', () => {
    const month = (m: string) => orders.filter((o) => o.order_date.slice(5, 7) === m).length;
    expect(month('12')).toBeGreaterThan(month('07') * 1.5);
  });
});
