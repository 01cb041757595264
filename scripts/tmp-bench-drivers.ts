import { writeLargeShop } from './sample/large';
import { createNodeEngine } from '../src/lib/engine/node';
import { loadFromArgs } from '../src/cli/files';
import { parseArgs } from '../src/cli/args';
import { buildDriverColumnsSql, buildDriversSql, buildDriverLevelsSql, driverCandidates, type DriverColumnRow, type DriverInputRow } from '../src/lib/analysis/drivers';
import { driversAnalysis } from '../src/lib/components/drivers/driversView';

const files = await writeLargeShop(1_000_000, '/tmp/lojal-bench');
const engine = await createNodeEngine();
const args = parseArgs(['drivers', '--customers', files.customers, files.orders], { drivers: ['window', 'landmark'] });
let t = performance.now();
await loadFromArgs(engine, args);
console.log('load ms', Math.round(performance.now() - t));
for (let rep = 0; rep < 2; rep++) {
  t = performance.now();
  const candidates = driverCandidates(await engine.query<DriverColumnRow>(buildDriverColumnsSql()));
  const rows = await engine.query<DriverInputRow>(buildDriversSql({ window: 55, landmarkDays: 90, candidates }));
  const t1 = performance.now();
  const a = driversAnalysis(rows, candidates);
  const t2 = performance.now();
  const lv = await engine.query(buildDriverLevelsSql({ window: 55, landmarkDays: 90, candidates: [candidates.find((c) => c.column === 'loyalty_member')!] }));
  const t3 = performance.now();
  console.log(`rows ${rows.length} sql ${Math.round(t1 - t)} ms, model ${Math.round(t2 - t1)} ms, levels sql ${Math.round(t3 - t2)} ms (${lv.length}); top ${a.attributes[0].name}`);
}
await engine.close();
