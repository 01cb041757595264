import { openAsBlob } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import type { Engine } from '../../../src/lib/engine/types';
import { recogniseLayout } from '../../../src/lib/ingest/layouts';
import { loadDataset, type DatasetInfo } from '../../../src/lib/ingest/load';
import { inputsFor, sniffFiles } from '../../../src/lib/ingest/plan';
import { sniffBytes } from '../../../src/lib/ingest/sniff/sniff';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/**
 * Known exports (Shopify, WooCommerce, Stripe, Magento) recognised from their header and loaded by the
 * rules of METRICS.md §1: order-level columns written once per order, a refunded-amount column, a
 * cancelled-at column. Every expected number is worked out by hand from the fixture's lines (see the
 * comments next to each case).
 */

const DIR = path.resolve('test/fixtures/layouts');
const headerOf = (file: string) => {
  const text = readFileSync(path.join(DIR, file), 'utf8').replace(/^\uFEFF/, '');
  return text.slice(0, text.indexOf('\n')).replace(/\r$/, '').split(',');
};

describe('recogniseLayout', () => {
  it.each([
    ['shopify-orders.csv', 'shopify-orders'],
    ['shopify-orders-guests.csv', 'shopify-orders'],
    ['shopify-customers.csv', 'shopify-customers'],
    ['woocommerce-analytics-orders.csv', 'woocommerce-orders'],
    ['woocommerce-order-export.csv', 'woocommerce-order-export'],
    ['stripe-payments.csv', 'stripe-payments'],
    ['stripe-subscriptions.csv', 'stripe-subscriptions'],
    ['magento-orders.csv', 'magento-orders'],
  ])('%s is %s', (file, id) => {
    expect(recogniseLayout(headerOf(file))?.layout.id).toBe(id);
  });

  it('maps the Shopify columns to their roles (Email is the customer: the export has no customer id)', () => {
    const h = headerOf('shopify-orders.csv');
    const m = recogniseLayout(h)!;
    const named = Object.fromEntries(Object.entries(m.fields).map(([f, i]) => [f, h[i]]));
    expect(named).toEqual({
      customerId: 'Email',
      orderId: 'Name',
      orderDate: 'Created at',
      orderTotal: 'Total',
      status: 'Financial Status',
      refundedAmount: 'Refunded Amount',
      cancelledAt: 'Cancelled at',
    });
    expect(m.attributes.map((i) => h[i])).toEqual([
      'Currency',
      'Discount Code',
      'Shipping Method',
      'Billing Country',
      'Shipping Country',
      'Source',
    ]);
  });

  it('takes newer and older spellings, in any case and column order', () => {
    const stripe = [
      'Status',
      'customer id',
      'AMOUNT',
      'Created date (UTC)',
      'amount_refunded',
      'Currency',
      'ID',
    ];
    const m = recogniseLayout(stripe)!;
    expect(m.layout.id).toBe('stripe-payments');
    expect(m.fields.orderDate).toBe(3);
    expect(m.fields.refundedAmount).toBe(4);
  });

  it('recognises nothing in a plain orders file, or when a signature column is missing', () => {
    expect(recogniseLayout(['customer_id', 'order_date', 'amount', 'order_id'])).toBeNull();
    const h = headerOf('shopify-orders.csv').filter((c) => c !== 'Lineitem name');
    expect(recogniseLayout(h)).toBeNull();
    expect(recogniseLayout([])).toBeNull();
  });

  it('a sniffed Shopify export says so, and a plain file has no layout', () => {
    const shop = sniffBytes(readFileSync(path.join(DIR, 'shopify-orders.csv')), 'orders_export.csv');
    expect(shop.layout).toBe('shopify-orders');
    expect(shop.role.role).toBe('orders');
    // `refunded` is no cancellation marker here: the Refunded Amount column takes the money back.
    expect(shop.cancellation.statuses).toEqual(['voided']);
    const plain = sniffBytes(
      new TextEncoder().encode('customer_id,order_date,amount\nA,2024-01-01,5\n'),
      'x.csv',
    );
    expect(plain.layout).toBeNull();
  });
});

interface Figures {
  read: number;
  loaded: number;
  rejected: number;
  reasons: Record<string, number>;
  customers: number;
  orders: number;
  refunds: number;
  cancelled: number;
  revenue: number | null;
  occasions: number;
}

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

async function figures(info: DatasetInfo): Promise<Figures> {
  const [o] = await engine.query<OverviewRow>(buildOverviewSql());
  const [c] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM orders WHERE cancelled');
  return {
    read: info.rows.read,
    loaded: info.rows.loaded,
    rejected: info.rows.rejected,
    reasons: info.rejectReasons,
    customers: Number(o.customers),
    orders: Number(o.orders),
    refunds: Number(o.refunds),
    cancelled: Number(c.n),
    revenue: o.revenue === null ? null : Math.round(Number(o.revenue) * 100) / 100,
    occasions: Number(o.occasions),
  };
}

