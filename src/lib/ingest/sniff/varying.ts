/**
 * Columns that vary within most customers (product codes, descriptions, line prices) describe order
 * lines, not customers: a segment by them would rest on whichever line came first. METRICS.md §1: they
 * are not offered as segments by default (the user can still tick them).
 */

/** Customers with this many sampled rows or more are the evidence. */
const MIN_ROWS = 2;
/** At least this many such customers must be seen before a column is judged. */
const MIN_CUSTOMERS = 2;

/**
 * The columns among `candidates` whose value differs between rows of the same customer for more than
 * half of the customers with two or more rows in `rows` (blank cells ignored). Empty when the sample
 * has too few repeat customers to tell.
 */
export function varyingWithinCustomers(
  rows: string[][],
  customerId: number,
  candidates: number[],
): Set<number> {
  const byCustomer = new Map<string, string[][]>();
  for (const row of rows) {
    const id = row[customerId]?.trim();
    if (id) byCustomer.set(id, [...(byCustomer.get(id) ?? []), row]);
  }
  const repeat = [...byCustomer.values()].filter((r) => r.length >= MIN_ROWS);
  const varying = new Set<number>();
  if (repeat.length < MIN_CUSTOMERS) return varying;
  for (const c of candidates) {
    const differ = repeat.filter((r) => new Set(r.map((x) => x[c]?.trim()).filter(Boolean)).size > 1).length;
    if (differ > repeat.length / 2) varying.add(c);
  }
  return varying;
}
