import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { generateShopLines } from './generate';

/** Orders per customer the generator makes on average (measured on the default shop: 40,930 / 5,000). */
const ORDERS_PER_CUSTOMER = 8.2;

/** A file writer that batches lines, so 10 million of them stream out without one giant string. */
function lineWriter(file: string) {
  const stream: WriteStream = createWriteStream(file);
  let batch: string[] = [];
  const flush = () => {
    if (batch.length) stream.write(batch.join('\n') + '\n');
    batch = [];
  };
  return {
    push(line: string) {
      batch.push(line);
      if (batch.length >= 20_000) flush();
    },
    close: () =>
      new Promise<void>(
        (resolve, reject) => (flush(), stream.end((e?: Error) => (e ? reject(e) : resolve()))),
      ),
  };
}

/**
 * A benchmark shop of about `orders` orders in `dir` (orders-N.csv, customers-N.csv), generated unless
 * it is already there. Same size, same bytes.
 */
export async function writeLargeShop(orders: number, dir: string) {
  const files = {
    orders: path.join(dir, `orders-${orders}.csv`),
    customers: path.join(dir, `customers-${orders}.csv`),
  };
  const exists = await stat(files.orders).then(
    (s) => s.size > 0,
    () => false,
  );
  if (exists) return { ...files, counts: null };
  // A fresh clone has no bench/data: the files are generated, never committed.
  await mkdir(dir, { recursive: true });
  const o = lineWriter(files.orders);
  const c = lineWriter(files.customers);
  const counts = generateShopLines(
    { customers: Math.max(10, Math.round(orders / ORDERS_PER_CUSTOMER)), seed: 7 },
    { orders: o.push, customers: c.push, subscriptions: () => undefined },
  );
  await Promise.all([o.close(), c.close()]);
  return { ...files, counts };
}
