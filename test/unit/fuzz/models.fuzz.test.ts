import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compressFrequency,
  conditionalExpectedPurchases,
  expectedPurchases,
  fitBgNbd,
  pAlive,
  type BgNbdParams,
} from '../../../src/lib/models/bgnbd';
import { expectedSpend, fitGammaGamma, spendData } from '../../../src/lib/models/gammaGamma';
import { kaplanMeier, type SurvivalObservation } from '../../../src/lib/models/kaplanMeier';
import { logRank } from '../../../src/lib/models/logRank';
import { simulateBgNbd, simulateSpend } from '../../../src/lib/models/simulate';

/**
 * Invariants of the numerical models over random inputs (seeded globally in test/setup.ts): fitted
 * parameters positive and finite, expectations finite and ordered, survival a proper step-down curve.
 */

const EPS = 1e-9;
/** Log-uniform positive numbers between 10^lo and 10^hi. */
const logUniform = (lo: number, hi: number) =>
  fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);

const finitePositive = (v: number, what: string) => {
  expect(Number.isFinite(v), `${what} = ${v}`).toBe(true);
  expect(v, what).toBeGreaterThan(0);
};

describe('BG/NBD', () => {
  it('expectations are finite, non-negative and grow with the horizon, for any parameters', () => {
    // Down to tiny and up to huge a and b: a fit on thin data ends anywhere on that range.
    const params = fc.record({
      r: logUniform(-2, 2),
      alpha: logUniform(-2, 3),
      a: logUniform(-2, 8),
      b: logUniform(-2, 8),
    });
    const history = fc
      .record({
        x: fc.integer({ min: 0, max: 60 }),
        T: fc.double({ min: 0.5, max: 200, noNaN: true }),
        f: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ x, T, f }) => ({ x, T, tx: x === 0 ? 0 : f * T }));
    fc.assert(
      fc.property(params, history, fc.double({ min: 0.1, max: 100, noNaN: true }), (p, h, t) => {
        const alive = pAlive(p, h.x, h.tx, h.T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const e1 = conditionalExpectedPurchases(p, t, h.x, h.tx, h.T);
        const e2 = conditionalExpectedPurchases(p, 2 * t, h.x, h.tx, h.T);
        expect(Number.isFinite(e1) && Number.isFinite(e2), `${e1}, ${e2}`).toBe(true);
        expect(e1).toBeGreaterThanOrEqual(-EPS);
        expect(e2).toBeGreaterThanOrEqual(e1 - 1e-7 * Math.max(1, e1));
        const fresh = expectedPurchases(p, t);
        expect(Number.isFinite(fresh) && fresh >= -EPS).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a fit with a and b both huge still gives expectations, continuous in the scale of a and b', () => {
    // The fit of the hostile-file browser test: every customer drops out with the same probability.
    const edge: BgNbdParams = { r: 0.88, alpha: 40, a: 12_673_452.45, b: 23_309_378.05 };
    const scaled = (k: number): BgNbdParams => ({ ...edge, a: edge.a / k, b: edge.b / k });
    for (const [x, tx, T] of [
      [1, 30, 60],
      [0, 0, 45],
      [5, 80, 90],
    ]) {
      const huge = conditionalExpectedPurchases(edge, 52, x, tx, T);
      const large = conditionalExpectedPurchases(scaled(100), 52, x, tx, T);
      expect(Number.isFinite(huge)).toBe(true);
      expect(huge).toBeCloseTo(large, 3);
    }
  });

  it('fitted to customers simulated from any plausible parameters, gives positive finite estimates', () => {
    const truth = fc.record({
      r: logUniform(-1, 0.7),
      alpha: logUniform(0, 1.7),
      a: logUniform(-1, 0.7),
      b: logUniform(-1, 1),
    });
    fc.assert(
      fc.property(
        truth,
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 1e6 }),
        (p, customers, seed) => {
          const sim = simulateBgNbd(p, { customers, seed, minT: 10, maxT: 52, grid: 1 / 7 });
          const fit = fitBgNbd(compressFrequency(sim.x, sim.tx, sim.T));
          for (const [k, v] of Object.entries(fit.params))
            finitePositive(v, `${k} (truth ${JSON.stringify(p)})`);
          expect(Number.isFinite(fit.logLikelihood)).toBe(true);
          for (let i = 0; i < Math.min(customers, 20); i++) {
            const e = conditionalExpectedPurchases(fit.params, 52, sim.x[i], sim.tx[i], sim.T[i]);
            expect(Number.isFinite(e) && e >= -EPS, `E = ${e} for ${JSON.stringify(fit.params)}`).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('Gamma-Gamma', () => {
  it('fitted to simulated spend, gives positive finite estimates and a positive expected spend', () => {
    const truth = fc.record({ p: logUniform(-0.5, 1.2), q: logUniform(0.1, 1.2), gamma: logUniform(0, 2.5) });
    fc.assert(
      fc.property(
        truth,
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 1, max: 1e6 }),
        (p, n, seed) => {
          const x = Float64Array.from({ length: n }, (_, i) => 1 + (i % 7));
          const m = simulateSpend(p, x, seed);
          const { data } = spendData(x, m);
          const fit = fitGammaGamma(data);
          if (!fit) return;
          for (const [k, v] of Object.entries(fit.params)) finitePositive(v, k);
          if (fit.params.q > 1)
            for (let i = 0; i < Math.min(n, 10); i++)
              finitePositive(expectedSpend(fit.params, x[i], m[i]), 'spend');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Kaplan–Meier and log-rank', () => {
  const observation = fc.record({
    time: fc.integer({ min: 0, max: 40 }),
    event: fc.boolean(),
    count: fc.integer({ min: 1, max: 4 }),
  });
  const sample = fc.array(observation, { minLength: 1, maxLength: 40 });

  it('equals the product-limit computed by hand, steps down inside its band, and counts everyone', () => {
    fc.assert(
      fc.property(sample, (obs: SurvivalObservation[]) => {
        const curve = kaplanMeier(obs);
        expect(curve.n).toBe(obs.reduce((s, o) => s + (o.count ?? 1), 0));
        let last = 1;
        for (const r of curve.table) {
          // Brute force: subjects still followed at r.time, and those with the event then.
          const atRisk = obs.filter((o) => o.time >= r.time).reduce((s, o) => s + (o.count ?? 1), 0);
          const events = obs
            .filter((o) => o.time === r.time && o.event)
            .reduce((s, o) => s + (o.count ?? 1), 0);
          expect(r.atRisk).toBe(atRisk);
          expect(r.events).toBe(events);
          expect(r.survival).toBeCloseTo(last * (1 - events / atRisk), 12);
          expect(r.survival).toBeLessThanOrEqual(last + EPS);
          if (r.lower !== null) expect(r.lower).toBeLessThanOrEqual(r.survival + EPS);
          if (r.upper !== null) expect(r.upper).toBeGreaterThanOrEqual(r.survival - EPS);
          if (r.lower !== null) expect(r.lower).toBeGreaterThanOrEqual(0);
          if (r.upper !== null) expect(r.upper).toBeLessThanOrEqual(1);
          last = r.survival;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('log-rank: chi-square ≥ 0, p in [0, 1], observed events add up, and 0 for identical groups', () => {
    fc.assert(
      fc.property(fc.array(sample, { minLength: 2, maxLength: 4 }), (groups) => {
        const test = logRank(groups);
        if (!test) return;
        expect(test.chi2).toBeGreaterThanOrEqual(-EPS);
        expect(test.p).toBeGreaterThanOrEqual(0);
        expect(test.p).toBeLessThanOrEqual(1);
        expect(test.df).toBeLessThanOrEqual(groups.length - 1);
        const observed = test.observed.reduce((s, v) => s + v, 0);
        const expected = test.expected.reduce((s, v) => s + v, 0);
        expect(expected).toBeCloseTo(observed, 9);
        const same = logRank([groups[0], groups[0]]);
        if (same) expect(same.chi2).toBeCloseTo(0, 9);
      }),
      { numRuns: 300 },
    );
  });
});
