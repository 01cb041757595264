import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

/**
 * `lojal summary --json` names the known export it read. The figures are the hand-worked ones of
 * test/unit/ingest/layouts.test.ts (shopify-orders.csv: 2 customers, 2 orders, 1 refund, revenue
 * 56 + 80 − 30 = 106; stripe-payments.csv: 3 customers, 4 orders, revenue 205, one payment without a
 * customer rejected), on both engines.
 */
const DIR = path.resolve('test/fixtures/layouts');
const fixture = (f: string) => path.join(DIR, f);

describe('lojal summary: layout', () => {
  it.each(['wasm', 'native'])('a Shopify orders export (%s engine)', (engine) => {
    const r = runCli(['summary', '--json', '--engine', engine, fixture('shopify-orders.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.layout).toBe('shopify-orders');
    expect(out).toMatchObject({
      customers: 2,
      orders: 2,
      occasions: 2,
      rows: { read: 7, loaded: 7, rejected: 0 },
    });
    expect(out.revenue).toBeCloseTo(106, 9);
    expect(out.firstDate).toBe('2022-03-01');
    expect(out.lastDate).toBe('2022-03-08');
  });

  it('Stripe payments, with its rejected row named', () => {
    const r = runCli(['summary', '--json', fixture('stripe-payments.csv')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.layout).toBe('stripe-payments');
    expect(out).toMatchObject({ customers: 3, orders: 4 });
    expect(out.revenue).toBeCloseTo(205, 9);
    expect(out.rejects).toEqual([
      { file: fixture('stripe-payments.csv'), line: 6, reason: 'missing customer id' },
    ]);
  });

  it('the orders file decides when a customers export comes along; plain text output says it too', () => {
    const r = runCli([
      'summary',
      '--json',
      fixture('shopify-orders.csv'),
      '--customers',
      fixture('shopify-customers.csv'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).layout).toBe('shopify-orders');
    const text = runCli(['summary', fixture('woocommerce-order-export.csv')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^layout +woocommerce-order-export$/m);
  });
});
