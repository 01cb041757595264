/**
 * Writes the sample shop (see scripts/sample/generate.ts).
 *
 *   npm run sample                              public/sample/{orders,customers,subscriptions}.csv
 *   npm run sample -- --orders 1000000 --out bench/data
 *                                               about that many orders (customers scaled to match),
 *                                               as bench/data/orders-1000000.csv and customers-1000000.csv
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateShop } from './sample/generate';
import { writeLargeShop } from './sample/large';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const target = value('--orders');
const out = value('--out') ?? (target === undefined ? 'public/sample' : 'bench/data');
await mkdir(out, { recursive: true });
if (target === undefined) {
  const shop = generateShop();
  await writeFile(path.join(out, 'orders.csv'), shop.orders);
  await writeFile(path.join(out, 'customers.csv'), shop.customers);
  await writeFile(path.join(out, 'subscriptions.csv'), shop.subscriptions);
  console.error(`sample shop in ${out}: ${JSON.stringify(shop.counts)}`);
} else {
  const files = await writeLargeShop(Number(target), out);
  console.error(`${files.orders}: ${JSON.stringify(files.counts)}`);
}
