/**
 * Retention economics (METRICS.md §8): profit over a horizon from the user's own retention curve,
 * revenue per active customer and acquisition rate, and how it changes when annual retention rises by
 * Δ points. Pure numbers: no SQL, no Svelte.
 */
import {
  retentionCurve,
  revenueAt,
  scenarioFactor,
  survival,
  type ObservedAge,
  type RetentionCurve,
} from './retentionCurve';

/** Existing customers of one monthly cohort: how many, and the age (in months) they are at now. */
export interface CohortNow {
  size: number;
  age: number;
}

/** Everything a profit projection uses besides the scenario. */
export interface ValueInputs {
  curve: RetentionCurve;
  cohorts: CohortNow[];
  /** New customers per month (the recent acquisition rate). */
  acquisitionRate: number;
  /** Gross margin as a fraction of net revenue. */
  margin: number;
  /** Cost of acquiring one new customer, in money. */
  acquisitionCost: number;
  /** Monthly discount rate (0.01 = 1 %). */
  monthlyDiscount: number;
}

/**
 * Profit over the next `months` months when monthly churn is multiplied by `factor` (METRICS.md §8).
 * Month t = 1 … H after the as-of month is discounted by (1 + r)^−t. Existing customers of a cohort at
 * age a are alive now in share U_a (the baseline: the past is not changed) and, given that, at age
 * a + t in share U'_(a+t) ÷ U'_a. Each month brings `acquisitionRate` new customers at age 0, each
 * costing `acquisitionCost`; they are alive at age j in share U'_j. Every alive customer brings v_k.
 */
export function profit(inputs: ValueInputs, factor: number, months: number): number {
  const { curve, cohorts, acquisitionRate: rate, margin } = inputs;
  const oldest = Math.max(0, ...cohorts.map((c) => c.age));
  const length = oldest + months + 1;
  const scenario = survival(curve, factor, length);
  const baseline = factor === 1 ? scenario : survival(curve, 1, length);
  const v = Array.from({ length }, (_, k) => revenueAt(curve, k));
  const discount = Array.from({ length: months + 1 }, (_, t) => (1 + inputs.monthlyDiscount) ** -t);
  let revenue = 0;
  for (const c of cohorts) {
    if (!(scenario[c.age] > 0)) continue;
    const alive = (c.size * baseline[c.age]) / scenario[c.age];
    for (let t = 1; t <= months; t++) revenue += alive * scenario[c.age + t] * v[c.age + t] * discount[t];
  }
  // In month t the new cohorts are aged 0 … t−1: Σ_j U'_j v_j, kept as a running sum.
  let perNewCohorts = 0;
  let cost = 0;
  for (let t = 1; t <= months; t++) {
    perNewCohorts += scenario[t - 1] * v[t - 1];
    revenue += rate * perNewCohorts * discount[t];
    cost += inputs.acquisitionCost * rate * discount[t];
  }
  return revenue * margin - cost;
}

/** One scenario's result over one horizon. */
export interface ScenarioResult {
  /** Δ in points of annual retention. */
  delta: number;
  factor: number;
  annualRetention: number;
  capped: boolean;
  profit: number;
  /** Profit minus the baseline's, in money. */
  change: number;
  /** Change ÷ |baseline profit|; null when the baseline profit is not positive. */
  changePct: number | null;
}

/** Baseline and "+Δ points" scenarios over a horizon of `months` months. */
export function scenarios(inputs: ValueInputs, deltas: number[], months: number): ScenarioResult[] {
  const base = profit(inputs, 1, months);
  return deltas.map((delta) => {
    const s = scenarioFactor(inputs.curve, delta / 100);
    const p = s.factor === 1 ? base : profit(inputs, s.factor, months);
    return {
      delta,
      ...s,
      profit: p,
      change: p - base,
      changePct: base > 0 ? (p - base) / base : null,
    };
  });
}

/**
 * What one more retained customer is worth at age k: the discounted margin of a customer alive at
 * age k over the next `months` months, starting with month k itself:
 * Σ_{j=0}^{H−1} (U_(k+j) ÷ U_k) × v_(k+j) × margin × (1 + r)^−j (baseline curve).
 */
export function worthAtAge(
  curve: RetentionCurve,
  k: number,
  months: number,
  margin: number,
  monthlyDiscount: number,
): number {
  const u = survival(curve, 1, k + months);
  if (!(u[k] > 0)) return 0;
  let sum = 0;
  for (let j = 0; j < months; j++)
    sum += (u[k + j] / u[k]) * revenueAt(curve, k + j) * (1 + monthlyDiscount) ** -j;
  return sum * margin;
}

/** A monthly cohort as measured: its `YYYY-MM` and size. */
export interface MeasuredCohort {
  cohort: string;
  size: number;
}

/** How many recent complete months the acquisition rate averages (METRICS.md §8). */
export const ACQUISITION_MONTHS = 12;

/**
 * The recent acquisition rate: new customers per month, the mean over the last 12 complete months
 * before the as-of date (a month is complete when it ended on or before it; months without a new
 * customer count as 0), or over fewer when the data start later. `months` says how many were averaged;
 * 0 when no month is complete.
 */
export function acquisitionRate(cohorts: MeasuredCohort[], asOf: string): { rate: number; months: number } {
  if (!cohorts.length) return { rate: 0, months: 0 };
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const [y, m, d] = asOf.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
  const last = index(asOf) - (monthEnd ? 0 : 1);
  const first = Math.min(...cohorts.map((c) => index(c.cohort)));
  const from = Math.max(first, last - ACQUISITION_MONTHS + 1);
  if (last < from) return { rate: 0, months: 0 };
  const total = cohorts
    .filter((c) => index(c.cohort) >= from && index(c.cohort) <= last)
    .reduce((s, c) => s + c.size, 0);
  const months = last - from + 1;
  return { rate: total / months, months };
}

/** The user's money inputs (METRICS.md §8). */
export interface MoneyInputs {
  margin: number;
  acquisitionCost: number;
  monthlyDiscount: number;
}

/**
 * The projection's inputs from the measured curve and cohorts (`buildRetentionCurveSql`,
 * `buildRetentionCohortsSql`); null when fewer than two cohort months are complete.
 */
export function valueInputs(
  ages: ObservedAge[],
  cohorts: (MeasuredCohort & { age: number })[],
  asOf: string,
  money: MoneyInputs,
): (ValueInputs & { acquisitionMonths: number }) | null {
  const curve = retentionCurve(ages);
  if (!curve) return null;
  const { rate, months } = acquisitionRate(cohorts, asOf);
  return {
    curve,
    cohorts: cohorts.map((c) => ({ size: c.size, age: c.age })),
    acquisitionRate: rate,
    acquisitionMonths: months,
    ...money,
  };
}
