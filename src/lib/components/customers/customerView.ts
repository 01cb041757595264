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
  /** Only the customers to call (see `toCall`) at this P(alive) threshold; absent or null: everyone. */
  callBelow?: number | null;
}

/** RFM segments that claim a customer is among the best: the model contradicts them when P(alive) is low. */
export const CALL_SEGMENTS = ['Champions', 'Loyal'];

/** P(alive) below which a Champion or Loyal customer is flagged, unless the user sets another. */
export const DEFAULT_CALL_BELOW = 0.5;

/**
 * "The ones to call": the RFM segment says best customer (Champions, Loyal: recent, frequent, big
 * spenders by quintile), but the purchase model's P(alive) is below `below` — for their own rhythm they
 * have been away too long. Customers the model has not scored are never flagged.
 */
export function toCall(r: Pick<CustomerRecord, 'segment' | 'pAlive'>, below: number): boolean {
  return r.pAlive !== null && r.pAlive < below && CALL_SEGMENTS.includes(r.segment);
}

/** "Ones to call": flagged Champions and Loyal customers, least likely alive first. */
export function toCallView(below: number): ViewSpec {
  return { search: '', segments: [...CALL_SEGMENTS], sort: 'pAlive', descending: false, callBelow: below };
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
  return rows.map((r) => toRecord(r, attributes, index, scores));
}

function toRecord(
  r: CustomerListRow,
  attributes: string[],
  index: Map<string, number>,
  scores: CustomerScores | null,
): CustomerRecord {
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

/** Whether a customer is in the view: in a chosen segment (any when none is chosen) and matching the search in its id or any attribute. */
function viewFilter(spec: ViewSpec): (r: CustomerRecord) => boolean {
  const needle = spec.search.trim().toLowerCase();
  const segments = new Set(spec.segments);
  const below = spec.callBelow ?? null;
  return (r) =>
    (!segments.size || segments.has(r.segment)) &&
    (below === null || toCall(r, below)) &&
    (!needle ||
      r.id.toLowerCase().includes(needle) ||
      r.attrs.some((a) => a?.toLowerCase().includes(needle) ?? false));
}

/**
 * Indices of the records the view shows, in its order: nulls last either way, ties in the records'
 * own order (the SQL returns them by customer id).
 */
export function applyView(records: CustomerRecord[], spec: ViewSpec): number[] {
  const shown = viewFilter(spec);
  const keep: number[] = [];
  for (let i = 0; i < records.length; i++) if (shown(records[i])) keep.push(i);
  const sign = spec.descending ? -1 : 1;
  const keys = sortKeys(records, spec.sort);
  return keep.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka !== ka || kb !== kb) return ka !== ka ? (kb !== kb ? a - b : 1) : -1;
    return ka === kb ? a - b : sign * (ka - kb);
  });
}

/**
 * What the export adds beyond the record: whether each customer is one to call at the threshold, and
 * the warning codes of the fits their P(alive) and predicted CLV rest on ('' when the fits are sound).
 */
export interface ExportFlags {
  callBelow: number;
  modelWarnings: string;
}

/** The CSV columns of the view: raw values, full precision, attributes last. */
export function viewFields(attributes: string[], flags?: ExportFlags): string[] {
  return [
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
    ...(flags ? ['to_call', 'model_warnings'] : []),
    ...attributes,
  ];
}

/** The current view as a table for CSV: raw values, full precision, attributes last. */
export function viewTable(
  records: CustomerRecord[],
  order: number[],
  attributes: string[],
  flags?: ExportFlags,
) {
  return { fields: viewFields(attributes, flags), rows: order.map((i) => viewRow(records[i], flags)) };
}

/**
 * Work cut into steps: the generator yields after each chunk of about `STEP` items and returns its
 * result, so a driver (src/lib/state/slices.ts) can give the page back between chunks and 121,000
 * customers never hold the main thread in one long task.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items handled between two yields: a few milliseconds of work. */
export const STEP = 4096;