async function loadFixtures(...names: string[]): Promise<DatasetInfo> {
  const files = await Promise.all(names.map(async (f) => new File([await openAsBlob(path.join(DIR, f))], f)));
  return loadDataset(engine, await inputsFor(await sniffFiles(files)));
}

/**
 * shopify-orders.csv: 3 orders over 7 lines, the order's columns on its first line only.
 * #1001 ada 2022-03-01, total 56.00 (3 lines). #1002 bo 2022-03-05 (23:30 at −05:00: the date as
 * written), total 80.00, refunded 30.00 (2 lines). #1003 ada 2022-03-08, total 40.00, refunded 40.00,
 * cancelled at 2022-03-09 (2 lines). Customers: ada, bo = 2. Orders (not cancelled): #1001, #1002 = 2.
 * Refunds: #1002's 30 = 1. Cancelled: #1003 = 1 (it adds nothing, so its refund is not taken off again).
 * Net revenue 56 + 80 − 30 = 106. Occasions: ada 03-01, bo 03-05 = 2.
 */
const SHOPIFY: Figures = {
  read: 7,
  loaded: 7,
  rejected: 0,
  reasons: {},
  customers: 2,
  orders: 2,
  refunds: 1,
  cancelled: 1,
  revenue: 106,
  occasions: 2,
};

