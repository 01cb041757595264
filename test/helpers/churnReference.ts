/**
 * Brute-force churn, lifecycle, subscription and survival-input numbers (METRICS.md §3–5), computed day
 * by day in plain TypeScript without any of the SQL's shortcuts, to check the SQL builders against on
 * generated data.
 */

const DAY = 86_400_000;

/** Day number of an ISO date (days since 1970-01-01, UTC). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** ISO date of a day number. */
export function isoDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export type RefPeriod = 'week' | 'month' | 'quarter' | 'year';

/** Day number of the first day of the period holding day `n`; weeks start on Monday. */
export function periodStart(n: number, period: RefPeriod): number {
  const d = new Date(n * DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === 'week') return n - ((d.getUTCDay() + 6) % 7);
  if (period === 'month') return Date.UTC(y, m, 1) / DAY;
  if (period === 'quarter') return Date.UTC(y, m - (m % 3), 1) / DAY;
  return Date.UTC(y, 0, 1) / DAY;
}

/** Every period start from the period holding `from` to the one holding `to`. */
export function periodStarts(from: number, to: number, period: RefPeriod): number[] {
  const out: number[] = [];
  for (let d = periodStart(from, period); d <= to;) {
    out.push(d);
    // The next period starts the day after this one's last day: step day by day until the start changes.
    let e = d;
    while (periodStart(e, period) === d) e++;
    d = e;
  }
  return out;
}

/** Percentile by linear interpolation between order statistics (R type 7). */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]);
}

/** Occasion days per customer, as sorted day numbers. */
export type Occasions = Map<string, number[]>;

/** Days between consecutive occasions: count, median, p90, suggested window (METRICS.md §4). */
export function refInterPurchase(occasions: Occasions) {
  const gaps: number[] = [];
  for (const days of occasions.values())
    for (let i = 1; i < days.length; i++) gaps.push(days[i] - days[i - 1]);
  gaps.sort((a, b) => a - b);
  const p90 = percentile(gaps, 0.9);
  return { gaps, median: percentile(gaps, 0.5), p90, suggestedWindow: p90 === null ? null : Math.ceil(p90) };
}

/** Churn and lifecycle per period, by simulating every customer's state on every day. */
export function refChurn(occasions: Occasions, asOf: number, window: number, period: RefPeriod) {
  const all = [...occasions.values()].flat();
  const starts = periodStarts(Math.min(...all), asOf, period);
  const lastBefore = (days: number[], d: number) => days.filter((o) => o < d).at(-1);
  // Lapsed at the start of day d (before any purchase that day): the latest earlier occasion is more than
  // W days before d. A customer who buys again exactly W + 1 days later lapsed that morning.
  const lapsedAtStart = (days: number[], d: number) => {
    const last = lastBefore(days, d);
    return last !== undefined && d - last > window;
  };
  return starts.map((s, i) => {
    const e = i + 1 < starts.length ? starts[i + 1] : periodStarts(s, s + 400, period)[1];
    const prev = i > 0 ? starts[i - 1] : periodStarts(s - 400, s - 1, period).at(-1)!;
    let activeAtStart = 0;
    let churned = 0;
    const counts = { new: 0, returning: 0, resurrected: 0, lapsed: 0 };
    for (const days of occasions.values()) {
      const last = lastBefore(days, s);
      if (last !== undefined && s - last <= window) activeAtStart++;
      // A churn event is dated on the last active day before the customer turns lapsed (last + W). It is
      // seen when that day is on or before the as-of date: the as-of day's orders are in the data, so by
      // its end we know whether the customer bought on it (METRICS.md §4).
      for (let d = s; d < e; d++)
        if (d <= asOf && lapsedAtStart(days, d + 1) && !lapsedAtStart(days, d)) churned++;
      const inP = days.some((o) => o >= s && o < e);
      const inPrev = days.some((o) => o >= prev && o < s);
      const earlier = days.some((o) => o < prev);
      if (inP && !inPrev && !earlier) counts.new++;
      if (inP && inPrev) counts.returning++;
      if (inP && !inPrev && earlier) counts.resurrected++;
      if (!inP && inPrev) counts.lapsed++;
    }
    return {
      start: isoDay(s),
      activeAtStart,
      churned,
      churnRate: activeAtStart ? churned / activeAtStart : null,
      ...counts,
      complete: e - 1 <= asOf,
    };
  });
}

/** Survival inputs for orders (METRICS.md §5): one subject per customer. */
export function refOrderSurvival(occasions: Occasions, asOf: number, window: number) {
  return [...occasions.entries()].map(([customerId, days]) => {
    const first = days[0];
    const last = days.at(-1)!;
    // Lapsed by the as-of date: the W days after the last occasion all lie on or before it (§4).
    const event = last + window <= asOf;
    return { customerId, duration: event ? last - first : asOf - first, event };
  });
}

