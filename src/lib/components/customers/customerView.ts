/**
 * The Customers page's table model: customer rows joined with model scores, filtering, sorting, the
 * "at risk and valuable" preset and the CSV of the current view. Pure functions over plain arrays.
 */
import type { CustomerListRow } from '../../analysis/customerList';
import { AT_RISK_SEGMENTS } from '../../analysis/rfm';
import type { CustomerScores } from '../../models/clv';

/** One customer as the table shows it. */
export interface CustomerRecord {
  id: string;
  segment: string;
  firstPurchase: string;
  lastPurchase: string;
  purchases: number;
  revenue: number;
  pAlive: number | null;
  clv: number | null;
  expectedPurchases: number | null;
  r: number;
  f: number;
  m: number;
  attrs: (string | null)[];
}

export type SortKey =
  'id' | 'segment' | 'lastPurchase' | 'purchases' | 'revenue' | 'pAlive' | 'clv' | `attr:${number}`;

/** What the table shows: a text search, a segment filter (empty: all), and a sort. */
export interface ViewSpec {
  search: string;
  segments: string[];
  sort: SortKey;
  descending: boolean;
}

export const ALL_CUSTOMERS: ViewSpec = { search: '', segments: [], sort: 'revenue', descending: true };

/**
 * "At risk and valuable": customers in the At risk and Can't lose them segments — they bought often or
 * spent much, but not lately — with the biggest spenders first.
 */
export const AT_RISK_VIEW: ViewSpec = {
  search: '',
  segments: AT_RISK_SEGMENTS,
  sort: 'revenue',
  descending: true,
};

/** Join the customer rows with the model's scores (by customer id; customers the model did not see get null). */
export function joinScores(
  rows: CustomerListRow[],
  attributes: string[],
  ids: string[] | null,
  scores: CustomerScores | null,
): CustomerRecord[] {
  const index = new Map<string, number>();
  ids?.forEach((id, i) => index.set(id, i));
  return rows.map((r) => {
    const i = index.get(String(r.customer_id));
    const has = scores !== null && i !== undefined;
    return {
      id: String(r.customer_id),
      segment: r.segment,
      firstPurchase: r.first_purchase,
      lastPurchase: r.last_purchase,
      purchases: r.purchases,
      revenue: r.revenue,
      pAlive: has ? scores.pAlive[i] : null,
      clv: has ? scores.clv[i] : null,
      expectedPurchases: has ? scores.expectedPurchases[i] : null,
      r: r.r,
      f: r.f,
      m: r.m,
      attrs: attributes.map((a) => (r[`attr:${a}`] as string | null) ?? null),
    };
  });
}

function valueOf(rec: CustomerRecord, key: SortKey): string | number | null {
  if (key.startsWith('attr:')) return rec.attrs[Number(key.slice(5))];
  return rec[key as Exclude<SortKey, `attr:${number}`>];
}

/** Indices of the records the view shows, in its order (nulls last either way; ties by id). */
export function applyView(records: CustomerRecord[], spec: ViewSpec): number[] {
  const needle = spec.search.trim().toLowerCase();
  const segments = new Set(spec.segments);
  const keep: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (segments.size && !segments.has(r.segment)) continue;
    if (
      needle &&
      !r.id.toLowerCase().includes(needle) &&
      !r.attrs.some((a) => a?.toLowerCase().includes(needle))
    )
      continue;
    keep.push(i);
  }
  const sign = spec.descending ? -1 : 1;
  const values = records.map((r) => valueOf(r, spec.sort));
  return keep.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const c =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? sign * c : records[a].id < records[b].id ? -1 : 1;
  });
}

/** The current view as a table for CSV: raw values, full precision, attributes last. */
export function viewTable(records: CustomerRecord[], order: number[], attributes: string[]) {
  const fields = [
    'customer_id',
    'segment',
    'first_purchase',
    'last_purchase',
    'purchases',
    'revenue',
    'p_alive',
    'expected_purchases',
    'predicted_clv',
    'r',
    'f',
    'm',
    ...attributes,
  ];
  const rows = order.map((i) => {
    const r = records[i];
    return [
      r.id,
      r.segment,
      r.firstPurchase,
      r.lastPurchase,
      r.purchases,
      r.revenue,
      r.pAlive,
      r.expectedPurchases,
      r.clv,
      r.r,
      r.f,
      r.m,
      ...r.attrs,
    ];
  });
  return { fields, rows };
}
