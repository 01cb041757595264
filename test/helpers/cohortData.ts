/**
 * A small seeded shop for cohort tests: about 180 customers from Oct 2019 to Mar 2021, so it spans
 * the leap day 2020-02-29, ISO week 2020-W53 and two year boundaries, with same-day orders, multi-line
 * orders, refunds, cancellations, a refund-only customer, and customer and first-order attributes.
 */
import type { RefCustomer, RefOrderLine } from './cohortReference';

/** A deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface CohortShop {
  lines: RefOrderLine[];
  customers: RefCustomer[];
  subscriptions: { customerId: string; start: string }[];
  ordersCsv: string;
  customersCsv: string;
  subscriptionsCsv: string;
}

/** Generate the shop; `end` is the last possible order date. */
export function cohortShop(seed = 7, n = 180, end = '2021-03-20'): CohortShop {
  const rnd = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const first = dayOf('2019-10-01');
  const last = dayOf(end);
  // Customers whose first purchase falls on the hard days.
  const pinned = ['2020-02-29', '2020-12-31', '2021-01-03', '2021-01-04', '2019-12-31', '2020-01-01'];
  const lines: RefOrderLine[] = [];
  const customers: RefCustomer[] = [];
  const subscriptions: { customerId: string; start: string }[] = [];
  let orderNo = 1;
  const channels = ['web', 'store', 'app'];
  for (let i = 0; i < n; i++) {
    const id = `C${String(i + 1).padStart(3, '0')}`;
    let day = i < pinned.length ? dayOf(pinned[i]) : first + Math.floor(rnd() * (last - first - 20));
    const orders = 1 + Math.floor(-Math.log(1 - rnd()) * 2.2);
    // The channel is fixed per customer and day, so "the first order's channel" is never a tie.
    const channelOf = (d: number) => channels[(d * 7 + i * 13) % 3];
    for (let j = 0; j < orders && day <= last; j++) {
      const roll = rnd();
      const amount = Math.round((20 + rnd() * 180) * 100) / 100;
      const base = { customerId: id, date: isoOf(day), attrs: { channel: channelOf(day) } };
      if (j > 0 && roll < 0.08)
        lines.push({ ...base, orderId: `R${orderNo++}`, amount: -Math.round(amount * 50) / 100 });
      else if (j > 0 && roll < 0.13)
        lines.push({ ...base, orderId: `O${orderNo++}`, amount, cancelled: true });
      else if (roll < 0.28) {
        const orderId = `O${orderNo++}`;
        lines.push({ ...base, orderId, amount }, { ...base, orderId, amount: 9.5 });
      } else lines.push({ ...base, orderId: `O${orderNo++}`, amount });
      // Sometimes a second order the same day (one occasion), else a gap of about 45 days.
      day += rnd() < 0.12 ? 0 : 1 + Math.floor(-Math.log(1 - rnd()) * 45);
    }
    const firstDay = dayOf(lines.find((l) => l.customerId === id)!.date);
    const signup = rnd() < 0.75 ? isoOf(firstDay - Math.floor(rnd() * 70) + (rnd() < 0.1 ? 10 : 0)) : null;
    customers.push({
      customerId: id,
      signupDate: signup,
      attrs: {
        region: rnd() < 0.1 ? null : pick(['north', 'south', 'east']),
        loyalty: rnd() < 0.35 ? 'yes' : 'no',
        acquired: rnd() < 0.9 ? isoOf(firstDay - Math.floor(rnd() * 30)) : null,
        campaign: pick(['spring', 'autumn', 'friends']),
      },
    });
    if (rnd() < 0.4)
      subscriptions.push({ customerId: id, start: isoOf(firstDay + Math.floor(rnd() * 60) - 20) });
  }
  // A customer with only a refund (never in a cohort), and a subscriber who never ordered.
  lines.push({
    customerId: 'Z900',
    orderId: 'R0',
    date: '2020-06-10',
    amount: -15,
    attrs: { channel: 'web' },
  });
  subscriptions.push({ customerId: 'Z901', start: '2020-03-15' });
  const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  const ordersCsv = [
    'order_id,customer_id,order_date,amount,status,channel',
    ...lines.map((l) =>
      [
        l.orderId,
        l.customerId,
        l.date,
        l.amount,
        l.cancelled ? 'cancelled' : l.amount < 0 ? 'refund' : 'paid',
        l.attrs?.channel,
      ]
        .map(cell)
        .join(','),
    ),
  ].join('\n');
  const customersCsv = [
    'customer_id,signup_date,region,loyalty,acquired,campaign',
    ...customers.map((c) =>
      [c.customerId, c.signupDate, c.attrs?.region, c.attrs?.loyalty, c.attrs?.acquired, c.attrs?.campaign]
        .map(cell)
        .join(','),
    ),
  ].join('\n');
  const subscriptionsCsv = [
    'customer_id,start_date,end_date',
    ...subscriptions.map((s) => `${s.customerId},${s.start},`),
  ].join('\n');
  return { lines, customers, subscriptions, ordersCsv, customersCsv, subscriptionsCsv };
}
