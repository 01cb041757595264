import Papa from 'papaparse';
import type { CohortCustomerRow } from '../../analysis/cohortCustomers';
import { FORMULA_START } from '../customers/csv';

/**
 * The customers behind a cohort cell as CSV. `escapeFormulae` prefixes cells that start with = + - @
 * so a spreadsheet never runs a customer id as a formula (CSV injection).
 */
export function customersCsv(rows: CohortCustomerRow[]): string {
  return Papa.unparse(
    rows.map((r) => ({
      customer_id: r.customer_id,
      acquired: r.anchor_date,
      segment: r.segment ?? '',
      bought_in_k: r.active_in_k,
      orders_in_k: r.orders_in_k,
      revenue_in_k: r.revenue_in_k,
      revenue_0_to_k: r.revenue_to_k,
      last_active_k: r.last_active_k ?? '',
    })),
    // FORMULA_START, not `true`: PapaParse's own pattern misses "=2+5\nsecond line".
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** A file name for a cell's export: `cohort-2024-03-k2.csv` (segment included when there is one). */
export function customersFileName(cohort: string, segment: string | null, k: number): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return `cohort-${safe(cohort)}${segment === null ? '' : `-${safe(segment)}`}-k${k}.csv`;
}
