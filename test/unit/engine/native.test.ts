import { describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { createNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset } from '../../../src/lib/ingest/load';
import { ordersSpec } from '../../helpers/engine';

const TEXT = [
  'order_id,customer_id,order_date,amount',
  '1,007,2024-01-05,100.50',
  '2,007,2024-02-05,20',
  '3,008,2024-02-06,-5',
  '3,008,2024-02-06,-5',
].join('\n');

async function overview(engine: Engine) {
  try {
    const info = await loadDataset(engine, [
      {
        spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount']),
        source: { kind: 'text', text: TEXT },
      },
    ]);
    const [row] = await engine.query<OverviewRow>(buildOverviewSql());
    const ids = await engine.query<{ customer_id: string }>('SELECT customer_id FROM customers ORDER BY 1');
    return { info, row, ids: ids.map((r) => r.customer_id) };
  } finally {
    await engine.close();
  }
}

describe('the native engine', () => {
  it('loads with the same SQL and decodes values to the same shapes as the wasm engine', async () => {
    const native = await overview(await createNativeEngine());
    const wasm = await overview(await createNodeEngine());
    expect(native).toEqual(wasm);
    expect(native.ids).toEqual(['007', '008']);
    expect(native.row).toMatchObject({ customers: 2, orders: 2, revenue: 115.5, firstDate: '2024-01-05' });
    expect(native.info.rows).toEqual({ read: 4, loaded: 3, rejected: 1 });
  });
});
