/**
 * Brute-force lifetime-value and RFM inputs (METRICS.md §6, §7), one customer at a time in plain
 * TypeScript, to check the SQL builders against on generated shops. Shares no code with src/lib/analysis.
 */
import { dayNumber, isoDay, periodStart, refChurn, type Occasions } from './churnReference';
import { refOrders, type RefLine } from './reference';

/** One customer's calendar: day number → purchase orders and net revenue of that day. */
type Days = Map<number, { purchases: number; revenue: number }>;

/** Every customer's days (orders grouped as METRICS §1; cancelled orders only ever reduce revenue). */
export function refCustomerDays(lines: RefLine[]): Map<string, Days> {
  const out = new Map<string, Days>();
  for (const o of refOrders(lines)) {
    const days = out.get(o.customerId) ?? new Map();
    out.set(o.customerId, days);
    const d = dayNumber(o.date);
    const cell = days.get(d) ?? { purchases: 0, revenue: 0 };
    if (o.amount >= 0 && !o.cancelled) cell.purchases++; // a free order is a purchase too (§1)
    cell.revenue += o.cancelled ? Math.min(o.amount, 0) : o.amount;
    days.set(d, cell);
  }
  return out;
}

/** Sorted occasion days of each customer up to `asOf` (customers without one are left out). */
export function refOccasions(lines: RefLine[], asOf: number): Occasions {
  const out: Occasions = new Map();
  for (const [id, days] of refCustomerDays(lines)) {
    const occ = [...days].filter(([d, c]) => c.purchases > 0 && d <= asOf).map(([d]) => d);
    if (occ.length)
      out.set(
        id,
        occ.sort((a, b) => a - b),
      );
  }
  return out;
}

const lastDate = (lines: RefLine[]) => lines.reduce((m, l) => (l.date > m ? l.date : m), '');

/** BG/NBD inputs per customer (METRICS.md §6). */
export function refClvCustomers(
  lines: RefLine[],
  unitDays: number,
  calibrationEnd?: string,
  asOfIso?: string,
) {
  const asOf = dayNumber(asOfIso ?? lastDate(lines));
  const cal = Math.min(calibrationEnd ? dayNumber(calibrationEnd) : asOf, asOf);
  const all = refCustomerDays(lines);
  const occasions = refOccasions(lines, asOf);
  const firsts = [...occasions.values()].map((o) => o[0]).filter((d) => d <= cal);
  const origin = Math.min(...firsts);
  const out = new Map<string, Record<string, number | null>>();
  for (const [id, occ] of occasions) {
    if (occ[0] > cal) continue;
    const inCal = occ.filter((d) => d <= cal);
    const days = all.get(id)!;
    const repeatValues = inCal.slice(1).map((d) => days.get(d)!.revenue);
    out.set(id, {
      x: inCal.length - 1,
      tx: (inCal[inCal.length - 1] - inCal[0]) / unitDays,
      T: (cal - inCal[0]) / unitDays,
      m: repeatValues.length ? repeatValues.reduce((a, b) => a + b, 0) / repeatValues.length : null,
      cal_revenue: inCal.reduce((s, d) => s + days.get(d)!.revenue, 0),
      occasions: inCal.length,
      offset: (inCal[0] - origin) / unitDays,
      holdout: occ.length - inCal.length,
    });
  }
  return { customers: out, origin: isoDay(origin) };
}

/** Repeat occasions per week since the origin, for the calibration customers. */
export function refTracking(lines: RefLine[], calibrationEnd: string) {
  const asOf = dayNumber(lastDate(lines));
  const cal = dayNumber(calibrationEnd);
  const occasions = [...refOccasions(lines, asOf).values()].filter((o) => o[0] <= cal);
  const origin = Math.min(...occasions.map((o) => o[0]));
  const weeks = new Map<number, number>();
  for (const occ of occasions)
    for (const d of occ.slice(1)) {
      const w = Math.floor((d - origin) / 7);
      weeks.set(w, (weeks.get(w) ?? 0) + 1);
    }
  return [...weeks].sort((a, b) => a[0] - b[0]).map(([week, repeats]) => ({ week, repeats }));
}

/** Quintile score: 1 + ⌊5 × (rank − 1)/(n − 1)⌋ with rank = 1 + values strictly below; capped at 5. */
function quintile(values: number[], v: number): number {
  const n = values.length;
  if (n <= 1) return 1;
  const below = values.filter((u) => u < v).length;
  return Math.min(5, 1 + Math.floor((5 * below) / (n - 1)));
}

