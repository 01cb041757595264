import fc from 'fast-check';
import type { Engine } from '../../../src/lib/engine/types';
import type { DatasetInfo } from '../../../src/lib/ingest/load';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import { loadTexts, ordersSpec } from '../../helpers/engine';

/**
 * Random small shops for property tests: an orders file (line items, same-day orders, refunds,
 * cancellations, blank attributes, rows that must be rejected) and a customers file (attributes,
 * signup dates, customers without orders). Days are offsets from 2023-01-01 so that weeks, months,
 * quarters and a leap year are all crossed.
 */

/** One order line as written to the file. */
export interface ShopLine {
  orderId: string;
  customer: string;
  day: number;
  amount: number;
  cancelled: boolean;
  channel: string;
}

/** A customers-file row. */
export interface ShopCustomer {
  customer: string;
  region: string;
  signupDay: number | null;
}

export interface Shop {
  lines: ShopLine[];
  customers: ShopCustomer[];
  /** Raw lines that ingest must reject (no id, unreadable date, unreadable amount). */
  bad: string[];
  /** Subscriptions: start and end day offsets (end null = running). */
  subscriptions: { customer: string; start: number; end: number | null; amount: number }[];
}

const EPOCH = Date.UTC(2023, 0, 1);
/** ISO date of a day offset from 2023-01-01. */
export const iso = (day: number) => new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);

const CHANNELS = ['web', 'store', 'app', ''];
const REGIONS = ['north', 'south', ''];

const order = fc.record({
  day: fc.integer({ min: 0, max: 720 }),
  amount: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((c) => c / 100) },
    { weight: 1, arbitrary: fc.integer({ min: -5_000, max: -1 }).map((c) => c / 100) },
    { weight: 1, arbitrary: fc.constant(0) },
  ),
  cancelled: fc.oneof(
    { weight: 9, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  items: fc.integer({ min: 1, max: 3 }),
  channel: fc.constantFrom(...CHANNELS),
});

const customerOrders = fc.array(order, { minLength: 1, maxLength: 7 });

const badLine = fc.constantFrom(
  'bad1,,2023-03-01,10.00,paid,web',
  'bad2,cX,not a date,10.00,paid,web',
  'bad3,cY,2023-03-01,ten,paid,web',
);

/** A random shop of 1–25 customers. */
export const shopArbitrary: fc.Arbitrary<Shop> = fc
  .record({
    orders: fc.array(customerOrders, { minLength: 1, maxLength: 25 }),
    regions: fc.array(fc.constantFrom(...REGIONS), { minLength: 30, maxLength: 30 }),
    signups: fc.array(fc.option(fc.integer({ min: -60, max: 0 }), { nil: null }), {
      minLength: 30,
      maxLength: 30,
    }),
    extraCustomers: fc.integer({ min: 0, max: 3 }),
    bad: fc.array(badLine, { maxLength: 3 }),
    subscriptions: fc.array(
      fc.record({
        customer: fc.integer({ min: 0, max: 24 }),
        start: fc.integer({ min: 0, max: 700 }),
        length: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
        amount: fc.constantFrom(9, 19, 49),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ orders, regions, signups, extraCustomers, bad, subscriptions }) => {
    const lines: ShopLine[] = [];
    let n = 0;
    orders.forEach((list, c) => {
      const customer = `c${c}`;
      for (const o of list) {
        const orderId = `o${++n}`;
        // Line items of one order differ in amount (same sign), so none is an exact duplicate row.
        // (A zero amount stays one line: its repeats would be exact duplicates.)
        for (let i = 0; i < (o.amount === 0 ? 1 : o.items); i++)
          lines.push({
            orderId,
            customer,
            day: o.day,
            amount: o.amount * (i + 1),
            cancelled: o.cancelled,
            channel: o.channel,
          });
      }
    });
    const ids = orders.map((_, c) => `c${c}`);
    for (let i = 0; i < extraCustomers; i++) ids.push(`x${i}`);
    const customers = ids.map((customer, i) => {
      const first = Math.min(...lines.filter((l) => l.customer === customer).map((l) => l.day), 0);
      const offset = signups[i % signups.length];
      return {
        customer,
        region: regions[i % regions.length],
        signupDay: offset === null ? null : first + offset,
      };
    });
    return {
      lines,
      customers,
      bad,
      subscriptions: subscriptions
        .filter((s) => s.customer < orders.length)
        .map((s) => ({
          customer: `c${s.customer}`,
          start: s.start,
          end: s.length === null ? null : s.start + s.length,
          amount: s.amount,
        })),
    };
  });

const ORDER_COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel'];

function ordersText(shop: Shop): string {
  const rows = shop.lines.map((l) =>
    [
      l.orderId,
      l.customer,
      iso(l.day),
      l.amount.toFixed(2),
      l.cancelled ? 'cancelled' : 'paid',
      l.channel,
    ].join(','),
  );
  return [ORDER_COLUMNS.join(','), ...rows, ...shop.bad].join('\n');
}

function customersSpec(columns: string[]): LoadSpec {
  return {
    ...ordersSpec(columns),
    fileName: 'customers.csv',
    role: 'customers',
    fields: { customerId: 0, signupDate: 2 },
    attributes: [1],
  };
}

function subscriptionsSpec(columns: string[]): LoadSpec {
  return {
    ...ordersSpec(columns),
    fileName: 'subscriptions.csv',
    role: 'subscriptions',
    fields: { customerId: 0, startDate: 1, endDate: 2, recurringAmount: 3 },
    attributes: [],
  };
}

/** Load a shop into `engine` (replacing whatever was loaded): orders, customers and any subscriptions. */
export function loadShop(engine: Engine, shop: Shop): Promise<DatasetInfo> {
  const files = [
    {
      spec: ordersSpec(ORDER_COLUMNS, { cancelledStatuses: ['cancelled'] }),
      text: ordersText(shop),
    },
    {
      spec: customersSpec(['customer_id', 'region', 'signup_date']),
      text: [
        'customer_id,region,signup_date',
        ...shop.customers.map(
          (c) => `${c.customer},${c.region},${c.signupDay === null ? '' : iso(c.signupDay)}`,
        ),
      ].join('\n'),
    },
  ];
  if (shop.subscriptions.length)
    files.push({
      spec: subscriptionsSpec(['customer_id', 'start_date', 'end_date', 'amount']),
      text: [
        'customer_id,start_date,end_date,amount',
        ...shop.subscriptions.map(
          (s) => `${s.customer},${iso(s.start)},${s.end === null ? '' : iso(s.end)},${s.amount}`,
        ),
      ].join('\n'),
    });
  return loadTexts(engine, files);
}

/** Purchase occasions per customer (METRICS §1): days with a positive, not cancelled order, sorted. */
export function occasionsOf(shop: Shop): Map<string, number[]> {
  const byOrder = new Map<string, ShopLine[]>();
  for (const l of shop.lines) byOrder.set(l.orderId, [...(byOrder.get(l.orderId) ?? []), l]);
  const out = new Map<string, Set<number>>();
  for (const lines of byOrder.values()) {
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const { customer, day, cancelled } = lines[0];
    if (cancelled || !(total >= 0)) continue; // a free order is a purchase occasion (§1)
    out.set(customer, (out.get(customer) ?? new Set()).add(day));
  }
  return new Map([...out].map(([c, days]) => [c, [...days].sort((a, b) => a - b)]));
}
