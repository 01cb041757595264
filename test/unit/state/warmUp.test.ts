import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { warmUp, warmUpOrders } from '../../../src/lib/state/warmUp';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe('warmUp()', () => {
  it('runs on a made-up shop and leaves no table or view behind', async () => {
    const lines = warmUpOrders().trim().split('\n');
    expect(lines[0]).toBe('order_id,customer_id,order_date,amount,channel,status');
    expect(lines).toHaveLength(3001);
    expect(await warmUp(engine)).toBe(true);
    const [{ tables }] = await engine.query<{ tables: number }>(
      'SELECT count(*)::INTEGER AS tables FROM duckdb_tables()',
    );
    const [{ views }] = await engine.query<{ views: number }>(
      'SELECT count(*)::INTEGER AS views FROM duckdb_views() WHERE NOT internal',
    );
    expect({ tables, views }).toEqual({ tables: 0, views: 0 });
  });

  it('leaves the engine ready for a real load, whose numbers are its own', async () => {
    const text = 'customer_id,order_date,amount\nA,2024-01-01,10\nA,2024-02-01,5\nB,2024-01-03,7\n';
    const info = await loadTexts(engine, [
      { spec: ordersSpec(['customer_id', 'order_date', 'amount']), text },
    ]);
    expect(info.rows).toEqual({ read: 3, loaded: 3, rejected: 0 });
    const [row] = await engine.query<{ customers: number; revenue: number }>(
      'SELECT count(DISTINCT customer_id)::INTEGER AS customers, sum(amount) AS revenue FROM orders',
    );
    expect(row).toEqual({ customers: 2, revenue: 22 });
  });
});
