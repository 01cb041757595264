/**
 * Writes the sample shop (see scripts/sample/generate.ts).
 *
 *   npm run sample                              public/sample/{orders,customers,subscriptions}.csv
 *   npm run sample -- --orders 1000000 --out bench/data
 *                                               about that many orders (customers scaled to match),
 *                                               as bench/data/orders-1000000.csv and customers-….csv
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateShop } from './sample/generate';

/** Orders per customer the generator produces on average (measured on the default shop). */
const ORDERS_PER_CUSTOMER = 8;

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const target = value('--orders');
const out = value('--out') ?? 'public/sample';
await mkdir(out, { recursive: true });
if (target === undefined) {
  const shop = generateShop();
  await writeFile(path.join(out, 'orders.csv'), shop.orders);
  await writeFile(path.join(out, 'customers.csv'), shop.customers);
  await writeFile(path.join(out, 'subscriptions.csv'), shop.subscriptions);
  console.error(`sample shop in ${out}: ${JSON.stringify(shop.counts)}`);
} else {
  const shop = generateShop({
    customers: Math.max(10, Math.round(Number(target) / ORDERS_PER_CUSTOMER)),
    seed: 7,
  });
  await writeFile(path.join(out, `orders-${target}.csv`), shop.orders);
  await writeFile(path.join(out, `customers-${target}.csv`), shop.customers);
  console.error(`${out}/orders-${target}.csv: ${JSON.stringify(shop.counts)}`);
}
