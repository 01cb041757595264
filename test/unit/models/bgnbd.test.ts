import { describe, expect, it } from 'vitest';
import {
  bgnbdLogLikelihood,
  compressFrequency,
  conditionalExpectedPurchases,
  expectedPurchases,
  fitBgNbd,
  pAlive,
  sampleGroups,
  type BgNbdParams,
} from '../../../src/lib/models/bgnbd';
import { simulateBgNbd } from '../../../src/lib/models/simulate';
import { betaDensity, gammaDensity, integrate01, integrateHalfLine } from '../../helpers/quadrature';

const one = (x: number, tx: number, T: number) => compressFrequency([x], [tx], [T]);

/** E over p ~ Beta(a, b) and λ ~ Gamma(r, α) of f(λ, p), by nested numerical integration. */
function expectOver(p: BgNbdParams, f: (lambda: number, prob: number, notProb: number) => number): number {
  return integrate01(
    (u, w) =>
      betaDensity(u, w, p.a, p.b) *
      integrateHalfLine(
        (l) => gammaDensity(l, p.r, p.alpha) * f(l, u, w),
        p.r / p.alpha + 1 / p.alpha,
        1 / 32,
      ),
    1 / 32,
  );
}

/** The individual-level BG/NBD likelihood given λ and p (FHL 2005 eq. 3), integrated numerically. */
function likelihoodByIntegration(p: BgNbdParams, x: number, tx: number, T: number) {
  const alive = expectOver(p, (l, _u, w) => w ** x * l ** x * Math.exp(-l * T));
  const dead = x > 0 ? expectOver(p, (l, u, w) => u * w ** (x - 1) * l ** x * Math.exp(-l * tx)) : 0;
  return { alive, dead };
}

const CDNOW_LIKE: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('bgnbdLogLikelihood', () => {
  it('bgnbdLogLikelihood({r: 1, α: 1, a: 1, b: 1}) of (x 0, T 1) is ln(1/2), worked by hand', () => {
    // B(1,1)/B(1,1) · Γ(1)·1 / (Γ(1)·2¹) = 1/2.
    expect(bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, one(0, 0, 1))).toBeCloseTo(Math.log(1 / 2), 14);
  });

  it('bgnbdLogLikelihood({r: 1, α: 1, a: 1, b: 1}) of (x 1, t_x 1, T 2) is ln(13/72), worked by hand', () => {
    // B(1,2)/B(1,1) · Γ(2)/(Γ(1) 3²) = 1/18 and B(2,1)/B(1,1) · Γ(2)/(Γ(1) 2²) = 1/8; 1/18 + 1/8 = 13/72.
    expect(bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, one(1, 1, 2))).toBeCloseTo(
      Math.log(13 / 72),
      12,
    );
  });

  it('bgnbdLogLikelihood({r: 2, α: 3, a: 2, b: 3}) of (x 2, t_x 1, T 4), worked by hand', () => {
    // Γ(4)/Γ(2) · 3² = 54. Alive: B(2,5)/B(2,3) = (1/30)/(1/12) = 2/5, times 54/7⁴.
    // Dead: B(3,4)/B(2,3) = (1/60)/(1/12) = 1/5, times 54/4⁴.
    const expected = (2 / 5) * (54 / 7 ** 4) + (1 / 5) * (54 / 4 ** 4);
    expect(bgnbdLogLikelihood({ r: 2, alpha: 3, a: 2, b: 3 }, one(2, 1, 4))).toBeCloseTo(
      Math.log(expected),
      12,
    );
  });

  it.each([
    [0, 0, 38.86],
    [2, 30.43, 38.86],
    [7, 29.2, 31.5],
  ])(
    'bgnbdLogLikelihood equals the integrated individual likelihood for (x %i, t_x %f, T %f)',
    (x, tx, T) => {
      const { alive, dead } = likelihoodByIntegration(CDNOW_LIKE, x, tx, T);
      expect(bgnbdLogLikelihood(CDNOW_LIKE, one(x, tx, T))).toBeCloseTo(Math.log(alive + dead), 7);
    },
  );

  it('bgnbdLogLikelihood of grouped customers equals the sum over customers', () => {
    const x = [0, 1, 1, 3, 0, 1];
    const tx = [0, 2, 2, 5, 0, 4];
    const T = [6, 6, 6, 7, 6, 6];
    const groups = compressFrequency(x, tx, T);
    expect(groups.x).toHaveLength(4);
    const sum = x.reduce((s, _, i) => s + bgnbdLogLikelihood(CDNOW_LIKE, one(x[i], tx[i], T[i])), 0);
    expect(bgnbdLogLikelihood(CDNOW_LIKE, groups)).toBeCloseTo(sum, 10);
  });

  it('bgnbdLogLikelihood stays finite for a customer with 2000 repeats', () => {
    expect(Number.isFinite(bgnbdLogLikelihood(CDNOW_LIKE, one(2000, 100, 104)))).toBe(true);
  });
});

