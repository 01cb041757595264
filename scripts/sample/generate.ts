/**
 * A seeded generator for a realistic Nordic shop, used for the built-in sample data and for benchmark
 * files of any size. Same seed and size, same bytes.
 *
 * How customers behave (a BG/NBD-like process, so the lifetime-value models have something true to find):
 * - acquisition dates grow over the years, with a peak before Christmas and a summer dip;
 * - each customer buys at their own weekly rate (gamma distributed) and, after every purchase, stops for
 *   good with their own probability (beta distributed);
 * - loyalty-programme members buy more often and stop less often, so they really do retain better;
 * - purchases are thinned by the season (November and December busiest, July quietest);
 * - about 3 % of orders are later refunded, written as a separate order with a negative amount, and
 *   about 1 % are cancelled (status `cancelled`).
 */

/** A small, fast, seeded PRNG (mulberry32): uniform in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, 1) by Marsaglia and Tsang. */
function gamma(u: () => number, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * Math.pow(u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(u);
    const v = Math.pow(1 + c * x, 3);
    if (v > 0 && Math.log(1 - u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function beta(u: () => number, a: number, b: number): number {
  const x = gamma(u, a);
  return x / (x + gamma(u, b));
}

function pick<T>(u: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = u() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Relative shopping activity by month (January = 0): Christmas peak, summer dip. */
const SEASON = [0.85, 0.8, 0.9, 0.95, 1, 0.9, 0.65, 0.85, 1, 1.05, 1.35, 1.6];
const season = (day: number) => SEASON[new Date(day * DAY_MS).getUTCMonth()];

const CITIES = [
  ['Oslo', 'NO', 30],
  ['Bergen', 'NO', 12],
  ['Trondheim', 'NO', 9],
  ['Stavanger', 'NO', 7],
  ['Tromsø', 'NO', 4],
  ['København', 'DK', 20],
  ['Aarhus', 'DK', 9],
  ['Odense', 'DK', 5],
  ['Aalborg', 'DK', 4],
] as const;
const CHANNELS = [
  ['web', 50],
  ['store', 32],
  ['app', 18],
] as const;
const PLANS = [
  ['basic', 149, 50],
  ['plus', 249, 35],
  ['premium', 349, 15],
] as const;

export interface SampleOptions {
  seed?: number;
  customers?: number;
  /** First and last calendar day of the shop's history. */
  start?: string;
  end?: string;
  /** Share of customers with a subscription (for subscriptions.csv). */
  subscriberShare?: number;
}

export interface SampleShop {
  orders: string;
  customers: string;
  subscriptions: string;
  counts: { customers: number; orders: number; subscriptions: number };
}

/**
 * Generate the shop. Yields CSV text: `orders.csv` (order_id, customer_id, order_date, amount, channel,
 * status), `customers.csv` (customer_id, signup_date, city, country, loyalty_member, acquisition_channel)
 * and `subscriptions.csv` (subscription_id, customer_id, start_date, end_date, monthly_amount, plan).
 * Customer ids are zero-padded text (`004217`), so leading zeros must survive loading.
 */
export function generateShop(options: SampleOptions = {}): SampleShop {
  const files = { orders: [] as string[], customers: [] as string[], subscriptions: [] as string[] };
  const counts = generateShopLines(options, {
    orders: (line) => files.orders.push(line),
    customers: (line) => files.customers.push(line),
    subscriptions: (line) => files.subscriptions.push(line),
  });
  return {
    orders: files.orders.join('\n') + '\n',
    customers: files.customers.join('\n') + '\n',
    subscriptions: files.subscriptions.join('\n') + '\n',
    counts,
  };
}

/** Where generated CSV lines go (header first), one call per line: large files can be streamed. */
export interface ShopSinks {
  orders(line: string): void;
  customers(line: string): void;
  subscriptions(line: string): void;
}

/** The generator behind `generateShop`, writing line by line; returns the data-row counts. */
export function generateShopLines(options: SampleOptions, sinks: ShopSinks): SampleShop['counts'] {
  const u = rng(options.seed ?? 42);
  const n = options.customers ?? 5000;
  const first = dayOf(options.start ?? '2023-01-01');
  const last = dayOf(options.end ?? '2025-12-31');
  const span = last - first + 1;
  const width = Math.max(6, String(n).length + 1);
  let orderRows = 0;
  let subRows = 0;
  const orders = { push: (line: string) => (orderRows++, sinks.orders(line)) };
  const customers = { push: sinks.customers };
  const subs = { push: (line: string) => (subRows++, sinks.subscriptions(line)) };
  sinks.orders('order_id,customer_id,order_date,amount,channel,status');
  sinks.customers('customer_id,signup_date,city,country,loyalty_member,acquisition_channel');
  sinks.subscriptions('subscription_id,customer_id,start_date,end_date,monthly_amount,plan');
  let orderNo = 0;
  const orderId = () => `SO-${String(++orderNo).padStart(7, '0')}`;

  for (let c = 1; c <= n; c++) {
    const id = String(c).padStart(width, '0');
    // Acquisition grows over time (density ∝ 1 + 1.5 t on t in [0, 1], by its inverse CDF) and follows
    // the season.
    let acquired: number;
    do acquired = first + Math.floor((span * (Math.sqrt(1 + 5.25 * u()) - 1)) / 1.5);
    while (acquired > last || u() > season(acquired) / 1.6);
    const [city, country] = pick(
      u,
      CITIES.map((x) => [[x[0], x[1]], x[2]] as const),
    );
    const channel = pick(u, CHANNELS);
    const member = u() < (channel === 'app' ? 0.5 : 0.3);
    // Weekly purchase rate and the chance to stop after each purchase (members buy more, stay longer).
    const rate = member ? gamma(u, 1.3) / 1.9 : gamma(u, 1.1) / 2.6;
    const stop = member ? beta(u, 1, 22) : beta(u, 1.1, 10);
    const signup = acquired - (u() < 0.4 ? Math.floor(u() * 30) : 0);
    customers.push(
      [id, iso(Math.max(first, signup)), city, country, member ? 'yes' : 'no', channel].join(','),
    );
    const basket = Math.exp(5.9 + 0.55 * normal(u)) * (member ? 1.15 : 1);

    // Many shoppers buy once and never come back; members less often.
    const oneOff = u() < (member ? 0.2 : 0.45);
    let day = acquired;
    for (let purchase = 1; ; purchase++) {
      const usual = u() < 0.85 ? channel : pick(u, CHANNELS);
      const amount = Math.max(39, basket * Math.exp(0.35 * normal(u)));
      const status = u() < 0.01 ? 'cancelled' : 'completed';
      const oid = orderId();
      orders.push([oid, id, iso(day), amount.toFixed(2), usual, status].join(','));
      if (status === 'completed' && u() < 0.034) {
        const back = day + 3 + Math.floor(u() * 25);
        if (back <= last)
          orders.push([orderId(), id, iso(back), (-amount).toFixed(2), usual, 'refunded'].join(','));
      }
      // Now and then a second order the same day (one purchase occasion, two orders).
      if (u() < 0.04)
        orders.push([orderId(), id, iso(day), (amount * 0.3).toFixed(2), usual, 'completed'].join(','));
      if ((purchase === 1 && oneOff) || u() < stop) break;
      // Next purchase: exponential waiting time in weeks, thinned by the season.
      let next = day;
      do next += Math.max(1, Math.round((-Math.log(1 - u()) / Math.max(rate, 1e-4)) * 7));
      while (next <= last && u() > season(next) / 1.6);
      if (next > last) break;
      day = next;
    }

    if (u() < (options.subscriberShare ?? 0.12) * (member ? 1.6 : 0.8)) {
      const [plan, price] = pick(
        u,
        PLANS.map((p) => [[p[0], p[1]], p[2]] as const),
      );
      const start = acquired + Math.floor(u() * 60);
      if (start <= last) {
        // Monthly cancellation hazard; members cancel less.
        const hazard = member ? 0.035 : 0.07;
        const months = Math.ceil(Math.log(1 - u()) / Math.log(1 - hazard));
        const end = start + months * 30;
        subs.push([`SUB-${subRows + 1}`, id, iso(start), end <= last ? iso(end) : '', price, plan].join(','));
      }
    }
  }
  return { customers: n, orders: orderRows, subscriptions: subRows };
}