/** Run steps to the end at once (tests, small data). */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `joinScores` in steps: the same records. */
export function* joinScoresSteps(
  rows: CustomerListRow[],
  attributes: string[],
  ids: string[] | null,
  scores: CustomerScores | null,
  step = STEP,
): Steps<CustomerRecord[]> {
  const index = new Map<string, number>();
  for (let i = 0; ids && i < ids.length; i++) {
    index.set(ids[i], i);
    if (i % step === step - 1) yield;
  }
  const records = new Array<CustomerRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    records[i] = toRecord(rows[i], attributes, index, scores);
    if (i % step === step - 1) yield;
  }
  return records;
}

/**
 * Sort in steps: runs of `step` items sorted natively, then merged pairwise, yielding every `step`
 * items. `compare` must be a total order (no ties between distinct items), so the result is the one
 * `items.sort(compare)` gives. Sorts a copy.
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number, step = STEP): Steps<T[]> {
  let from = items.slice();
  for (let start = 0; start < from.length; start += step) {
    const run = from.slice(start, start + step).sort(compare);
    for (let k = 0; k < run.length; k++) from[start + k] = run[k];
    yield;
  }
  let to = new Array<T>(from.length);
  let done = 0;
  for (let width = step; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let a = lo;
      let b = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = b >= hi || (a < mid && compare(from[a], from[b]) <= 0) ? from[a++] : from[b++];
        if (++done % step === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** `sortKeys` in steps: the same keys. */
function* sortKeysSteps(records: CustomerRecord[], key: SortKey, step: number): Steps<Float64Array> {
  const keys = new Float64Array(records.length);
  const sample = records.find((r) => valueOf(r, key) !== null);
  if (sample === undefined || typeof valueOf(sample, key) === 'number') {
    for (let i = 0; i < records.length; i++) {
      keys[i] = (valueOf(records[i], key) as number | null) ?? Number.NaN;
      if (i % step === step - 1) yield;
    }
    return keys;
  }
  const texts = new Array<string | null>(records.length);
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const v = valueOf(records[i], key) as string | null;
    texts[i] = v;
    if (v !== null) seen.add(v);
    if (i % step === step - 1) yield;
  }
  // Code-unit order, as Array.prototype.sort() orders strings.
  const distinct = yield* sortSteps([...seen], (a, b) => (a < b ? -1 : a > b ? 1 : 0), step);
  const rank = new Map<string, number>();
  for (let i = 0; i < distinct.length; i++) {
    rank.set(distinct[i], i);
    if (i % step === step - 1) yield;
  }
  for (let i = 0; i < texts.length; i++) {
    const v = texts[i];
    keys[i] = v === null ? Number.NaN : rank.get(v)!;
    if (i % step === step - 1) yield;
  }
  return keys;
}

/** `applyView` in steps: the same indices in the same order. */
export function* applyViewSteps(records: CustomerRecord[], spec: ViewSpec, step = STEP): Steps<number[]> {
  const shown = viewFilter(spec);
  const keep: number[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % step === step - 1) yield;
    if (shown(records[i])) keep.push(i);
  }
  const sign = spec.descending ? -1 : 1;
  const keys = yield* sortKeysSteps(records, spec.sort, step);
  return yield* sortSteps(
    keep,
    (a, b) => {
      const ka = keys[a];
      const kb = keys[b];
      if (ka !== ka || kb !== kb) return ka !== ka ? (kb !== kb ? a - b : 1) : -1;
      return ka === kb ? a - b : sign * (ka - kb);
    },
    step,
  );
}

/** One row of `viewTable` (the CSV of the view), for writing the export a slice at a time. */
export function viewRow(r: CustomerRecord, flags?: ExportFlags): (string | number | boolean | null)[] {
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
    // A customer the model did not score rests on no fit: no warning for them.
    ...(flags ? [toCall(r, flags.callBelow), r.pAlive === null ? '' : flags.modelWarnings] : []),
    ...r.attrs,
  ];
}
