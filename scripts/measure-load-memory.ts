/**
 * Peak memory of loading CSV files with the app's own loader and DuckDB build (the numbers behind
 * src/lib/ingest/memory.ts). Node reports the WebAssembly memory as "external"; it only grows, so its
 * growth over a load is the load's peak.
 *
 *   npx tsx scripts/measure-load-memory.ts bench/data/orders-1000000.csv
 *
 * Give one file per run: memory an earlier file's engine left behind is reused by the next, whose peak
 * then reads too low (1M orders after 100,000: 148 MB instead of 195–302 MB).
 * One JSON line per file: its size, the load time, the peak and what the tables hold afterwards.
 */
import { openSync, readSync, statSync } from 'node:fs';
import { createNodeEngine } from '../src/lib/engine/node';
import { loadDataset } from '../src/lib/ingest/load';
import { specFromSniff } from '../src/lib/ingest/plan';
import { sniffBytes } from '../src/lib/ingest/sniff';

const mb = (bytes: number) => Math.round(bytes / 1e6);

for (const file of process.argv.slice(2)) {
  const engine = await createNodeEngine();
  const head = Buffer.alloc(65_536);
  readSync(openSync(file, 'r'), head, 0, head.length, 0);
  const spec = specFromSniff(sniffBytes(new Uint8Array(head), file.split('/').pop()!), {});
  const before = process.memoryUsage().external;
  const started = performance.now();
  const info = await loadDataset(engine, [{ spec, source: { kind: 'path', path: file } }]);
  const ms = Math.round(performance.now() - started);
  const peak = process.memoryUsage().external - before;
  const [{ tables }] = await engine.query<{ tables: number }>(
    'SELECT sum(memory_usage_bytes) AS tables FROM duckdb_memory()',
  );
  console.log(
    JSON.stringify({
      file,
      fileMb: mb(statSync(file).size),
      rows: info.rows.read,
      ms,
      peakMb: mb(peak),
      tablesMb: mb(tables),
      peakPerFileByte: Number((peak / statSync(file).size).toFixed(1)),
    }),
  );
  await engine.close();
}