/** A subscription row as a test writes it. */
export interface RefSubscription {
  customerId: string;
  start: string;
  end: string | null;
  amount: number;
  plan: string;
}

/** Whether a subscription is active on day d, as known at the as-of date (an end after it is unknown). */
function activeOn(s: RefSubscription, d: number, asOf: number): boolean {
  const start = dayNumber(s.start);
  const end = s.end === null || dayNumber(s.end) > asOf ? Infinity : dayNumber(s.end);
  return start <= d && d < end && start <= asOf;
}

function byCustomer(subs: RefSubscription[]): Map<string, RefSubscription[]> {
  const m = new Map<string, RefSubscription[]>();
  for (const s of subs) m.set(s.customerId, [...(m.get(s.customerId) ?? []), s]);
  return m;
}

/** Spells (runs of days with an active subscription) per customer, by walking every day to the as-of date. */
export function refSpells(subs: RefSubscription[], asOf: number) {
  const first = Math.min(...subs.map((s) => dayNumber(s.start)));
  const spells: { customerId: string; start: number; end: number | null; firstSub: RefSubscription }[] = [];
  for (const [customerId, list] of byCustomer(subs)) {
    let open: (typeof spells)[number] | null = null;
    for (let d = first; d <= asOf; d++) {
      const active = list.filter((s) => activeOn(s, d, asOf));
      if (active.length && !open) {
        const firstSub = active.sort((a, b) => a.start.localeCompare(b.start))[0];
        open = { customerId, start: d, end: null, firstSub };
        spells.push(open);
      } else if (!active.length && open) {
        open.end = d;
        open = null;
      }
    }
  }
  return spells;
}

/** Logo churn per period from the day-by-day spells. */
export function refSubscriptionChurn(subs: RefSubscription[], asOf: number, period: RefPeriod) {
  const spells = refSpells(subs, asOf);
  const starts = periodStarts(Math.min(...spells.map((s) => s.start)), asOf, period);
  const activeOnDay = (d: number) =>
    spells.filter((s) => s.start <= d && (s.end === null || s.end > d)).length;
  return starts.map((s, i) => {
    const e = i + 1 < starts.length ? starts[i + 1] : periodStarts(s, s + 400, period)[1];
    const activeAtStart = activeOnDay(s - 1);
    const churned = spells.filter((x) => x.end !== null && x.end >= s && x.end < e).length;
    const began = spells.filter((x) => x.start >= s && x.start < e);
    const isFirst = (x: (typeof spells)[number]) => spells.find((y) => y.customerId === x.customerId) === x;
    return {
      start: isoDay(s),
      activeAtStart,
      churned,
      churnRate: activeAtStart ? churned / activeAtStart : null,
      new: began.filter(isFirst).length,
      reactivated: began.filter((x) => !isFirst(x)).length,
      activeAtEnd: activeOnDay(Math.min(e - 1, asOf)),
    };
  });
}

/** Monthly recurring-revenue movements from snapshots on each month's last day (or the as-of date). */
export function refMrr(subs: RefSubscription[], asOf: number) {
  const starts = periodStarts(Math.min(...subs.map((s) => dayNumber(s.start))), asOf, 'month');
  const customers = [...byCustomer(subs).keys()];
  const mrr = (c: string, d: number) =>
    subs.filter((s) => s.customerId === c && activeOn(s, d, asOf)).reduce((t, s) => t + s.amount, 0);
  return starts.map((s, i) => {
    const e = i + 1 < starts.length ? starts[i + 1] : periodStarts(s, s + 40, 'month')[1];
    const snapBefore = s - 1;
    const snapAfter = Math.min(e - 1, asOf);
    const r = {
      start: isoDay(s),
      mrrStart: 0,
      mrrEnd: 0,
      new: 0,
      expansion: 0,
      contraction: 0,
      churned: 0,
      reactivation: 0,
    };
    let kept = 0;
    for (const c of customers) {
      const a = mrr(c, snapBefore);
      const b = mrr(c, snapAfter);
      const everBefore = subs.some((x) => x.customerId === c && dayNumber(x.start) < s);
      r.mrrStart += a;
      r.mrrEnd += b;
      if (a > 0) kept += b;
      if (a === 0 && b > 0) {
        if (everBefore) r.reactivation += b;
        else r.new += b;
      } else if (a > 0 && b === 0) r.churned += a;
      else if (a > 0 && b > a) r.expansion += b - a;
      else if (a > 0 && b < a) r.contraction += a - b;
    }
    return { ...r, nrr: r.mrrStart > 0 ? kept / r.mrrStart : null };
  });
}
