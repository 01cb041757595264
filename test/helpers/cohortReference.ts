/**
 * Brute-force cohort retention (METRICS.md §1–2), one customer at a time, with its own calendar
 * arithmetic: nothing here shares code with the SQL builders, so tests can check one against the other.
 */

export type RefPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One order line with its attributes. */
export interface RefOrderLine {
  orderId: string | null;
  customerId: string;
  date: string;
  amount: number;
  cancelled?: boolean;
  attrs?: Record<string, string | null>;
}

/** One row of a customers file: attributes, and an optional signup date. */
export interface RefCustomer {
  customerId: string;
  signupDate?: string | null;
  attrs?: Record<string, string | null>;
}

export interface RefCohortParams {
  period: RefPeriod;
  weekStart?: 'monday' | 'sunday';
  anchor?: 'first-purchase' | 'signup' | 'subscription-start' | { attribute: string; date: boolean };
  mode?: 'in-period' | 'unbounded';
  measure?: 'customers' | 'revenue' | 'cumulative-revenue' | 'orders';
  by?: string | null;
  from?: string | null;
  to?: string | null;
  filters?: { attribute: string; values: string[] }[];
  asOf?: string | null;
  average?: 'pooled' | 'simple';
}

export interface RefCohortLine {
  cohort: string;
  segment: string | null;
  size: number;
  values: (number | null)[];
  complete: boolean[];
  lower: (number | null)[];
  upper: (number | null)[];
}

export interface RefCohortResult {
  asOf: string;
  cohorts: RefCohortLine[];
  average: { k: number; value: number | null; lower: number | null; upper: number | null }[];
}

// ---- calendar, in whole days since 1970-01-01 (UTC, so no zone can shift a date) ----
const DAY = 86_400_000;
const toDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const ymd = (day: number) => {
  const d = new Date(day * DAY);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), dow: d.getUTCDay() };
};
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the period holding `day`. */
export function refPeriodStart(day: number, p: RefPeriod, weekStart: 'monday' | 'sunday' = 'monday'): number {
  const { y, m, dow } = ymd(day);
  if (p === 'day') return day;
  if (p === 'week') return day - (weekStart === 'monday' ? (dow + 6) % 7 : dow);
  if (p === 'month') return Date.UTC(y, m - 1, 1) / DAY;
  if (p === 'quarter') return Date.UTC(y, Math.floor((m - 1) / 3) * 3, 1) / DAY;
  return Date.UTC(y, 0, 1) / DAY;
}

/** How many whole periods from period start `a` to period start `b`. */
function periodsBetween(a: number, b: number, p: RefPeriod): number {
  if (p === 'day') return b - a;
  if (p === 'week') return Math.round((b - a) / 7);
  const x = ymd(a);
  const z = ymd(b);
  const months = (z.y - x.y) * 12 + (z.m - x.m);
  return p === 'month' ? months : p === 'quarter' ? months / 3 : z.y - x.y;
}

/** Start of the period `k` periods after period start `start`. */
function periodAfter(start: number, k: number, p: RefPeriod): number {
  if (p === 'day') return start + k;
  if (p === 'week') return start + 7 * k;
  const { y, m } = ymd(start);
  const months = p === 'month' ? k : p === 'quarter' ? 3 * k : 12 * k;
  return Date.UTC(y, m - 1 + months, 1) / DAY;
}

