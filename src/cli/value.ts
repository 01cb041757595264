import {
  buildRetentionCohortsSql,
  buildRetentionCurveSql,
  type RetentionAgeRow,
  type RetentionCohortRow,
} from '../lib/analysis/retentionValue';
import { annualRetention } from '../lib/models/retentionCurve';
import { profit, scenarios, valueInputs } from '../lib/models/retentionValue';
import { UsageError } from './args';
import type { Command } from './commands';

/** The JSON `lojal value --json` prints (issue contract: names and order are fixed). */
export interface ValueJson {
  baseline: { annualRetention: number; profit: number };
  scenarios: {
    delta: number;
    annualRetention: number;
    profit: number;
    change: number;
    changePct: number | null;
  }[];
  /** First cohort age (months) whose retention is extrapolated. */
  extrapolatedFrom: number;
}

/** The scenarios shown when `--delta` is not given: +1 … +10 points. */
export const DEFAULT_DELTAS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function numberOption(name: string, value: string | undefined, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || v < min || v > max)
    throw new UsageError(`--${name} takes a number from ${min} to ${max}, not '${value}'`);
  return v;
}

/**
 * `lojal value`: retention economics (METRICS.md §8): profit over the horizon from the data's own
 * retention curve, revenue per active customer and acquisition rate, and its change when annual
 * retention rises by Δ points (`--delta`, default 1 … 10).
 */
export const value: Command<ValueJson> = {
  options: ['margin', 'acquisition-cost', 'discount', 'horizon-years', 'delta'],
  async run(engine, info, args) {
    if (!info.roles.includes('orders')) throw new UsageError('value needs an orders file');
    const money = {
      margin: numberOption('margin', args.extra.margin, 1, 0, 1),
      acquisitionCost: numberOption('acquisition-cost', args.extra['acquisition-cost'], 0, 0, 1e12),
      monthlyDiscount: numberOption('discount', args.extra.discount, 0.01, 0, 1),
    };
    const years = numberOption('horizon-years', args.extra['horizon-years'], 3, 1, 50);
    if (!Number.isInteger(years)) throw new UsageError('--horizon-years takes a whole number of years');
    const deltas =
      args.extra.delta === undefined ? DEFAULT_DELTAS : [numberOption('delta', args.extra.delta, 0, 0, 100)];
    const asOf = args.shared.asOf ?? null;
    const ages = await engine.query<RetentionAgeRow>(buildRetentionCurveSql({ asOf }));
    const cohorts = await engine.query<RetentionCohortRow>(buildRetentionCohortsSql({ asOf }));
    const inputs = cohorts.length ? valueInputs(ages, cohorts, cohorts[0].as_of, money) : null;
    if (!inputs)
      throw new UsageError('value needs at least two complete months of cohorts to measure retention');
    const months = years * 12;
    const rows = scenarios(inputs, deltas, months);
    return {
      baseline: { annualRetention: annualRetention(inputs.curve), profit: profit(inputs, 1, months) },
      scenarios: rows.map((r) => ({
        delta: r.delta,
        annualRetention: r.annualRetention,
        profit: r.profit,
        change: r.change,
        changePct: r.changePct,
      })),
      extrapolatedFrom: inputs.curve.extrapolatedFrom,
    };
  },
  text(r) {
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
    const money = (v: number) => v.toFixed(2);
    // A scenario whose A + Δ is out of reach stops at no churn at all, short of A + Δ.
    const capped = r.scenarios
      .filter((s) => s.annualRetention < r.baseline.annualRetention + s.delta / 100 - 1e-9)
      .map((s) => s.delta);
    return [
      `annual retention ${pct(r.baseline.annualRetention)}, profit ${money(r.baseline.profit)}; retention extrapolated from month ${r.extrapolatedFrom}`,
      'delta  annual  profit  change  change%',
      ...r.scenarios.map((s) =>
        [`+${s.delta}`, pct(s.annualRetention), money(s.profit), money(s.change), pct(s.changePct)].join(
          '  ',
        ),
      ),
      ...(capped.length
        ? [`+${capped.join(', +')} points cannot be reached: retention is capped at no churn at all`]
        : []),
    ].join('\n');
  },
};