/** RFM scores and segment per customer (METRICS.md §7) with the given map. */
export function refRfm(lines: RefLine[], map: string[][], asOfIso?: string) {
  const asOf = dayNumber(asOfIso ?? lastDate(lines));
  const all = refCustomerDays(lines);
  const rows = [...refOccasions(lines, asOf)].map(([id, occ]) => {
    let monetary = 0;
    for (const [d, c] of all.get(id)!) if (d <= asOf) monetary += c.revenue;
    return { id, last: occ[occ.length - 1], first: occ[0], frequency: occ.length, monetary };
  });
  const lasts = rows.map((r) => r.last);
  const freqs = rows.map((r) => r.frequency);
  const money = rows.map((r) => r.monetary);
  return new Map(
    rows.map((row) => {
      const r = quintile(lasts, row.last);
      const f = quintile(freqs, row.frequency);
      const m = quintile(money, row.monetary);
      const fm = Math.floor((f + m + 1) / 2);
      return [
        row.id,
        {
          recency: asOf - row.last,
          frequency: row.frequency,
          monetary: row.monetary,
          first_purchase: isoDay(row.first),
          last_purchase: isoDay(row.last),
          r,
          f,
          m,
          fm,
          segment: map[r - 1][fm - 1],
        },
      ];
    }),
  );
}

/** Realised CLV by cohort month and age (METRICS.md §2, §6), without segments. */
export function refRealisedClv(lines: RefLine[], maxAge: number, asOfIso?: string) {
  const asOf = dayNumber(asOfIso ?? lastDate(lines));
  const all = refCustomerDays(lines);
  const monthIndex = (d: number) => {
    const t = new Date(d * 86_400_000);
    return t.getUTCFullYear() * 12 + t.getUTCMonth();
  };
  const cohorts = new Map<number, { size: number; byK: number[] }>();
  for (const [id, occ] of refOccasions(lines, asOf)) {
    const cm = monthIndex(occ[0]);
    const c = cohorts.get(cm) ?? { size: 0, byK: new Array<number>(maxAge).fill(0) };
    cohorts.set(cm, c);
    c.size++;
    for (const [d, cell] of all.get(id)!) {
      const k = monthIndex(d) - cm;
      if (d >= occ[0] && d <= asOf && k < maxAge) c.byK[k] += cell.revenue;
    }
  }
  const rows: { cohort: string; age: number; size: number; value: number; complete: boolean }[] = [];
  for (const [cm, c] of [...cohorts].sort((a, b) => a[0] - b[0])) {
    let cumulative = 0;
    for (let k = 0; k < maxAge; k++) {
      const start = dayNumber(
        `${Math.floor((cm + k) / 12)}-${String(((cm + k) % 12) + 1).padStart(2, '0')}-01`,
      );
      if (start > asOf) break;
      const next = dayNumber(
        `${Math.floor((cm + k + 1) / 12)}-${String(((cm + k + 1) % 12) + 1).padStart(2, '0')}-01`,
      );
      cumulative += c.byK[k];
      rows.push({
        cohort: `${Math.floor(cm / 12)}-${String((cm % 12) + 1).padStart(2, '0')}`,
        age: k + 1,
        size: c.size,
        value: cumulative / c.size,
        complete: next - 1 <= asOf,
      });
    }
  }
  return rows;
}

/** Formula CLV inputs over the latest `months` complete months (METRICS.md §3, §4, §6). */
export function refFormulaInputs(lines: RefLine[], window: number, months: number, asOfIso?: string) {
  const asOf = dayNumber(asOfIso ?? lastDate(lines));
  const occasions = refOccasions(lines, asOf);
  const used = refChurn(occasions, asOf, window, 'month')
    .filter((p) => p.complete)
    .slice(-months);
  const from = dayNumber(used[0].start);
  const to = periodStart(dayNumber(used[used.length - 1].start) + 31, 'month');
  let orders = 0;
  let activeOrders = 0;
  let revenue = 0;
  for (const o of refOrders(lines)) {
    const d = dayNumber(o.date);
    if (d < from || d >= to) continue;
    revenue += o.cancelled ? Math.min(o.amount, 0) : o.amount;
    if (!(o.amount >= 0) || o.cancelled) continue;
    orders++;
    const s = periodStart(d, 'month');
    const before = (occasions.get(o.customerId) ?? []).filter((x) => x < s);
    if (before.length && s - before[before.length - 1] <= window) activeOrders++;
  }
  const active = used.reduce((a, p) => a + p.activeAtStart, 0);
  const churned = used.reduce((a, p) => a + p.churned, 0);
  return {
    months: used.length,
    active_months: active,
    churned,
    churn_rate: active ? churned / active : null,
    active_orders: activeOrders,
    frequency: active ? activeOrders / active : null,
    orders,
    revenue,
    aov: orders ? revenue / orders : null,
  };
}