describe('pAlive and expectations against direct numerical integration', () => {
  const customers: [number, number, number][] = [
    [0, 0, 20],
    [1, 5.5, 30],
    [4, 12, 38],
    [10, 37, 38],
  ];

  it.each(customers)('pAlive for (x %i, t_x %f, T %f) equals the posterior mass of "alive"', (x, tx, T) => {
    const { alive, dead } = likelihoodByIntegration(CDNOW_LIKE, x, tx, T);
    expect(pAlive(CDNOW_LIKE, x, tx, T)).toBeCloseTo(alive / (alive + dead), 8);
  });

  it.each(customers)(
    'conditionalExpectedPurchases(t = 52) for (x %i, t_x %f, T %f) matches integration',
    (x, tx, T) => {
      // Given alive, λ and p, expected purchases in the next t are (1 − e^(−λpt)) / p (FHL 2005 §5).
      const t = 52;
      const { alive, dead } = likelihoodByIntegration(CDNOW_LIKE, x, tx, T);
      const numerator = expectOver(
        CDNOW_LIKE,
        (l, u, w) => w ** x * l ** x * Math.exp(-l * T) * (-Math.expm1(-l * u * t) / u),
      );
      const expected = numerator / (alive + dead);
      expect(conditionalExpectedPurchases(CDNOW_LIKE, t, x, tx, T)).toBeCloseTo(expected, 6);
    },
  );

  it('expectedPurchases(t) for a new customer matches integration, for a < 1 and a > 1', () => {
    for (const p of [CDNOW_LIKE, { r: 1.5, alpha: 8, a: 2.5, b: 4 }]) {
      for (const t of [1, 26, 78]) {
        const expected = expectOver(p, (l, u) => -Math.expm1(-l * u * t) / u);
        expect(expectedPurchases(p, t)).toBeCloseTo(expected, 6);
      }
    }
  });

  it('expectedPurchases at a = 1 (a removable singularity) sits between its neighbours', () => {
    const at = (a: number) => expectedPurchases({ r: 0.5, alpha: 3, a, b: 2 }, 20);
    expect(at(1)).toBeGreaterThan(Math.min(at(0.999), at(1.001)));
    expect(at(1)).toBeLessThan(Math.max(at(0.999), at(1.001)));
  });

  it('conditionalExpectedPurchases converges for large x and a horizon far beyond T', () => {
    const v = conditionalExpectedPurchases(CDNOW_LIKE, 5000, 300, 37, 38);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThan(0);
  });

  it('pAlive is 1 without repeats and falls as the last purchase recedes', () => {
    expect(pAlive(CDNOW_LIKE, 0, 0, 30)).toBe(1);
    expect(pAlive(CDNOW_LIKE, 3, 29, 30)).toBeGreaterThan(pAlive(CDNOW_LIKE, 3, 10, 30));
  });
});

describe('fitBgNbd recovers known parameters from simulated customers', () => {
  const truth: BgNbdParams = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };

  it.each([
    [4_000, 11],
    [30_000, 12], // above the screening threshold: starts screened on a sample, polished on all customers
  ])('fitBgNbd on %i customers (seed %i) is within 3 standard errors of the truth', (customers, seed) => {
    const sim = simulateBgNbd(truth, { customers, seed, minT: 26, maxT: 39 });
    const fit = fitBgNbd(compressFrequency(sim.x, sim.tx, sim.T));
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expect(fit.customers).toBe(customers);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(3 * fit.standardErrors![k]);
    }
  });

  it('fitBgNbd recovers a fast-buying, loyal population too', () => {
    const other: BgNbdParams = { r: 2, alpha: 10, a: 1.5, b: 8 };
    const sim = simulateBgNbd(other, { customers: 5_000, seed: 3, minT: 20, maxT: 100 });
    const fit = fitBgNbd(compressFrequency(sim.x, sim.tx, sim.T));
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params[k] - other[k])).toBeLessThan(3 * fit.standardErrors![k]);
    }
  });

  it('fitBgNbd warns when there are few customers and few repeat buyers', () => {
    const sim = simulateBgNbd(truth, { customers: 60, seed: 5, minT: 5, maxT: 10 });
    const fit = fitBgNbd(compressFrequency(sim.x, sim.tx, sim.T), { minPeriod: 26 });
    const codes = fit.warnings.map((w) => w.code);
    expect(codes).toContain('fewCustomers');
    expect(codes).toContain('fewRepeaters');
    expect(codes).toContain('shortPeriod');
  });

  it('sampleGroups keeps about the requested number of customers in proportion', () => {
    const sim = simulateBgNbd(truth, { customers: 50_000, seed: 2, minT: 26, maxT: 39, grid: 1 / 7 });
    const groups = compressFrequency(sim.x, sim.tx, sim.T);
    const sample = sampleGroups(groups, 10_000);
    expect(sample.customers).toBe(10_000);
    const repeatShare = (g: typeof groups) =>
      g.x.reduce((s, x, i) => s + (x > 0 ? g.count[i] : 0), 0) / g.customers;
    expect(repeatShare(sample)).toBeCloseTo(repeatShare(groups), 2);
  });
});
