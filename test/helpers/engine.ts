import { createNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';
import { loadDataset, type DatasetInfo, type FileInput } from '../../src/lib/ingest/load';
import type { LoadSpec } from '../../src/lib/ingest/spec';

/** A fresh Node engine (the same DuckDB-WASM build the browser runs). */
export function freshEngine(): Promise<Engine> {
  return createNodeEngine();
}

/** A LoadSpec for a plain comma-separated orders file with a header, overridable field by field. */
export function ordersSpec(columns: string[], overrides: Partial<LoadSpec> = {}): LoadSpec {
  const index = (name: string) => (columns.includes(name) ? columns.indexOf(name) : undefined);
  const fields = {
    customerId: index('customer_id'),
    orderDate: index('order_date'),
    amount: index('amount'),
    orderId: index('order_id'),
    status: index('status'),
  };
  const mapped = new Set(Object.values(fields).filter((v) => v !== undefined));
  return {
    fileName: 'orders.csv',
    role: 'orders',
    csv: { delimiter: ',', quote: '"', header: true, skipLines: 0 },
    columns,
    fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    attributes: columns.map((_, i) => i).filter((i) => !mapped.has(i)),
    dateLayout: 'YYYY-MM-DD',
    numberLayout: { decimal: '.', thousands: '' },
    cancelledStatuses: [],
    cancelledOrderPrefixes: [],
    ...overrides,
  };
}

/** Load CSV texts into an engine. */
export function loadTexts(engine: Engine, files: { spec: LoadSpec; text: string }[]): Promise<DatasetInfo> {
  const inputs: FileInput[] = files.map((f) => ({ spec: f.spec, source: { kind: 'text', text: f.text } }));
  return loadDataset(engine, inputs);
}
