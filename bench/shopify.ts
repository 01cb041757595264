import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Shopify's orders-export columns, in its order (the bench writes the order's own ones on its first line). */
const HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount'.split(
    ',',
  );

/** A small seeded generator (mulberry32), so the same size always gives the same bytes. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic Shopify-style orders export of `lines` lines (bench/data, not committed): orders of one to
 * three line items, the order's columns on its first line only, one order in 50 cancelled and one in 20
 * partly refunded, dates with a UTC offset. Generated unless it is already there.
 */
export async function writeShopifyExport(lines: number, dir: string): Promise<string> {
  const file = path.join(dir, `shopify-${lines}.csv`);
  if (
    await stat(file).then(
      (s) => s.size > 0,
      () => false,
    )
  )
    return file;
  const out = createWriteStream(file);
  const rnd = random(11);
  const col = Object.fromEntries(HEADER.map((h, i) => [h, i]));
  const customers = Math.max(10, Math.round(lines / 12));
  let batch = [HEADER.join(',')];
  let written = 0;
  let order = 1000;
  const start = Date.UTC(2020, 0, 1);
  while (written < lines) {
    order++;
    const items = Math.min(lines - written, 1 + Math.floor(rnd() * 3));
    const email = `c${Math.floor(rnd() * customers)}@example.com`;
    const day = new Date(start + Math.floor(rnd() * 1460) * 86_400_000).toISOString().slice(0, 10);
    const created = `${day} ${String(Math.floor(rnd() * 24)).padStart(2, '0')}:15:00 -0500`;
    const prices = Array.from({ length: items }, () => Math.round(rnd() * 9000 + 500) / 100);
    const total = prices.reduce((s, p) => s + p, 0).toFixed(2);
    const cancelled = rnd() < 0.02;
    const refunded = !cancelled && rnd() < 0.05 ? (Number(total) / 2).toFixed(2) : '0.00';
    for (let i = 0; i < items; i++) {
      const cells: string[] = new Array(HEADER.length).fill('');
      cells[col['Name']] = `#${order}`;
      cells[col['Created at']] = created;
      cells[col['Lineitem quantity']] = '1';
      cells[col['Lineitem name']] = `Item ${Math.floor(rnd() * 500)}`;
      cells[col['Lineitem price']] = prices[i].toFixed(2);
      cells[col['Lineitem sku']] = `SKU-${Math.floor(rnd() * 500)}`;
      if (i === 0) {
        cells[col['Email']] = email;
        cells[col['Financial Status']] = refunded !== '0.00' ? 'partially_refunded' : 'paid';
        cells[col['Currency']] = 'USD';
        cells[col['Subtotal']] = total;
        cells[col['Total']] = total;
        cells[col['Refunded Amount']] = refunded;
        cells[col['Cancelled at']] = cancelled ? created : '';
        cells[col['Source']] = rnd() < 0.8 ? 'web' : 'pos';
        cells[col['Billing Country']] = 'NO';
      }
      batch.push(cells.join(','));
      written++;
    }
    if (batch.length >= 20_000) {
      out.write(batch.join('\n') + '\n');
      batch = [];
    }
  }
  out.write(batch.join('\n') + '\n');
  await new Promise<void>((resolve, reject) => out.end((e?: Error) => (e ? reject(e) : resolve())));
  return file;
}
