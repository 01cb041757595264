/**
 * Fit diagnostics (METRICS.md §6): a shop whose customers never drop out must be recognised as one the
 * BG/NBD cannot describe; a normal shop must give no warning and its known parameters back.
 */
import { describe, expect, it } from 'vitest';
import {
  bgnbdLogLikelihood,
  compressFrequency,
  DROPOUT_EVIDENCE,
  fitBgNbd,
  fitNbd,
  nbdLogLikelihood,
  type BgNbdParams,
} from '../../../src/lib/models/bgnbd';
import { HOLDOUT_TOLERANCE, holdoutMiss, runClvModels } from '../../../src/lib/models/clvJob';
import { identificationWarnings } from '../../../src/lib/models/fit';
import { fitGammaGamma, spendData } from '../../../src/lib/models/gammaGamma';
import { Random } from '../../../src/lib/models/random';
import { simulateBgNbd, simulateSpend } from '../../../src/lib/models/simulate';

const codes = (warnings: { code: string; parameter?: string }[]) =>
  warnings.map((w) => (w.parameter ? `${w.code}:${w.parameter}` : w.code));

describe('nbdLogLikelihood: the BG/NBD without drop-out', () => {
  it('nbdLogLikelihood(r 1, α 1) of (x 0, T 1) and (x 1, T 2) is ln(1/2) + ln(1/9), worked by hand', () => {
    // Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x)): x 0, T 1 → 1/2; x 1, T 2 → Γ(2)/(Γ(1)·3²) = 1/9.
    const groups = compressFrequency([0, 1], [0, 1], [1, 2]);
    expect(nbdLogLikelihood(1, 1, groups)).toBeCloseTo(Math.log(1 / 2) + Math.log(1 / 9), 12);
  });

  it('the BG/NBD likelihood tends to the NBD one as b → ∞ (drop-out share a/(a+b) → 0)', () => {
    const groups = compressFrequency([0, 2, 5], [0, 10, 30], [38, 38, 32]);
    const nbd = nbdLogLikelihood(0.5, 4, groups);
    const at = (b: number) => bgnbdLogLikelihood({ r: 0.5, alpha: 4, a: 1, b }, groups);
    expect(Math.abs(at(1e6) - nbd)).toBeLessThan(1e-4);
    expect(Math.abs(at(1e6) - nbd)).toBeLessThan(Math.abs(at(10) - nbd));
  });
});

describe('identificationWarnings', () => {
  it('flags each parameter whose standard error exceeds its estimate, and all when there are none', () => {
    const params = { r: 0.5, b: 541_938 };
    expect(identificationWarnings(['r', 'b'], params, { r: 0.1, b: 600_000 })).toEqual([
      { code: 'notIdentified', parameter: 'b', values: { value: 541_938, se: 600_000 } },
    ]);
    expect(identificationWarnings(['r', 'b'], params, { r: 0.5, b: 1 })).toEqual([]);
    expect(identificationWarnings(['r', 'b'], params, null)).toEqual([{ code: 'notIdentified' }]);
    expect(identificationWarnings(['r'], { r: 1 }, { r: Number.NaN })).toHaveLength(1);
  });
});

