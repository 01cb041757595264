/**
 * What the Value of retention page draws (METRICS.md §8), computed from the projection's inputs: the
 * profit change for Δ = 0 … 10 over 1, 3 and 5 years, the baseline and scenario retention curves, and
 * the worth of one more retained customer by age. Pure: no Svelte, no DuckDB.
 */
import { annualRetention, revenueAt, scenarioFactor, survival } from '../../models/retentionCurve';
import { scenarios, worthAtAge, type ScenarioResult, type ValueInputs } from '../../models/retentionValue';
import { HORIZON_YEARS } from '../../settings/schema';

/** Δ = 0 … 10 points: the x axis of the profit-change curve. */
export const DELTAS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The literature's headline (Reichheld & Schefter 2000): 5 points more retention → 25–95 % more profit. */
export const LITERATURE = { delta: 5, low: 0.25, high: 0.95 };

/** One horizon's scenario results, Δ = 0 … 10. */
export interface HorizonCurve {
  years: number;
  rows: ScenarioResult[];
}

/** Profit and its change for Δ = 0 … 10 over each horizon (1, 3, 5 years). */
export function profitCurves(inputs: ValueInputs): HorizonCurve[] {
  return HORIZON_YEARS.map((years) => ({ years, rows: scenarios(inputs, DELTAS, years * 12) }));
}

/** The chosen scenario (the settings' Δ and horizon) with its baseline. */
export function chosenScenario(inputs: ValueInputs, delta: number, years: number) {
  const [row] = scenarios(inputs, [delta], years * 12);
  return {
    ...row,
    baselineRetention: annualRetention(inputs.curve),
    target: annualRetention(inputs.curve) + delta / 100,
  };
}

/** One age of the retention curves: today's and the scenario's U_k, and whether U_k was observed. */
export interface CurvePoint {
  k: number;
  baseline: number;
  scenario: number;
  observed: boolean;
}

/**
 * Today's curve and the scenario's, from age 0 to `months` (at least a year past the data), with the
 * factor f that multiplies every month's churn.
 */
export function retentionCurves(
  inputs: ValueInputs,
  delta: number,
  months: number,
): { points: CurvePoint[]; factor: number } {
  const length = Math.max(months, inputs.curve.extrapolatedFrom + 12) + 1;
  const { factor } = scenarioFactor(inputs.curve, delta / 100);
  const baseline = survival(inputs.curve, 1, length);
  const scenario = survival(inputs.curve, factor, length);
  return {
    factor,
    points: baseline.map((b, k) => ({
      k,
      baseline: b,
      scenario: scenario[k],
      observed: k < inputs.curve.extrapolatedFrom,
    })),
  };
}

/** Revenue per active customer and the worth of one more retained customer at ages 0 … `maxAge`. */
export function worthByAge(inputs: ValueInputs, years: number, maxAge: number) {
  return Array.from({ length: maxAge + 1 }, (_, k) => ({
    k,
    revenue: revenueAt(inputs.curve, k),
    worth: worthAtAge(inputs.curve, k, years * 12, inputs.margin, inputs.monthlyDiscount),
    observed: k < inputs.curve.extrapolatedFrom,
  }));
}
