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

/**
 * Sort keys as numbers: numeric columns as they are, text columns by the rank of their value among the
 * distinct values (code-unit order), nulls as NaN. Sorting numbers keeps 100k rows under a frame or two.
 */
function sortKeys(records: CustomerRecord[], key: SortKey): Float64Array {
  const keys = new Float64Array(records.length);
  const sample = records.find((r) => valueOf(r, key) !== null);
  if (sample === undefined || typeof valueOf(sample, key) === 'number') {
    records.forEach((r, i) => (keys[i] = (valueOf(r, key) as number | null) ?? Number.NaN));
    return keys;
  }
  const texts = records.map((r) => valueOf(r, key) as string | null);
  const distinct = [...new Set(texts.filter((v): v is string => v !== null))].sort();
  const rank = new Map(distinct.map((v, i) => [v, i]));
  texts.forEach((v, i) => (keys[i] = v === null ? Number.NaN : rank.get(v)!));
  return keys;
}

/**
 * Indices of the records the view shows, in its order: nulls last either way, ties in the records'
 * own order (the SQL returns them by customer id).
 */
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
  const keys = sortKeys(records, spec.sort);
  return keep.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka !== ka || kb !== kb) return ka !== ka ? (kb !== kb ? a - b : 1) : -1;
    return ka === kb ? a - b : sign * (ka - kb);
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
