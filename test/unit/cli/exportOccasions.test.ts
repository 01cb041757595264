import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/sample/generate';
import { runCli, tempFiles } from '../../helpers/cli';

/** A random shop with line items, same-day orders, refunds and cancellations. */
function shop(seed: number): string {
  const u = rng(seed);
  const lines = ['order_id,customer_id,order_date,amount,status,channel'];
  for (let o = 1; o <= 400; o++) {
    const customer = String(Math.floor(u() * 50)).padStart(3, '0');
    const date = new Date(Date.UTC(2024, 0, 1 + Math.floor(u() * 200))).toISOString().slice(0, 10);
    const refund = u() < 0.06;
    const status = !refund && u() < 0.05 ? 'cancelled' : 'ok';
    // Mostly the customer's own channel: a column that changes with every order is a line-level one,
    // not offered as a segment (METRICS.md §1), and would not be exported.
    const channel = u() < 0.98 === Number(customer) % 2 > 0 ? 'web' : 'store';
    for (let i = 0, n = 1 + Math.floor(u() * 2); i < n; i++)
      lines.push(
        [
          `o${o}`,
          customer,
          date,
          ((refund ? -1 : 1) * (10 + Math.floor(u() * 9000) / 100)).toFixed(2),
          status,
          channel,
        ].join(','),
      );
  }
  return lines.join('\n') + '\n';
}

describe('lojal export-occasions', () => {
  it('writes a customer-day table that reloads to the same customers, occasions, revenue and dates', () => {
    const files = tempFiles({ 'orders.csv': shop(4) });
    const out = files['orders.csv'].replace('orders.csv', 'occasions.csv');
    const exported = runCli([
      'export-occasions',
      '--json',
      '--cancelled',
      'cancelled',
      '--out',
      out,
      files['orders.csv'],
    ]);
    expect(exported.code).toBe(0);
    const report = JSON.parse(exported.stdout);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('customer_id,order_date,amount,kind,channel');
    expect(report.rows).toBe(csv.length - 1);

    const before = JSON.parse(
      runCli(['summary', '--json', '--cancelled', 'cancelled', files['orders.csv']]).stdout,
    );
    const after = JSON.parse(runCli(['summary', '--json', out]).stdout);
    for (const key of ['customers', 'occasions', 'firstDate', 'lastDate', 'repeatRate'])
      expect(after[key], key).toEqual(before[key]);
    expect(after.revenue).toBeCloseTo(before.revenue, 6);
    // Each day's purchase orders became one row: orders are now occasions.
    expect(after.orders).toBe(before.occasions);
    expect(report.customers).toBe(before.customers);
    expect(report.rows).toBeLessThan(before.rows.loaded);
  });
});