describe('loading known exports', () => {
  it('Shopify orders: 3 orders over 7 lines, one cancelled, one partially refunded', async () => {
    const info = await loadFixtures('shopify-orders.csv');
    expect(await figures(info)).toEqual(SHOPIFY);
    expect(info.files[0].layout).toBe('shopify-orders');
    const orders = await engine.query<{
      order_id: string;
      order_date: string;
      amount: number;
      cancelled: boolean;
    }>(
      "SELECT order_id, strftime(order_date, '%Y-%m-%d') AS order_date, amount, cancelled FROM orders ORDER BY order_id",
    );
    expect(orders).toEqual([
      { order_id: '#1001', order_date: '2022-03-01', amount: 56, cancelled: false },
      { order_id: '#1002', order_date: '2022-03-05', amount: 80, cancelled: false },
      { order_id: '#1002 (refund)', order_date: '2022-03-05', amount: -30, cancelled: false },
      { order_id: '#1003', order_date: '2022-03-08', amount: 40, cancelled: true },
    ]);
  });

  it.each([
    ['Windows-1252', 'shopify-orders-excel-nb.csv'],
    ['UTF-8 with BOM', 'shopify-orders-excel-bom.csv'],
  ])(
    'the same Shopify export saved by Norwegian Excel (%s, ;, decimal comma, dd.mm.yyyy)',
    async (_, file) => {
      const info = await loadFixtures(file);
      expect(info.files[0].layout).toBe('shopify-orders');
      expect(await figures(info)).toEqual(SHOPIFY);
    },
  );

  /**
   * shopify-orders-guests.csv, 8 lines. #2001 a guest checkout with an Email: loads (1 line, 25.00,
   * 2022-12-31 as written at +01:00). #2002 no Email on any line (point of sale): both lines rejected,
   * "missing customer id". #2003 cy, 300.00, date on its first line only: both lines load, the second
   * takes the order's date. #2004: total "n/a" → first line "unparseable amount"; a rejected line lends
   * its order nothing, so the other line has neither customer nor total → "missing customer id" (the
   * first failure is named). #2005 cy, voided → cancelled, 15.00.
   * Loaded 1 + 2 + 1 = 4; rejected 4. Customers guest, cy = 2; orders #2001, #2003 = 2; cancelled 1;
   * revenue 25 + 300 = 325 (currencies are not converted); occasions 2.
   */
  it('Shopify guests, missing customers, a date on the first line only, a bad total, a voided order', async () => {
    const info = await loadFixtures('shopify-orders-guests.csv');
    expect(await figures(info)).toEqual({
      read: 8,
      loaded: 4,
      rejected: 4,
      reasons: { 'missing customer id': 3, 'unparseable amount': 1 },
      customers: 2,
      orders: 2,
      refunds: 0,
      cancelled: 1,
      revenue: 325,
      occasions: 2,
    });
    const rejects = await engine.query<{ line: number; reason: string; content: string }>(
      'SELECT line, reason, content FROM rejects ORDER BY line',
    );
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [3, 'missing customer id'],
      [4, 'missing customer id'],
      [7, 'unparseable amount'],
      [8, 'missing customer id'],
    ]);
    expect(rejects[0].content).toContain('#2002');
    const days = await engine.query<{ d: string }>(
      "SELECT strftime(order_date, '%Y-%m-%d') AS d FROM orders WHERE order_id IN ('#2001', '#2003') ORDER BY 1",
    );
    expect(days.map((r) => r.d)).toEqual(['2022-12-31', '2023-01-03']);
  });

  it('Shopify orders with the customers export: joined by Email', async () => {
    const info = await loadFixtures('shopify-orders.csv', 'shopify-customers.csv');
    expect(info.files.map((f) => f.layout)).toEqual(['shopify-orders', 'shopify-customers']);
    const rows = await engine.query<{ customer_id: string; c: string }>(
      'SELECT customer_id, "Country Code" AS c FROM customers ORDER BY customer_id',
    );
    expect(rows).toEqual([
      { customer_id: 'ada@example.com', c: 'NO' },
      { customer_id: 'bo@example.com', c: 'DK' },
    ]);
  });

  /**
   * WooCommerce analytics: 6 rows, each its own order. 101 Ada 50 (01-15) and its refund row −20
   * (01-20); 102 Bo 35; 103 Cy cancelled 25; 104 Ada 10; 105 no customer → rejected.
   * Customers Ada, Bo, Cy = 3; orders 101, 102, 104 = 3; refunds 1; cancelled 1;
   * revenue 50 − 20 + 35 + 10 = 75; occasions Ada 01-15, 02-01, Bo 01-18 = 3.
   */
  it('WooCommerce analytics orders export', async () => {
    const info = await loadFixtures('woocommerce-analytics-orders.csv');
    expect(info.files[0].layout).toBe('woocommerce-orders');
    expect(await figures(info)).toEqual({
      read: 6,
      loaded: 5,
      rejected: 1,
      reasons: { 'missing customer id': 1 },
      customers: 3,
      orders: 3,
      refunds: 1,
      cancelled: 1,
      revenue: 75,
      occasions: 3,
    });
  });

  /**
   * WooCommerce order-export plugin: 5001 (2 rows, order columns on both, total 60 taken once), 5002
   * (2 rows, order columns on the first only, total 45, refunded 15), 5003 cancelled 20.
   * Customers 3; orders 2; refunds 1; cancelled 1; revenue 60 + 45 − 15 = 90; occasions 2.
   */
  it('WooCommerce order-export plugin layout', async () => {
    const info = await loadFixtures('woocommerce-order-export.csv');
    expect(info.files[0].layout).toBe('woocommerce-order-export');
    expect(await figures(info)).toEqual({
      read: 5,
      loaded: 5,
      rejected: 0,
      reasons: {},
      customers: 3,
      orders: 2,
      refunds: 1,
      cancelled: 1,
      revenue: 90,
      occasions: 2,
    });
  });

  /**
   * Stripe payments: ch_1 A 100; ch_2 A 100 refunded 25; ch_3 B 50 refunded 50 (status Refunded);
   * ch_4 B 50 Failed → cancelled; ch_5 no customer → rejected; ch_6 C 30 at 2024-01-31T23:30:00Z.
   * Customers A, B, C = 3; orders ch_1, ch_2, ch_3, ch_6 = 4; refunds 2; cancelled 1;
   * revenue 100 + 100 − 25 + 50 − 50 + 30 = 205; occasions A 01-15, 02-15, B 01-20, C 01-31 = 4.
   */
  it('Stripe payments export', async () => {
    const info = await loadFixtures('stripe-payments.csv');
    expect(info.files[0].layout).toBe('stripe-payments');
    expect(await figures(info)).toEqual({
      read: 6,
      loaded: 5,
      rejected: 1,
      reasons: { 'missing customer id': 1 },
      customers: 3,
      orders: 4,
      refunds: 2,
      cancelled: 1,
      revenue: 205,
      occasions: 4,
    });
    const [c] = await engine.query<{ d: string }>(
      "SELECT strftime(order_date, '%Y-%m-%d') AS d FROM orders WHERE order_id = 'ch_0006'",
    );
    expect(c.d).toBe('2024-01-31');
  });

  /**
   * Magento order grid: dates as `Mar 1, 2022 10:15:00 AM`, amounts as `$120.00`, the Purchase Point
   * cell spans three lines. 1 ada 120; 2 bo 80 refunded 20; 3 ada 40 Canceled; 4 cy 60 Closed, refunded
   * 60; 5 ada 15 Pending. Customers 3; orders 1, 2, 4, 5 = 4; refunds 2; cancelled 1;
   * revenue 120 + 80 − 20 + 60 − 60 + 15 = 195; occasions ada 03-01, 04-03, bo 03-05, cy 04-02 = 4.
   */
  it('Magento 2 order grid export, with its month-name dates', async () => {
    const sniff = sniffBytes(readFileSync(path.join(DIR, 'magento-orders.csv')), 'sales_order_grid.csv');
    expect(sniff.dateFormat.format).toBe('MMM D, YYYY');
    const info = await loadFixtures('magento-orders.csv');
    expect(info.files[0].layout).toBe('magento-orders');
    expect(await figures(info)).toEqual({
      read: 5,
      loaded: 5,
      rejected: 0,
      reasons: {},
      customers: 3,
      orders: 4,
      refunds: 2,
      cancelled: 1,
      revenue: 195,
      occasions: 4,
    });
    const days = await engine.query<{ d: string }>(
      "SELECT strftime(order_date, '%Y-%m-%d') AS d FROM orders WHERE amount > 0 ORDER BY order_id",
    );
    expect(days.map((r) => r.d)).toEqual([
      '2022-03-01',
      '2022-03-05',
      '2022-03-08',
      '2022-04-02',
      '2022-04-03',
    ]);
  });

  it('Stripe subscriptions export: start, end (Ended At, not Canceled At), plan', async () => {
    const info = await loadFixtures('stripe-subscriptions.csv');
    expect(info.files[0].layout).toBe('stripe-subscriptions');
    expect(info.rows).toEqual({ read: 3, loaded: 3, rejected: 0 });
    const subs = await engine.query<{
      customer_id: string;
      s: string;
      e: string | null;
      plan: string;
      amount: number;
    }>(
      "SELECT customer_id, strftime(start_date, '%Y-%m-%d') AS s, strftime(end_date, '%Y-%m-%d') AS e, plan, amount FROM subscriptions ORDER BY customer_id",
    );
    expect(subs).toEqual([
      { customer_id: 'cus_A001', s: '2024-01-01', e: '2024-03-01', plan: 'price_basic', amount: 10 },
      { customer_id: 'cus_B002', s: '2024-02-10', e: null, plan: 'price_pro', amount: 25 },
      { customer_id: 'cus_C003', s: '2024-01-15', e: '2024-02-15', plan: 'price_basic', amount: 10 },
    ]);
  });
});

