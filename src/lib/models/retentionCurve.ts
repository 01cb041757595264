/**
 * The retention curve of retention economics (METRICS.md §8): U_k, conditional retention c_k and
 * revenue per still-active customer v_k by monthly cohort age, observed where cohorts have completed
 * age k and extrapolated beyond. Pure numbers: no SQL, no Svelte.
 */

/** One age of the measured curve (the SQL rows of `buildRetentionCurveSql`). */
export interface ObservedAge {
  k: number;
  customers: number;
  retained: number;
  revenue: number;
}

export interface RetentionCurve {
  /** U_k for k = 0 … K, observed: pooled "in k or later" retention, made monotone non-increasing. */
  observed: number[];
  /** v_k for k = 0 … K: net revenue in month k per customer still active at k (0 when none is). */
  revenue: number[];
  /** First age whose U_k is extrapolated (K + 1). */
  extrapolatedFrom: number;
  /** The c_k carried forward beyond K: the mean of the last 6 observed c_k. */
  tailRetention: number;
  /** The v_k carried forward beyond K: the mean of the last 6 observed v_k with customers behind them. */
  tailRevenue: number;
}

/** How many of the last observed ages the extrapolation averages (METRICS.md §8). */
export const TAIL_AGES = 6;

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * The curve from its measured ages. Null when fewer than two ages are complete: with no observed
 * c_1 there is nothing to carry forward. Later ages pool fewer cohorts, so the raw pooled U_k can
 * rise; U_k is held at U_(k−1) then, keeping the curve a survival curve (§8: monotone).
 */
export function retentionCurve(rows: ObservedAge[]): RetentionCurve | null {
  const ages = [...rows].sort((a, b) => a.k - b.k).filter((r, i) => r.k === i && r.customers > 0);
  if (ages.length < 2) return null;
  const observed: number[] = [];
  for (const r of ages) observed.push(Math.min(r.retained / r.customers, observed.at(-1) ?? Infinity));
  const revenue = ages.map((r) => (r.retained > 0 ? r.revenue / r.retained : 0));
  const K = observed.length - 1;
  const first = Math.max(1, K - TAIL_AGES + 1);
  const cs: number[] = [];
  for (let k = first; k <= K; k++) cs.push(conditional(observed, k));
  const vs = ages.slice(first).filter((r) => r.retained > 0);
  return {
    observed,
    revenue,
    extrapolatedFrom: K + 1,
    tailRetention: mean(cs),
    tailRevenue: vs.length ? mean(vs.map((r) => r.revenue / r.retained)) : (revenue.at(-1) ?? 0),
  };
}

/** c_k = U_k ÷ U_(k−1) of an observed curve (0 once nobody is left). */
function conditional(u: number[], k: number): number {
  return u[k - 1] > 0 ? u[k] / u[k - 1] : 0;
}

/** Baseline conditional retention c_k at any age k ≥ 1, extrapolated beyond the data. */
export function conditionalAt(curve: RetentionCurve, k: number): number {
  return k < curve.extrapolatedFrom ? conditional(curve.observed, k) : curve.tailRetention;
}

/** v_k at any age k ≥ 0, extrapolated beyond the data. */
export function revenueAt(curve: RetentionCurve, k: number): number {
  return k < curve.extrapolatedFrom ? curve.revenue[k] : curve.tailRevenue;
}

/**
 * U'_0 … U'_(length−1) when every month's churn 1 − c_k is multiplied by `factor` (factor 1: the
 * baseline). Churn stays within 0 … 1.
 */
export function survival(curve: RetentionCurve, factor: number, length: number): number[] {
  const u = new Array<number>(length);
  if (length > 0) u[0] = curve.observed[0];
  for (let k = 1; k < length; k++) {
    const churn = Math.min(1, Math.max(0, factor * (1 - conditionalAt(curve, k))));
    u[k] = u[k - 1] * (1 - churn);
  }
  return u;
}

/** Annual retention A = U_12 ÷ U_0 (METRICS.md §8) under a churn factor. */
export function annualRetention(curve: RetentionCurve, factor = 1): number {
  const u = survival(curve, factor, 13);
  return u[0] > 0 ? u[12] / u[0] : 0;
}

/** The churn factor of a "+Δ points" scenario and what it achieves. */
export interface ScenarioFactor {
  /** f: every month's churn is multiplied by it. */
  factor: number;
  /** A' = annual retention under f. */
  annualRetention: number;
  /** A + Δ cannot be reached (it exceeds 100 %, or a month already keeps everyone): f = 0, A' < A + Δ. */
  capped: boolean;
}

/**
 * The factor f with annual retention A + Δ (`delta` as a fraction: 5 points = 0.05), by bisection:
 * A'(f) falls as f grows, A'(1) = A. Δ = 0 gives f = 1 exactly; a target above A'(0) is capped at f = 0.
 * Negative Δ searches f above 1, up to where the month with most churn loses everyone.
 */
export function scenarioFactor(curve: RetentionCurve, delta: number): ScenarioFactor {
  const base = annualRetention(curve, 1);
  if (delta === 0) return { factor: 1, annualRetention: base, capped: false };
  const target = base + delta;
  let [lo, hi] = delta > 0 ? [0, 1] : [1, maxFactor(curve)];
  const top = annualRetention(curve, lo);
  if (target >= top) return { factor: lo, annualRetention: top, capped: target > top + 1e-12 };
  const bottom = annualRetention(curve, hi);
  if (target <= bottom) return { factor: hi, annualRetention: bottom, capped: target < bottom - 1e-12 };
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (annualRetention(curve, mid) > target) lo = mid;
    else hi = mid;
  }
  const factor = (lo + hi) / 2;
  return { factor, annualRetention: annualRetention(curve, factor), capped: false };
}

/** The factor at which the first year's highest monthly churn reaches 100 %. */
function maxFactor(curve: RetentionCurve): number {
  let worst = 0;
  for (let k = 1; k <= 12; k++) worst = Math.max(worst, 1 - conditionalAt(curve, k));
  return worst > 0 ? 1 / worst : 1;
}
