/**
 * Kaplan–Meier survival estimate with Greenwood's variance and the log-log confidence band
 * (METRICS.md §5; lifelines' KaplanMeierFitter defaults, R `survfit(conf.type = "log-log")`).
 */

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** One subject (or `count` identical subjects): followed for `time`, and whether the event was seen. */
export interface SurvivalObservation {
  time: number;
  /** True: the event (churn) happened at `time`; false: censored at `time` (still a customer then). */
  event: boolean;
  /** How many subjects share this time and flag (default 1). */
  count?: number;
}

/** The curve at one distinct time with an event or a censoring. */
export interface KaplanMeierRow {
  time: number;
  /** Subjects still followed just before `time` (censored at `time` count as at risk at `time`). */
  atRisk: number;
  events: number;
  censored: number;
  /** Estimated probability of surviving past `time`. */
  survival: number;
  /** 95 % log-log band; null where it is undefined (before any event, survival 1, or after it hits 0). */
  lower: number | null;
  upper: number | null;
}

/** A fitted curve. */
export interface KaplanMeierCurve {
  n: number;
  events: number;
  table: KaplanMeierRow[];
  /**
   * First time the survival drops to 0.5 or below; when it equals 0.5 over an interval, the interval's
   * midpoint (R survival's rule, METRICS.md §5); null if it never reaches 0.5.
   */
  median: number | null;
  /** The median's 95 % interval read off the band: where its lower / upper curve crosses 0.5, by the same rule. */
  medianLower: number | null;
  medianUpper: number | null;
}

/** Count events and censorings per distinct time, in ascending time order. */
export function tallyByTime(
  observations: SurvivalObservation[],
): { time: number; events: number; censored: number }[] {
  const byTime = new Map<number, { time: number; events: number; censored: number }>();
  for (const o of observations) {
    const count = o.count ?? 1;
    if (!Number.isFinite(o.time))
      throw new RangeError(`A survival time must be a finite number, got ${o.time}`);
    if (!(count >= 0) || !Number.isInteger(count))
      throw new RangeError(`A count must be a whole number, got ${count}`);
    let cell = byTime.get(o.time);
    if (!cell) byTime.set(o.time, (cell = { time: o.time, events: 0, censored: 0 }));
    if (o.event) cell.events += count;
    else cell.censored += count;
  }
  return [...byTime.values()].filter((c) => c.events + c.censored > 0).sort((a, b) => a.time - b.time);
}

/**
 * The log-log interval for a survival value `s` whose Greenwood sum is `greenwood` = Σ d / (n (n − d)):
 * θ = log(−log S) has standard error √greenwood / |log S|, and the band is S^exp(±z·se)
 * (Kalbfleisch & Prentice 2002, §1.3; lifelines `_bounds`). It always stays inside [0, 1].
 */
export function logLogBand(
  s: number,
  greenwood: number,
  z = Z_95,
): { lower: number | null; upper: number | null } {
  if (!(s > 0 && s < 1) || !Number.isFinite(greenwood)) return { lower: null, upper: null };
  const logS = Math.log(s);
  const se = Math.sqrt(greenwood) / Math.abs(logS);
  const theta = Math.log(-logS);
  return { lower: Math.exp(-Math.exp(theta + z * se)), upper: Math.exp(-Math.exp(theta - z * se)) };
}

// A product such as (1 − 1/4)(1 − 1/3) should be exactly 0.5 but may come out a hair off it in floating
// point; R's quantile.survfit compares with the same tolerance, √(machine ε).
const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * Where a curve, read off `value(row)`, crosses 0.5 (METRICS.md §5, R survival's rule): the first time it
 * is at or below 0.5; but when it equals 0.5 over an interval, that interval's midpoint — from the time
 * it reached 0.5 to the time it next drops, or to the last time in the table when it never does. Null
 * when it stays above 0.5.
 */
function crossing(table: KaplanMeierRow[], value: (r: KaplanMeierRow) => number | null): number | null {
  for (let i = 0; i < table.length; i++) {
    const v = value(table[i]);
    if (v === null || v > 0.5 + TOLERANCE) continue;
    if (v < 0.5 - TOLERANCE) return table[i].time;
    // A flat at exactly 0.5: censorings leave the value as it is, the next drop ends the flat.
    const drop = table.slice(i + 1).find((r) => {
      const next = value(r);
      return next !== null && next < 0.5 - TOLERANCE;
    });
    return (table[i].time + (drop ?? table[table.length - 1]).time) / 2;
  }
  return null;
}

/**
 * Fit the Kaplan–Meier estimator: S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ / nᵢ), with one table row
 * per distinct time that has an event or a censoring.
 */
export function kaplanMeier(observations: SurvivalObservation[], z = Z_95): KaplanMeierCurve {
  const tally = tallyByTime(observations);
  const n = tally.reduce((s, c) => s + c.events + c.censored, 0);
  const table: KaplanMeierRow[] = [];
  let atRisk = n;
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  for (const c of tally) {
    if (c.events > 0) {
      survival *= 1 - c.events / atRisk;
      // Greenwood (1926): Var(log S) = Σ d / (n (n − d)); infinite once everyone has had the event.
      greenwood += atRisk === c.events ? Infinity : c.events / (atRisk * (atRisk - c.events));
      events += c.events;
    }
    const band = logLogBand(survival, greenwood, z);
    table.push({ time: c.time, atRisk, events: c.events, censored: c.censored, survival, ...band });
    atRisk -= c.events + c.censored;
  }
  return {
    n,
    events,
    table,
    median: crossing(table, (r) => r.survival),
    // The band's lower curve crosses 0.5 first, so it gives the interval's lower end (R's 0.95LCL).
    medianLower: crossing(table, (r) => (r.survival === 0 ? 0 : r.lower)),
    medianUpper: crossing(table, (r) => (r.survival === 0 ? 0 : r.upper)),
  };
}

/** The estimated survival at time `t` (a step function, right-continuous): 1 before the first event. */
export function survivalAt(curve: KaplanMeierCurve, t: number): number {
  let s = 1;
  for (const r of curve.table) {
    if (r.time > t) break;
    s = r.survival;
  }
  return s;
}
