/**
 * Everything the lifetime-value page asks of the models, as one pure function of typed arrays: fit
 * BG/NBD and Gamma-Gamma, score every customer, and (with a calibration end) run the holdout check.
 * The Web Worker, the CLI and the benchmark all call this.
 */
import {
  aliveExpectations,
  compressFrequency,
  fitBgNbd,
  NumberKeys,
  pAlive,
  type BgNbdParams,
} from './bgnbd';
import { scoreCustomers, type ClvSettings, type CustomerScores } from './clv';
import type { FitReport } from './fit';
import { fitGammaGamma, frequencySpendCorrelation, spendData, type GammaGammaParams } from './gammaGamma';
import { expectedCumulativeRepeats, holdoutByRepeats, type RepeatBucket } from './holdout';

/** Per-customer inputs in model time units, aligned by index. */
export interface ClvJobInput {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the repeat occasions in the calibration period (0 without repeats). */
  m: Float64Array;
  settings: ClvSettings;
  /** Spend per occasion to use without a Gamma-Gamma fit: the data's mean occasion value. */
  fallbackSpend: number;
  /** Warn when the longest observation time is shorter than this (model units). */
  minPeriod?: number;
  /** The holdout check; absent without a calibration end. */
  holdout?: {
    /** Length of the holdout period (model units). */
    length: number;
    /** Repeat occasions each customer actually made in the holdout period. */
    actual: Float64Array;
    /** Time of each customer's first occasion from a common origin (model units). */
    offsets: Float64Array;
    /** Times from the origin at which to predict cumulative repeat occasions (e.g. week ends). */
    times: number[];
  };
}

export interface HoldoutResult {
  /** Total predicted and actual repeat occasions in the holdout period. */
  predicted: number;
  actual: number;
  byRepeats: RepeatBucket[];
  /** Predicted cumulative repeat occasions at each of `holdout.times`. */
  tracking: number[];
  /** Predicted holdout occasions per customer. */
  perCustomer: Float64Array;
}

export interface ClvJobResult {
  bgnbd: FitReport<BgNbdParams>;
  /** Null when too few repeat buyers have a positive mean spend. */
  gammaGamma: FitReport<GammaGammaParams> | null;
  /** Correlation of repeat count and mean spend among repeat buyers (the model assumes none). */
  spendCorrelation: number | null;
  /** Repeat buyers left out of the Gamma-Gamma fit for a non-positive mean spend. */
  excludedSpend: number;
  /** Distinct (x, t_x, T) groups the likelihood ran over. */
  groups: number;
  scores: CustomerScores;
  holdout: HoldoutResult | null;
  /** Milliseconds spent fitting, scoring, and in total. */
  ms: { fit: number; score: number; total: number };
}

/**
 * The holdout check misses when predicted repeat occasions after the calibration end differ from the
 * actual ones by more than this share of the actual (METRICS.md §6 "Fit diagnostics").
 */
export const HOLDOUT_TOLERANCE = 0.1;

/** (predicted − actual) ÷ actual over the holdout period; null without actual repeat occasions. */
export function holdoutMiss(h: { predicted: number; actual: number }): number | null {
  return h.actual > 0 ? (h.predicted - h.actual) / h.actual : null;
}

/** Fit both models, score every customer and run the holdout check (a miss is a BG/NBD warning). */
export function runClvModels(input: ClvJobInput): ClvJobResult {
  const start = performance.now();
  const groups = compressFrequency(input.x, input.tx, input.T);
  const bgnbd = fitBgNbd(groups, { minPeriod: input.minPeriod });
  const spend = spendData(input.x, input.m);
  const gammaGamma = fitGammaGamma(spend.data);
  const fitted = performance.now();
  const scores = scoreCustomers(
    bgnbd.params,
    gammaGamma?.params ?? null,
    input.fallbackSpend,
    input,
    input.settings,
  );
  const holdout = input.holdout ? runHoldout(bgnbd.params, input, input.holdout) : null;
  const miss = holdout ? holdoutMiss(holdout) : null;
  if (miss !== null && Math.abs(miss) > HOLDOUT_TOLERANCE)
    bgnbd.warnings.push({
      code: 'holdoutMiss',
      values: { predicted: holdout!.predicted, actual: holdout!.actual, miss },
    });
  const end = performance.now();
  return {
    bgnbd,
    gammaGamma,
    spendCorrelation: frequencySpendCorrelation(spend.data),
    excludedSpend: spend.excluded,
    groups: groups.x.length,
    scores,
    holdout,
    ms: { fit: fitted - start, score: end - fitted, total: end - start },
  };
}

function runHoldout(
  p: BgNbdParams,
  input: ClvJobInput,
  h: NonNullable<ClvJobInput['holdout']>,
): HoldoutResult {
  const n = input.x.length;
  const perCustomer = new Float64Array(n);
  const cache = new NumberKeys<number>();
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < n; i++) {
    let alive = cache.get(input.x[i], input.T[i]);
    if (alive === undefined) {
      alive = aliveExpectations(p, [h.length], input.x[i], input.T[i])[0];
      cache.set(input.x[i], input.T[i], 0, alive);
    }
    perCustomer[i] = pAlive(p, input.x[i], input.tx[i], input.T[i]) * alive;
    predicted += perCustomer[i];
    actual += h.actual[i];
  }
  return {
    predicted,
    actual,
    byRepeats: holdoutByRepeats(input.x, h.actual, perCustomer),
    tracking: expectedCumulativeRepeats(p, h.offsets, h.times),
    perCustomer,
  };
}