describe('fitBgNbd diagnostics on simulated shops', () => {
  const normal: BgNbdParams = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };

  it('a shop where nobody drops out (p = 0) gives the not-identified warning for drop-out', () => {
    // a = 0 in the simulator: p = 0 for every customer. The likelihood then rises towards a/(a+b) → 0.
    const sim = simulateBgNbd({ ...normal, a: 0 }, { customers: 4_000, seed: 41, minT: 26, maxT: 39 });
    expect(Array.from(sim.x).some((x) => x > 3)).toBe(true);
    const groups = compressFrequency(sim.x, sim.tx, sim.T);
    const fit = fitBgNbd(groups);
    expect(codes(fit.warnings)).toContain('notIdentified:dropout');
    // The warning rests on the likelihood: the NBD (no drop-out) is within 1.92 of the BG/NBD's best.
    const gain = fit.logLikelihood - fitNbd(groups).logLikelihood;
    expect(gain).toBeLessThan(DROPOUT_EVIDENCE);
    // And P(alive) is near 1 because the fitted drop-out share is near 0, not because anyone is alive.
    expect(fit.params.a / (fit.params.a + fit.params.b)).toBeLessThan(0.01);
  });

  it.each([
    [41, 4_000],
    [42, 8_000],
  ])('a normal shop (seed %i, %i customers) gives no warning and its parameters back', (seed, customers) => {
    const sim = simulateBgNbd(normal, { customers, seed, minT: 26, maxT: 39 });
    const groups = compressFrequency(sim.x, sim.tx, sim.T);
    const fit = fitBgNbd(groups);
    expect(fit.warnings).toEqual([]);
    expect(fit.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(fit.params[k] - normal[k])).toBeLessThan(3 * fit.standardErrors![k]);
    // Drop-out is plain in these data: the BG/NBD beats the no-drop-out model by far more than 1.92.
    expect(fit.logLikelihood - fitNbd(groups).logLikelihood).toBeGreaterThan(50);
  });
});

describe('Gamma-Gamma diagnostics', () => {
  it('a population whose spend has no finite mean (q < 1) gives noMeanSpend', () => {
    const rng = new Random(7);
    const x = Float64Array.from({ length: 3000 }, () => 1 + Math.floor(rng.exponential(0.35)));
    const m = simulateSpend({ p: 4, q: 0.6, gamma: 10 }, x, 8);
    const fit = fitGammaGamma(spendData(x, m).data)!;
    expect(fit.params.q).toBeLessThanOrEqual(1);
    expect(codes(fit.warnings)).toContain('noMeanSpend');
  });

  it('a sound spend population gives no warning', () => {
    const rng = new Random(21);
    const x = Float64Array.from({ length: 3000 }, () => 1 + Math.floor(rng.exponential(0.35)));
    const fit = fitGammaGamma(spendData(x, simulateSpend({ p: 6, q: 4, gamma: 15 }, x, 22)).data)!;
    expect(fit.warnings).toEqual([]);
  });
});

describe('holdout check as a diagnostic', () => {
  const truth: BgNbdParams = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
  const sim = simulateBgNbd(truth, {
    customers: 4_000,
    seed: 5,
    minT: 26,
    maxT: 39,
    holdout: 39,
    spend: { p: 6, q: 4, gamma: 15 },
  });
  const input = (actual: Float64Array) => ({
    x: sim.x,
    tx: sim.tx,
    T: sim.T,
    m: sim.m,
    settings: { horizonMonths: 12, monthlyDiscount: 0.01, margin: 1, unitDays: 7 },
    fallbackSpend: 30,
    holdout: { length: 39, actual, offsets: new Float64Array(sim.x.length), times: [] },
  });

  it('holdoutMiss is (predicted − actual) ÷ actual, null without actual occasions', () => {
    expect(holdoutMiss({ predicted: 82, actual: 100 })).toBeCloseTo(-0.18, 12);
    expect(holdoutMiss({ predicted: 5, actual: 0 })).toBeNull();
    expect(HOLDOUT_TOLERANCE).toBe(0.1);
  });

  it('a simulated shop predicted within 10 % gives no warning on either fit', () => {
    const result = runClvModels(input(sim.holdout));
    const miss = Math.abs(holdoutMiss(result.holdout!)!);
    expect(miss).toBeLessThan(0.1);
    expect(result.bgnbd.warnings).toEqual([]);
    expect(result.gammaGamma!.warnings).toEqual([]);
  });

  it('one more actual holdout occasion for 3 customers in 10 makes the holdout miss a BG/NBD warning', () => {
    const more = sim.holdout.map((v, i) => (i % 10 < 3 ? v + 1 : v));
    const result = runClvModels(input(more));
    const w = result.bgnbd.warnings.find((v) => v.code === 'holdoutMiss');
    expect(w).toBeDefined();
    expect(w!.values!.miss).toBeCloseTo(holdoutMiss(result.holdout!)!, 12);
    expect(w!.values!.miss).toBeLessThan(-HOLDOUT_TOLERANCE);
  });
});
