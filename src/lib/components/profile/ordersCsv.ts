import type { ProfileOrderRow } from '../../analysis/customerProfile';
import { tableCsv } from '../../export/csv';

/** Column headings and kind names in the reader's language. */
export interface OrdersCsvLabels {
  columns: [date: string, order: string, amount: string, kind: string];
  kind: Record<ProfileOrderRow['kind'], string>;
}

/**
 * One customer's orders as CSV: ISO dates, raw amounts, and text cells neutralised against formula
 * injection (an order id `=HYPERLINK(…)` is written `'=HYPERLINK(…)`) by the app's one CSV writer.
 */
export function profileOrdersCsv(rows: ProfileOrderRow[], labels: OrdersCsvLabels): string {
  return tableCsv({
    columns: labels.columns,
    rows: rows.map((o) => [o.order_date, o.order_id, o.amount, labels.kind[o.kind]]),
  });
}

/** A file name for a customer's orders: the id's letters and digits only (it is the user's text). */
export function profileFileName(id: string): string {
  const safe =
    id
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'customer';
  return `lojal-customer-${safe}-orders.csv`;
}
