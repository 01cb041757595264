import { writeFile } from 'node:fs/promises';
import {
  buildClvCustomersSql,
  buildClvSpanSql,
  clvArrays,
  clvJobInput,
  TIME_UNITS,
  type ClvCustomerRow,
  type ClvSpanRow,
  type TimeUnit,
} from '../lib/analysis/clvInputs';
import { toCsv } from '../lib/components/customers/csv';
import { runClvModels } from '../lib/models/clvJob';
import type { FitWarning } from '../lib/models/fit';
import { UsageError } from './args';
import type { Command } from './commands';

/** How a fit went (METRICS.md §6 "Fit diagnostics"): warning codes are empty when the fit is sound. */
interface FitDiagnostics<P> {
  converged: boolean;
  /** Asymptotic standard errors; null when the observed information is singular. */
  standardErrors: P | null;
  /** Codes (notIdentified, noMeanSpend, notConverged, holdoutMiss, …); [] when the fit is sound. */
  warnings: string[];
}

type BgJson = { r: number; alpha: number; a: number; b: number };
type GgJson = { p: number; q: number; gamma: number };

/** The JSON `lojal clv --json` prints (issue contract: names and order are fixed; new keys go last). */
export interface ClvJson {
  timeUnit: TimeUnit;
  calibrationEnd: string | null;
  bgnbd: BgJson & { logLikelihood: number; customers: number } & FitDiagnostics<BgJson>;
  gammaGamma:
    | (GgJson & {
        customers: number;
        /** Repeat buyers left out for a mean repeat spend ≤ 0 (they get the population mean). */
        excluded: number;
      } & FitDiagnostics<GgJson>)
    | null;
  holdout: { predicted: number; actual: number } | null;
}

/** A code per warning, once each, in the order found. */
function warningCodes(warnings: FitWarning[]): string[] {
  return [...new Set(warnings.map((w) => w.code))];
}

function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || v < min || v > max)
    throw new UsageError(`--${name} takes a number from ${min} to ${max}, not '${value}'`);
  return v;
}

/**
 * `lojal clv`: BG/NBD and Gamma-Gamma fitted on the data up to the calibration end (default: the as-of
 * date), the holdout check after it, and with `--customers-out FILE` every customer's prediction as CSV.
 */
