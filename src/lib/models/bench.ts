/**
 * The lifetime-value benchmark case (issue: fit and score 100k customers within 2 s in Chromium).
 * `benchClvFit` simulates customers once (not timed), then times `runClvModels` on them.
 */
import { DAYS_PER_MONTH } from './clv';
import { runClvModels, type ClvJobInput } from './clvJob';
import { simulateBgNbd } from './simulate';

/**
 * Simulated shop data shaped like the real thing: weeks as the unit, times on whole days, customers
 * acquired over two years, parameters near the published CDNOW estimates.
 */
export function clvBenchInput(customers = 100_000, seed = 1): ClvJobInput {
  const sim = simulateBgNbd(
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    { customers, seed, minT: 1 / 7, maxT: 104, grid: 1 / 7, spend: { p: 6.25, q: 3.74, gamma: 15.45 } },
  );
  return {
    x: sim.x,
    tx: sim.tx,
    T: sim.T,
    m: sim.m,
    settings: { horizonMonths: 12, monthlyDiscount: 0.01, margin: 1, unitDays: 7 },
    fallbackSpend: 35,
    minPeriod: 13,
  };
}

/** Fit BG/NBD + Gamma-Gamma and score every customer; returns the timing and what was fitted. */
export function benchClvFit(customers = 100_000, seed = 1) {
  const input = clvBenchInput(customers, seed);
  const result = runClvModels(input);
  return {
    customers,
    groups: result.groups,
    ms: result.ms,
    bgnbd: result.bgnbd.params,
    gammaGamma: result.gammaGamma?.params ?? null,
    monthUnits: DAYS_PER_MONTH / 7,
  };
}
