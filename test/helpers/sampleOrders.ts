import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RefLine } from './reference';

/**
 * The sample shop's order lines, parsed plainly (the sample file is simple, unquoted, comma-separated
 * CSV), for the brute-force references. `file` defaults to the copy in `public/`.
 */
export function sampleOrderLines(file = 'public/sample/orders.csv'): RefLine[] {
  const text = readFileSync(path.resolve(file), 'utf8').trim().split('\n');
  const header = text[0].split(',');
  const col = (name: string) => header.indexOf(name);
  return text.slice(1).map((line) => {
    const c = line.split(',');
    return {
      orderId: c[col('order_id')],
      customerId: c[col('customer_id')],
      date: c[col('order_date')],
      amount: Number(c[col('amount')]),
      cancelled: c[col('status')] === 'cancelled',
    };
  });
}
