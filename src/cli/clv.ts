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
import { UsageError } from './args';
import type { Command } from './commands';

/** The JSON `lojal clv --json` prints (issue contract: names and order are fixed). */
export interface ClvJson {
  timeUnit: TimeUnit;
  calibrationEnd: string | null;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; customers: number };
  gammaGamma: { p: number; q: number; gamma: number; customers: number } | null;
  holdout: { predicted: number; actual: number } | null;
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
      },
      gammaGamma: gg && { p: gg.params.p, q: gg.params.q, gamma: gg.params.gamma, customers: gg.customers },
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
    return row;
  });
  return toCsv(fields, rows) + '\r\n';
}