export const clv: Command<ClvJson> = {
  options: ['calibration-end', 'time-unit', 'horizon-months', 'discount', 'margin', 'customers-out'],
  async run(engine, info, args) {
    if (!info.roles.includes('orders')) throw new UsageError('clv needs an orders file');
    const unit = (args.extra['time-unit'] ?? 'week') as TimeUnit;
    if (!TIME_UNITS.includes(unit))
      throw new UsageError(`--time-unit takes ${TIME_UNITS.join(' | ')}, not '${unit}'`);
    const calibrationEnd = args.extra['calibration-end'] ?? null;
    if (calibrationEnd !== null && !/^\d{4}-\d{2}-\d{2}$/.test(calibrationEnd))
      throw new UsageError('--calibration-end takes a date YYYY-MM-DD');
    const horizonMonths = numberOption('horizon-months', args.extra['horizon-months'], 12, 1, 600);
    if (!Number.isInteger(horizonMonths))
      throw new UsageError('--horizon-months takes a whole number of months');
    const options = {
      unit,
      horizonMonths,
      monthlyDiscount: numberOption('discount', args.extra.discount, 0.01, 0, 1),
      margin: numberOption('margin', args.extra.margin, 1, 0, 1),
    };
    const asOf = args.shared.asOf ?? null;
    const params = { unit, calibrationEnd, asOf };
    const [span] = await engine.query<ClvSpanRow>(buildClvSpanSql(params));
    if (calibrationEnd !== null && span.as_of !== null && calibrationEnd >= span.as_of)
      throw new UsageError(`--calibration-end must be before the as-of date ${span.as_of}`);
    const rows = await engine.query<ClvCustomerRow>(buildClvCustomersSql(params));
    if (rows.length === 0) throw new UsageError('no customer has a purchase before the calibration end');
    const arrays = clvArrays(rows);
    const input = clvJobInput(arrays, span, options);
    const result = runClvModels({ ...input, holdout: input.holdout && { ...input.holdout, times: [] } });
    const out = args.extra['customers-out'];
    if (out) await writeFile(out, customersCsv(arrays.ids, input, result), 'utf8');
    const bg = result.bgnbd;
    const gg = result.gammaGamma;
    return {
      timeUnit: unit,
      calibrationEnd: calibrationEnd === null ? null : span.calibration_end,
      bgnbd: {
        r: bg.params.r,
        alpha: bg.params.alpha,
        a: bg.params.a,
        b: bg.params.b,
        logLikelihood: bg.logLikelihood,
        customers: bg.customers,
        converged: bg.converged,
        standardErrors: bg.standardErrors && {
          r: bg.standardErrors.r,
          alpha: bg.standardErrors.alpha,
          a: bg.standardErrors.a,
          b: bg.standardErrors.b,
        },
        warnings: warningCodes(bg.warnings),
      },
      gammaGamma: gg && {
        p: gg.params.p,
        q: gg.params.q,
        gamma: gg.params.gamma,
        customers: gg.customers,
        excluded: result.excludedSpend,
        converged: gg.converged,
        standardErrors: gg.standardErrors && {
          p: gg.standardErrors.p,
          q: gg.standardErrors.q,
          gamma: gg.standardErrors.gamma,
        },
        warnings: warningCodes(gg.warnings),
      },
      holdout: result.holdout && { predicted: result.holdout.predicted, actual: result.holdout.actual },
    };
  },
  text(r) {
    const f = (v: number) => v.toPrecision(6);
    return [
      `time unit        ${r.timeUnit}${r.calibrationEnd ? `, calibration to ${r.calibrationEnd}` : ''}`,
      `BG/NBD           r ${f(r.bgnbd.r)}  alpha ${f(r.bgnbd.alpha)}  a ${f(r.bgnbd.a)}  b ${f(r.bgnbd.b)}`,
      `                 log-likelihood ${r.bgnbd.logLikelihood.toFixed(2)} over ${r.bgnbd.customers} customers`,
      r.gammaGamma
        ? `Gamma-Gamma      p ${f(r.gammaGamma.p)}  q ${f(r.gammaGamma.q)}  gamma ${f(r.gammaGamma.gamma)} (${r.gammaGamma.customers} repeat buyers)`
        : 'Gamma-Gamma      not fitted (too few repeat buyers with a positive mean spend)',
      r.holdout
        ? `holdout          predicted ${r.holdout.predicted.toFixed(1)} repeat purchases, actual ${r.holdout.actual}`
        : 'holdout          none (no --calibration-end)',
      `warnings         BG/NBD: ${r.bgnbd.warnings.join(', ') || 'none'}` +
        (r.gammaGamma ? `; Gamma-Gamma: ${r.gammaGamma.warnings.join(', ') || 'none'}` : ''),
      ...(r.bgnbd.warnings.includes('notIdentified') || r.gammaGamma?.warnings.length
        ? ['                 predictions rest on an unreliable fit (see model_warnings in --customers-out)']
        : []),
    ].join('\n');
  },
};

/** The per-customer table `--customers-out` writes. */
function customersCsv(
  ids: string[],
  input: ReturnType<typeof clvJobInput>,
  result: ReturnType<typeof runClvModels>,
): string {
  const s = result.scores;
  const h = result.holdout;
  const fields = [
    'customer_id',
    'x',
    't_x',
    'T',
    'mean_repeat_value',
    'p_alive',
    'expected_purchases',
    'expected_spend',
    'predicted_clv',
  ];
  if (h) fields.push('holdout_actual', 'holdout_predicted');
  // Warning codes of the fits each customer's numbers rest on: empty when both are sound.
  fields.push('model_warnings');
  const flags = warningCodes([...result.bgnbd.warnings, ...(result.gammaGamma?.warnings ?? [])]).join(' ');
  const rows = ids.map((id, i) => {
    const row: (string | number)[] = [
      id,
      input.x[i],
      input.tx[i],
      input.T[i],
      input.m[i],
      s.pAlive[i],
      s.expectedPurchases[i],
      s.expectedSpend[i],
      s.clv[i],
    ];
    if (h) row.push(input.holdout!.actual[i], h.perCustomer[i]);
    row.push(flags);
    return row;
  });
  return toCsv(fields, rows) + '\r\n';
}
