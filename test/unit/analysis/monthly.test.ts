import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/sample/generate';
import { buildMonthlySql, type MonthlyRow } from '../../../src/lib/analysis/monthly';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount'];
let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(() => engine.close());

describe('buildMonthlySql', () => {
  it('splits active customers into new and returning per month, on a hand-worked shop', async () => {
    await loadTexts(engine, [
      {
        spec: ordersSpec(COLUMNS),
        text: [
          COLUMNS.join(','),
          '1,a,2024-01-03,100', // a new in January
          '2,a,2024-01-20,50', //  a again in January: still one new customer
          '3,b,2024-01-31,10', //  b new in January
          '4,a,2024-03-02,70', //  a returning in March (February is empty, but listed)
          '5,b,2024-03-09,-10', // b's refund: revenue only, not active
          '6,c,2024-03-15,30', //  c new in March
        ].join('\n'),
      },
    ]);
    const rows = await engine.query<MonthlyRow>(buildMonthlySql());
    expect(rows).toEqual([
      { month: '2024-01', newCustomers: 2, returningCustomers: 0, revenue: 160 },
      { month: '2024-02', newCustomers: 0, returningCustomers: 0, revenue: 0 },
      { month: '2024-03', newCustomers: 1, returningCustomers: 1, revenue: 90 },
    ]);
  });

  it('agrees with a brute-force count on a random shop', async () => {
    const u = rng(9);
    const lines = Array.from({ length: 500 }, (_, i) => {
      const day = new Date(Date.UTC(2023, 0, 1 + Math.floor(u() * 400))).toISOString().slice(0, 10);
      const amount = Math.round((u() < 0.05 ? -1 : 1) * (1 + u() * 99) * 100) / 100;
      return { id: `o${i}`, customer: `c${Math.floor(u() * 40)}`, day, amount };
    });
    await loadTexts(engine, [
      {
        spec: ordersSpec(COLUMNS),
        text: [COLUMNS.join(','), ...lines.map((l) => [l.id, l.customer, l.day, l.amount].join(','))].join(
          '\n',
        ),
      },
    ]);
    const rows = await engine.query<MonthlyRow>(buildMonthlySql({ asOf: '2023-12-31' }));
    const kept = lines.filter((l) => l.day <= '2023-12-31');
    const first = new Map<string, string>();
    for (const l of [...kept].sort((a, b) => a.day.localeCompare(b.day)))
      if (l.amount > 0 && !first.has(l.customer)) first.set(l.customer, l.day.slice(0, 7));
    for (const r of rows) {
      const inMonth = kept.filter((l) => l.day.slice(0, 7) === r.month);
      const active = new Set(inMonth.filter((l) => l.amount > 0).map((l) => l.customer));
      const fresh = [...active].filter((c) => first.get(c) === r.month).length;
      expect(r.newCustomers).toBe(fresh);
      expect(r.returningCustomers).toBe(active.size - fresh);
      expect(r.revenue).toBeCloseTo(
        inMonth.reduce((s, l) => s + l.amount, 0),
        6,
      );
    }
    expect(rows.map((r) => r.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
    );
  });
});
