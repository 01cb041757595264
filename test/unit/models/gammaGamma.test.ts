import { describe, expect, it } from 'vitest';
import {
  expectedSpend,
  fitGammaGamma,
  frequencySpendCorrelation,
  gammaGammaLogLikelihood,
  spendData,
  type GammaGammaParams,
} from '../../../src/lib/models/gammaGamma';
import { Random } from '../../../src/lib/models/random';
import { simulateSpend } from '../../../src/lib/models/simulate';
import { gammaDensity, integrateHalfLine } from '../../helpers/quadrature';

const one = (x: number, m: number) => ({ x: Float64Array.of(x), m: Float64Array.of(m) });

/** Density of the mean of x draws from Gamma(p, ν), mixed over ν ~ Gamma(q, γ), by integration. */
function densityByIntegration(g: GammaGammaParams, x: number, m: number): number {
  // The sum of x Gamma(p, ν) draws is Gamma(px, ν), so their mean is Gamma(px, xν).
  return integrateHalfLine(
    (nu) => gammaDensity(m, g.p * x, x * nu) * gammaDensity(nu, g.q, g.gamma),
    g.q / g.gamma,
  );
}

describe('gammaGammaLogLikelihood', () => {
  it('gammaGammaLogLikelihood({p: 1, q: 2, γ: 1}) of (x 1, m 1) is ln(1/4), worked by hand', () => {
    // Γ(3)/(Γ(1)Γ(2)) · 1² · 1¹ · 1⁰ / (1 + 1)³ = 2/8.
    expect(gammaGammaLogLikelihood({ p: 1, q: 2, gamma: 1 }, one(1, 1))).toBeCloseTo(Math.log(1 / 4), 14);
  });

  it('gammaGammaLogLikelihood({p: 2, q: 3, γ: 4}) of (x 2, m 3), worked by hand', () => {
    // Γ(7)/(Γ(4)Γ(3)) · 4³ · 2⁴ · 3³ / (4 + 6)⁷ = 60 · 64 · 16 · 27 / 10⁷.
    expect(gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, one(2, 3))).toBeCloseTo(
      Math.log((60 * 64 * 16 * 27) / 1e7),
      13,
    );
  });

  it.each([
    [1, 12.5],
    [4, 30],
    [15, 7.2],
  ])('gammaGammaLogLikelihood equals the integrated mixture density for (x %i, m %f)', (x, m) => {
    const g = { p: 6.25, q: 3.74, gamma: 15.45 };
    expect(gammaGammaLogLikelihood(g, one(x, m))).toBeCloseTo(Math.log(densityByIntegration(g, x, m)), 8);
  });
});

describe('expectedSpend', () => {
  it.each([
    [1, 12.5],
    [6, 40],
  ])('expectedSpend for (x %i, m %f) equals the posterior mean of p/ν by integration', (x, m) => {
    const g = { p: 6.25, q: 3.74, gamma: 15.45 };
    const weight = (nu: number) => gammaDensity(m, g.p * x, x * nu) * gammaDensity(nu, g.q, g.gamma);
    const expected =
      integrateHalfLine((nu) => (g.p / nu) * weight(nu), g.q / g.gamma) /
      integrateHalfLine(weight, g.q / g.gamma);
    expect(expectedSpend(g, x, m)).toBeCloseTo(expected, 7);
  });

  it('expectedSpend without repeats is the population mean pγ/(q − 1), and NaN when q ≤ 1', () => {
    expect(expectedSpend({ p: 6, q: 4, gamma: 15 }, 0, 0)).toBeCloseTo(30, 12);
    expect(expectedSpend({ p: 6, q: 0.9, gamma: 15 }, 2, 10)).toBeNaN();
  });
});

describe('fitGammaGamma recovers known parameters', () => {
  it('fitGammaGamma on 6000 simulated repeat buyers is within 3 standard errors of the truth', () => {
    const truth = { p: 6, q: 4, gamma: 15 };
    const rng = new Random(21);
    const x = Float64Array.from({ length: 6000 }, () => 1 + Math.floor(rng.exponential(0.35)));
    const m = simulateSpend(truth, x, 22);
    const fit = fitGammaGamma(spendData(x, m).data)!;
    expect(fit.converged).toBe(true);
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(3 * fit.standardErrors![k]);
    }
    // The model assumes spend and frequency are independent; simulated data honour that.
    expect(Math.abs(frequencySpendCorrelation(spendData(x, m).data)!)).toBeLessThan(0.05);
  });

  it('spendData leaves out one-time buyers and counts repeat buyers with a non-positive mean', () => {
    const { data, excluded } = spendData([0, 1, 2, 3], [0, 10, -5, 0]);
    expect(Array.from(data.x)).toEqual([1]);
    expect(excluded).toBe(2);
  });

  it('fitGammaGamma is null with fewer than 10 repeat buyers', () => {
    expect(fitGammaGamma(spendData([1, 2, 3], [5, 6, 7]).data)).toBeNull();
  });
});
