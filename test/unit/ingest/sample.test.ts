import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset, type DatasetInfo } from '../../../src/lib/ingest/load';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import { freshEngine, ordersSpec } from '../../helpers/engine';

/**
 * Loading a random sample of customers: every row of a sampled customer, in every file, and nothing of
 * the others; the same customers every time; a smaller sample inside a larger one.
 */

const N = 2_000;
const ORDER_COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount', 'channel'];
const orders = ['order_id,customer_id,order_date,amount,channel'];
for (let i = 0; i < 9_000; i++) {
  const c = (i * 7_919) % N;
  const day = new Date(Date.UTC(2023, 0, 1) + ((c * 13 + i) % 500) * 86_400_000).toISOString().slice(0, 10);
  orders.push(`o${i},c${c},${day},${(10 + (i % 90)).toFixed(2)},${['web', 'store'][c % 2]}`);
}
// Rows without a customer id are kept by the sample, to be rejected and counted as ever.
orders.push('x1,,2023-02-01,5.00,web', 'x2,  ,2023-02-01,5.00,web');
const customers = [
  'customer_id,region',
  ...Array.from({ length: N }, (_, c) => ` c${c} ,${c % 3 ? 'north' : 'south'}`),
];
const subscriptions = [
  'customer_id,start_date,end_date',
  ...Array.from({ length: 300 }, (_, i) => `c${i * 5},2023-01-01,${i % 2 ? '2023-06-01' : ''}`),
];

const spec = (fileName: string, role: LoadSpec['role'], columns: string[], fields: LoadSpec['fields']) => ({
  ...ordersSpec(columns),
  fileName,
  role,
  fields,
  attributes: columns.map((_, i) => i).filter((i) => !Object.values(fields).includes(i)),
});
const inputs = [
  { spec: ordersSpec(ORDER_COLUMNS), text: orders.join('\n') },
  {
    spec: spec('customers.csv', 'customers', ['customer_id', 'region'], { customerId: 0 }),
    text: customers.join('\n'),
  },
  {
    spec: spec('subscriptions.csv', 'subscriptions', ['customer_id', 'start_date', 'end_date'], {
      customerId: 0,
      startDate: 1,
      endDate: 2,
    }),
    text: subscriptions.join('\n'),
  },
];

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

async function load(sample: number | null): Promise<{ info: DatasetInfo; ids: string[] }> {
  const info = await loadDataset(
    engine,
    inputs.map((f) => ({ spec: f.spec, source: { kind: 'text' as const, text: f.text } })),
    { sample },
  );
  const rows = await engine.query<{ id: string }>('SELECT customer_id AS id FROM customers ORDER BY 1');
  return { info, ids: rows.map((r) => r.id) };
}

const count = async (sql: string) => (await engine.query<{ n: number }>(sql))[0].n;

describe('loadDataset with a sample of customers', () => {
  it('keeps every order, attribute and subscription of the sampled customers and nothing else', async () => {
    const full = await load(null);
    expect(full.info.sample).toBeNull();
    expect(full.ids.length).toBe(N);
    const perCustomer = new Map(
      (
        await engine.query<{ id: string; n: number }>(
          'SELECT customer_id AS id, count(*) AS n FROM order_lines GROUP BY 1',
        )
      ).map((r) => [r.id, r.n]),
    );

    const { info, ids } = await load(0.3);
    expect(info.sample).toBe(0.3);
    // A fair share: 30 % of 2,000 ± 4 standard deviations.
    expect(ids.length).toBeGreaterThan(600 - 4 * Math.sqrt(N * 0.3 * 0.7));
    expect(ids.length).toBeLessThan(600 + 4 * Math.sqrt(N * 0.3 * 0.7));
    const sampled = await engine.query<{ id: string; n: number }>(
      'SELECT customer_id AS id, count(*) AS n FROM order_lines GROUP BY 1',
    );
    for (const r of sampled) expect(r.n, r.id).toBe(perCustomer.get(r.id));
    // Attributes came from the customers file (ids there are padded with spaces: trimmed alike).
    expect(await count('SELECT count(*) AS n FROM customers WHERE region IS NULL')).toBe(0);
    expect(
      await count(
        'SELECT count(*) AS n FROM subscriptions WHERE customer_id NOT IN (SELECT customer_id FROM customers)',
      ),
    ).toBe(0);
    const expectedSubs = subscriptions.slice(1).filter((l) => ids.includes(l.split(',')[0])).length;
    expect(await count('SELECT count(*) AS n FROM subscriptions')).toBe(expectedSubs);
    // Every row read is loaded or rejected; the two rows without an id are still rejected.
    expect(info.rows.read).toBe(info.rows.loaded + info.rows.rejected);
    expect(info.rejectReasons).toEqual({ 'missing customer id': 2 });
  });

  it('draws the same customers every time, and a smaller sample inside a larger one', async () => {
    const a = await load(0.2);
    const b = await load(0.2);
    const c = await load(0.5);
    expect(a.ids).toEqual(b.ids);
    const larger = new Set(c.ids);
    expect(a.ids.every((id) => larger.has(id))).toBe(true);
    expect(c.ids.length).toBeGreaterThan(a.ids.length);
  });
});