/** Period label: day `YYYY-MM-DD`, ISO week `YYYY-Www` (Sunday weeks: their first day), month, quarter, year. */
export function refPeriodLabel(
  start: number,
  p: RefPeriod,
  weekStart: 'monday' | 'sunday' = 'monday',
): string {
  const { y, m } = ymd(start);
  if (p === 'day' || (p === 'week' && weekStart === 'sunday')) return iso(start);
  if (p === 'week') {
    // The ISO week belongs to the year of its Thursday; week 1 holds that year's first Thursday.
    const thursday = start + 3;
    const isoYear = ymd(thursday).y;
    const week = Math.floor((thursday - Date.UTC(isoYear, 0, 1) / DAY) / 7) + 1;
    return `${isoYear}-W${pad(week)}`;
  }
  if (p === 'month') return `${y}-${pad(m)}`;
  if (p === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return String(y);
}

/** 95 % Wilson score interval, in the (x + z²/2)/(n + z²) form. */
export function refWilson(x: number, n: number): { lower: number | null; upper: number | null } {
  if (n <= 0) return { lower: null, upper: null };
  const z = 1.959963984540054;
  const centre = (x + (z * z) / 2) / (n + z * z);
  const half = ((z * Math.sqrt(n)) / (n + z * z)) * Math.sqrt((x / n) * (1 - x / n) + (z * z) / (4 * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

interface Member {
  id: string;
  label: string;
  start: number;
  segment: string | null;
  /** Index of the period holding the as-of date. */
  lastK: number;
  active: boolean[];
  revenue: number[];
  orders: number[];
}

/** The cohort table, computed customer by customer. */
export function refCohorts(
  lines: RefOrderLine[],
  params: RefCohortParams,
  customerRows: RefCustomer[] = [],
  subscriptions: { customerId: string; start: string }[] = [],
): RefCohortResult {
  const p = params.period;
  const ws = params.weekStart ?? 'monday';
  const measure = params.measure ?? 'customers';
  const anchor = params.anchor ?? 'first-purchase';
  const unbounded = params.mode === 'unbounded' && measure === 'customers';

  // Orders: line items sharing customer and order id are one order (earliest date, summed amount).
  const orders = new Map<string, RefOrderLine & { cancelled: boolean }>();
  lines.forEach((l, i) => {
    const key = l.orderId === null ? `#${i}` : `${l.customerId}\u0000${l.orderId}`;
    const o = orders.get(key);
    if (!o) orders.set(key, { ...l, cancelled: !!l.cancelled });
    else {
      o.amount += l.amount;
      o.date = l.date < o.date ? l.date : o.date;
      o.cancelled ||= !!l.cancelled;
    }
  });
  const asOf = params.asOf ?? [...orders.values()].reduce((m, o) => (o.date > m ? o.date : m), '');
  const asOfDay = toDay(asOf);

  // Per customer: purchase occasions and net revenue per day; first purchase; first-order attributes.
  type Cust = {
    days: Map<number, { purchase: boolean; revenue: number; orders: number }>;
    first: number | null;
    attrs: Record<string, string | null>;
  };
  const people = new Map<string, Cust>();
  const firstOrder = new Map<string, { date: string; attrs: Record<string, string | null> }>();
  for (const o of orders.values()) {
    if (!people.has(o.customerId)) people.set(o.customerId, { days: new Map(), first: null, attrs: {} });
    const c = people.get(o.customerId)!;
    const day = toDay(o.date);
    const cell = c.days.get(day) ?? { purchase: false, revenue: 0, orders: 0 };
    const purchase = o.amount >= 0 && !o.cancelled; // refunds and cancellations are never a purchase; free orders are (§1)
    cell.purchase ||= purchase;
    cell.orders += purchase ? 1 : 0;
    cell.revenue += o.cancelled ? Math.min(o.amount, 0) : o.amount;
    c.days.set(day, cell);
    if (purchase && (c.first === null || day < c.first)) c.first = day;
    const f = firstOrder.get(o.customerId);
    if (!f || o.date < f.date) firstOrder.set(o.customerId, { date: o.date, attrs: o.attrs ?? {} });
  }
  const fileRow = new Map<string, RefCustomer>();
  for (const r of customerRows) if (!fileRow.has(r.customerId)) fileRow.set(r.customerId, r);
  for (const [id, c] of people) c.attrs = { ...firstOrder.get(id)!.attrs, ...(fileRow.get(id)?.attrs ?? {}) };
  const subStart = new Map<string, number>();
  for (const s of subscriptions)
    subStart.set(s.customerId, Math.min(subStart.get(s.customerId) ?? Infinity, toDay(s.start)));

  const ids = anchor === 'subscription-start' ? [...subStart.keys()] : [...people.keys()];
  const value = (id: string, attribute: string) => people.get(id)?.attrs[attribute] ?? '(blank)';
  const members: Member[] = [];
  for (const id of ids) {
    const c = people.get(id);
    if (params.filters?.some((f) => f.values.length > 0 && !f.values.includes(value(id, f.attribute))))
      continue;
    let anchorDay: number | null;
    let label: string | null = null;
    if (anchor === 'first-purchase') anchorDay = c?.first ?? null;
    else if (anchor === 'signup') {
      const s = fileRow.get(id)?.signupDate;
      anchorDay = c && s ? toDay(s) : null;
    } else if (anchor === 'subscription-start') anchorDay = subStart.get(id)!;
    else if (anchor.date) {
      const v = c?.attrs[anchor.attribute];
      anchorDay = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? toDay(v) : null;
    } else {
      anchorDay = c?.first ?? null;
      label = value(id, anchor.attribute);
    }
    if (anchorDay === null || anchorDay > asOfDay) continue;
    if (params.from && anchorDay < toDay(params.from)) continue;
    if (params.to && anchorDay > toDay(params.to)) continue;
    const start = refPeriodStart(anchorDay, p, ws);
    const lastK = periodsBetween(start, refPeriodStart(asOfDay, p, ws), p);
    const m: Member = {
      id,
      label: label ?? refPeriodLabel(start, p, ws),
      start,
      segment: params.by ? value(id, params.by) : null,
      lastK,
      active: Array(lastK + 1).fill(false),
      revenue: Array(lastK + 1).fill(0),
      orders: Array(lastK + 1).fill(0),
    };
    for (const [day, cell] of c?.days ?? []) {
      if (day < start || day > asOfDay) continue;
      const k = periodsBetween(start, refPeriodStart(day, p, ws), p);
      m.active[k] ||= cell.purchase;
      m.revenue[k] += cell.revenue;
      m.orders[k] += cell.orders;
    }
    members.push(m);
  }

  // Period k of a customer has ended when the next period starts on or before the day after as-of.
  const ended = (m: Member, k: number) => periodAfter(m.start, k + 1, p) <= asOfDay + 1;
  const groups = new Map<string, Member[]>();
  for (const m of members) {
    const key = `${m.segment ?? ''}\u0000${m.label}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(m);
  }
  const valueCohorts = typeof anchor === 'object' && !anchor.date;
  const sorted = [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0], b[0]];
    if (x.segment !== y.segment)
      return x.segment === null ? -1 : y.segment === null ? 1 : x.segment < y.segment ? -1 : 1;
    if (valueCohorts) return x.label < y.label ? -1 : 1;
    return Math.min(...a.map((m) => m.start)) - Math.min(...b.map((m) => m.start));
  });

  const cells: { num: number; den: number; complete: boolean }[][] = [];
  const cohorts: RefCohortLine[] = sorted.map((group) => {
    const line: RefCohortLine = {
      cohort: group[0].label,
      segment: group[0].segment,
      size: group.length,
      values: [],
      complete: [],
      lower: [],
      upper: [],
    };
    const row: { num: number; den: number; complete: boolean }[] = [];
    const maxK = Math.max(...group.map((m) => m.lastK));
    for (let k = 0; k <= maxK; k++) {
      const present = group.filter((m) => m.lastK >= k);
      const eligible = present.filter((m) => ended(m, k));
      const used = eligible.length > 0 ? eligible : present;
      const sum = (f: (m: Member) => number) => used.reduce((s, m) => s + f(m), 0);
      let num: number;
      let den = used.length;
      if (measure === 'customers')
        num = used.filter((m) => (unbounded ? m.active.slice(k).some(Boolean) : m.active[k])).length;
      else if (measure === 'revenue') [num, den] = [sum((m) => m.revenue[k]), sum((m) => m.revenue[0])];
      else if (measure === 'cumulative-revenue')
        num = sum((m) => m.revenue.slice(0, k + 1).reduce((a, b) => a + b, 0));
      else num = sum((m) => m.orders[k]);
      const interval = measure === 'customers' ? refWilson(num, den) : { lower: null, upper: null };
      line.values.push(den > 0 ? num / den : null);
      line.complete.push(eligible.length > 0);
      line.lower.push(interval.lower);
      line.upper.push(interval.upper);
      row.push({ num, den, complete: eligible.length > 0 });
    }
    cells.push(row);
    return line;
  });

  const maxK = Math.max(-1, ...cells.map((r) => r.length - 1));
  const average: RefCohortResult['average'] = [];
  for (let k = 0; k <= maxK; k++) {
    const used = cells.map((r) => r[k]).filter((c) => c && c.complete && c.den > 0);
    const num = used.reduce((s, c) => s + c.num, 0);
    const den = used.reduce((s, c) => s + c.den, 0);
    if (used.length === 0) average.push({ k, value: null, lower: null, upper: null });
    else if (params.average === 'simple')
      average.push({
        k,
        value: used.reduce((s, c) => s + c.num / c.den, 0) / used.length,
        lower: null,
        upper: null,
      });
    else
      average.push({
        k,
        value: num / den,
        ...(measure === 'customers' ? refWilson(num, den) : { lower: null, upper: null }),
      });
  }
  return { asOf, cohorts, average };
}