describe('the new roles work on any file the user maps them in', () => {
  const columns = ['customer_id', 'order_id', 'order_date', 'total', 'refunded', 'cancelled_at', 'sku'];
  const spec = ordersSpec(columns, {
    fields: { customerId: 0, orderId: 1, orderDate: 2, orderTotal: 3, refundedAmount: 4, cancelledAt: 5 },
    attributes: [],
  });

  /**
   * O1 (A, 3 lines; total 90 on line 1, refunded 10): 90 − 10. O2 (B, 1 line, 40, cancelled at a date):
   * cancelled. O3 (C, total repeated on both lines, 20): 20 once. O4 (D, no total on any line): both
   * lines "missing amount". O5 (refunded "abc"): "unparseable refunded amount".
   * Customers A, C = 2 (B's only order is cancelled but B is still a customer: 3); orders O1, O3 = 2;
   * refunds 1; cancelled 1; revenue 90 − 10 + 20 = 100.
   */
  it('order total once per order, refunded amount, cancelled-at', async () => {
    const text = [
      columns.join(','),
      'A,O1,2024-01-05,90.00,10,,x',
      ',O1,,,,,y',
      ',O1,2024-01-05,,,,z',
      'B,O2,2024-01-06,40,,2024-01-07 10:00:00 +0200,x',
      'C,O3,2024-01-07,20,,,x',
      'C,O3,2024-01-07,20,,,y',
      'D,O4,2024-01-08,,,,x',
      'D,O4,2024-01-08,,,,y',
      'E,O5,2024-01-09,5,abc,,x',
    ].join('\n');
    const info = await loadTexts(engine, [{ spec, text }]);
    expect(await figures(info)).toEqual({
      read: 9,
      loaded: 6,
      rejected: 3,
      reasons: { 'missing amount': 2, 'unparseable refunded amount': 1 },
      customers: 3,
      orders: 2,
      refunds: 1,
      cancelled: 1,
      revenue: 100,
      occasions: 2,
    });
  });

  it('without an order total, a line without an amount is rejected as before', async () => {
    const plain = ordersSpec(['customer_id', 'order_id', 'order_date', 'amount']);
    const text =
      'customer_id,order_id,order_date,amount\nA,O1,2024-01-05,10\n,O1,2024-01-05,\nA,O1,2024-01-05,\n';
    const info = await loadTexts(engine, [{ spec: plain, text }]);
    expect(info.rejectReasons).toEqual({ 'missing customer id': 1, 'missing amount': 1 });
  });
});
