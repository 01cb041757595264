/**
 * "Who to contact first": valuable customers whose P(alive) is falling and who are in a level that the
 * drivers view (METRICS.md §9) says goes with clearly shorter survival than the best level. Pure.
 */

/** A customer as the list reads them. */
export interface ActionCandidate {
  id: string;
  /** Net revenue to date. */
  revenue: number;
  /** Their level of the attribute acted on; null when they have none (e.g. not past the landmark). */
  level: string | null;
  /** From the BG/NBD model; null when the customer was not scored. */
  pAlive: number | null;
  /** Predicted CLV over the horizon; null when not scored. */
  clv: number | null;
}

/** A level's 12-month survival and its 95 % interval. */
export interface ActionLevel {
  level: string;
  survival12: number | null;
  lower: number | null;
  upper: number | null;
}

export interface ActionOptions {
  /** Levels of the attribute acted on, with the best level's name. */
  levels: ActionLevel[];
  best: string;
  /** P(alive) strictly below this counts as falling. */
  pAliveBelow: number;
  limit: number;
}

/** One customer to contact, and why. */
export interface ActionContact extends ActionCandidate {
  level: string;
  /** What made them valuable: predicted CLV in the top quarter (checked first), else revenue. */
  valuable: 'clv' | 'revenue';
}

/** The upper quartile (type 7, as DuckDB's quantile_cont) of the finite values; null when there are none. */
export function upperQuartile(values: Iterable<number | null>): number | null {
  const xs = [...values].filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const h = (xs.length - 1) * 0.75;
  const lo = Math.floor(h);
  return xs[lo] + (h - lo) * ((xs[Math.min(lo + 1, xs.length - 1)] ?? xs[lo]) - xs[lo]);
}

/**
 * Levels whose 12-month survival is clearly below the best level's: their upper 95 % bound is below the
 * best level's lower bound (the intervals do not overlap).
 */
export function worseLevels(levels: ActionLevel[], best: string): Set<string> {
  const top = levels.find((l) => l.level === best);
  const out = new Set<string>();
  if (!top || top.lower === null) return out;
  for (const l of levels) if (l.level !== best && l.upper !== null && l.upper < top.lower) out.add(l.level);
  return out;
}

/**
 * The customers to contact: valuable (predicted CLV or revenue to date at or above the upper quartile),
 * P(alive) below the threshold, in a clearly worse level; most valuable first (predicted CLV, then
 * revenue, then id). Returns the first `limit` and how many qualified in all.
 */
export function pickContacts(
  customers: ActionCandidate[],
  options: ActionOptions,
): { contacts: ActionContact[]; total: number } {
  const worse = worseLevels(options.levels, options.best);
  const clvCut = upperQuartile(customers.map((c) => c.clv));
  const revenueCut = upperQuartile(customers.map((c) => c.revenue));
  const all: ActionContact[] = [];
  for (const c of customers) {
    if (c.level === null || !worse.has(c.level)) continue;
    if (c.pAlive === null || !(c.pAlive < options.pAliveBelow)) continue;
    const byClv = clvCut !== null && c.clv !== null && c.clv >= clvCut;
    const byRevenue = revenueCut !== null && c.revenue >= revenueCut;
    if (!byClv && !byRevenue) continue;
    all.push({ ...c, level: c.level, valuable: byClv ? 'clv' : 'revenue' });
  }
  all.sort(
    (a, b) =>
      (b.clv ?? -Infinity) - (a.clv ?? -Infinity) ||
      b.revenue - a.revenue ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { contacts: all.slice(0, Math.max(0, Math.floor(options.limit))), total: all.length };
}
