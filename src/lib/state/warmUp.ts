import { buildCohortMetaSql, type CohortMetaRow } from '../analysis/cohortMeta';
import { buildCohortSql } from '../analysis/cohorts';
import { buildCustomerCountsSql } from '../analysis/customerCounts';
import { buildWindowsSql, DEFAULT_RANGE } from '../analysis/dateRange';
import { buildMonthlySql } from '../analysis/monthly';
import { buildOverviewSql } from '../analysis/overview';
import { viewParams } from '../components/cohorts/view';
import type { Engine } from '../engine/types';
import { DUPLICATES_TABLE, SPLIT_ORDERS_TABLE } from '../ingest/hygiene';
import { loadDataset, REJECTS_TABLE } from '../ingest/load';
import { specFromSniff } from '../ingest/plan';
import { sniffBytes } from '../ingest/sniff/sniff';
import { defaultSettings } from '../settings/schema';

/** Lines of the made-up shop: enough to run every step once, few enough to take a blink. */
const ORDERS = 3000;

/** A small made-up orders export (no real person's data), the same every time. */
export function warmUpOrders(): string {
  const lines = ['order_id,customer_id,order_date,amount,channel,status'];
  for (let i = 1; i <= ORDERS; i++) {
    const customer = (i * 7919) % 600;
    const day = new Date(Date.UTC(2023, 0, 1 + ((i * 37) % 700))).toISOString().slice(0, 10);
    const amount = ((i * 4931) % 30000) / 100;
    const channel = ['web', 'store', 'app'][i % 3];
    const status = i % 41 === 0 ? 'cancelled' : 'completed';
    lines.push(`W${i},C${customer},${day},${amount.toFixed(2)},${channel},${status}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Run the loader and the first pages' queries once on a small made-up shop, then drop what they made.
 * WebAssembly code is compiled the first time each function runs: on a fresh engine that added about a
 * second to the first real load and to each page's first queries. Done while the landing page is read,
 * it leaves the engine as it found it (no tables), with those paths compiled. Failures are ignored
 * (the real load reports its own): the answer says whether every step ran.
 */
export async function warmUp(engine: Engine): Promise<boolean> {
  try {
    const text = warmUpOrders();
    const bytes = new TextEncoder().encode(text);
    const sniff = sniffBytes(bytes, 'warm-up.csv', { complete: true, compression: 'none' });
    const spec = specFromSniff(sniff);
    // A dropped file's way in: a blob read in slices by the engine.
    const source = { kind: 'blob' as const, blob: new Blob([bytes]) };
    const info = await loadDataset(engine, [{ spec, source, size: bytes.length }]);
    const settings = defaultSettings();
    const [meta] = await engine.query<CohortMetaRow>(buildCohortMetaSql(info.attributes));
    const queries = [
      buildOverviewSql(),
      buildWindowsSql(DEFAULT_RANGE),
      buildMonthlySql(),
      buildCustomerCountsSql(),
      buildCohortSql(
        viewParams(settings.cohorts, {
          lastDate: meta?.last_date ?? null,
          hasSignup: false,
          hasSubscriptions: false,
          dateAttributes: [],
        }),
      ),
    ];
    for (const sql of queries) await engine.query(sql);
    return true;
  } catch {
    // Nothing to warm: the real load will say what is wrong.
    return false;
  } finally {
    await dropAll(engine).catch(() => {});
  }
}

/** The tables a load makes (load.ts, modelSql.ts, hygiene.ts), dropped after the warm-up. */
const TABLES = [
  REJECTS_TABLE,
  DUPLICATES_TABLE,
  SPLIT_ORDERS_TABLE,
  'orders',
  'customer_days',
  'customer_attrs',
  'customers',
  'subscriptions',
  'tenure',
];

/** Drop what the warm-up made: the engine is left as a fresh one, with nothing loaded. */
async function dropAll(engine: Engine): Promise<void> {
  await engine
    .exec('DROP VIEW IF EXISTS order_lines')
    .catch(() => engine.exec('DROP TABLE IF EXISTS order_lines'));
  for (const table of TABLES) await engine.exec(`DROP TABLE IF EXISTS ${table}`);
}
