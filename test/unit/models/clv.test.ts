import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedPurchases,
  expectedPurchases,
  pAlive,
  type BgNbdParams,
} from '../../../src/lib/models/bgnbd';
import { DAYS_PER_MONTH, scoreCustomers } from '../../../src/lib/models/clv';
import { runClvModels } from '../../../src/lib/models/clvJob';
import { expectedSpend } from '../../../src/lib/models/gammaGamma';
import { expectedCumulativeRepeats, holdoutByRepeats } from '../../../src/lib/models/holdout';
import { pAliveMatrix } from '../../../src/lib/models/pAliveMatrix';
import { log1pExp } from '../../../src/lib/models/special';
import { simulateBgNbd } from '../../../src/lib/models/simulate';

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.45 };

describe('scoreCustomers (METRICS.md §6)', () => {
  const customers = { x: [0, 2, 5, 1], tx: [0, 20, 30, 3], T: [38, 38, 32, 38], m: [0, 25, 40, -3] };
  const settings = { horizonMonths: 12, monthlyDiscount: 0.01, margin: 0.4, unitDays: 7 };

  it('scoreCustomers: CLV = Σ months (E(tᵢ) − E(tᵢ₋₁)) × spend × margin ÷ 1.01ⁱ, month by month', () => {
    const scores = scoreCustomers(BG, GG, 30, customers, settings);
    const month = DAYS_PER_MONTH / 7;
    for (let c = 0; c < customers.x.length; c++) {
      const [x, tx, T, m] = [customers.x[c], customers.tx[c], customers.T[c], customers.m[c]];
      // A repeat buyer with mean spend ≤ 0 gets the population mean pγ/(q−1), not the fallback 30.
      const spend = x > 0 && m <= 0 ? (GG.p * GG.gamma) / (GG.q - 1) : expectedSpend(GG, x, m);
      let clv = 0;
      for (let i = 1; i <= 12; i++) {
        const inMonth =
          conditionalExpectedPurchases(BG, i * month, x, tx, T) -
          conditionalExpectedPurchases(BG, (i - 1) * month, x, tx, T);
        clv += (inMonth * spend * 0.4) / 1.01 ** i;
      }
      expect(scores.clv[c]).toBeCloseTo(clv, 9);
      expect(scores.pAlive[c]).toBe(pAlive(BG, x, tx, T));
      expect(scores.expectedPurchases[c]).toBeCloseTo(
        conditionalExpectedPurchases(BG, 12 * month, x, tx, T),
        10,
      );
      expect(scores.expectedSpend[c]).toBe(spend);
    }
  });

  it('scoreCustomers gives a repeat buyer with mean spend ≤ 0 the population mean pγ/(q−1) = 10, by hand', () => {
    // p = 2, q = 3, γ = 10: pγ/(q−1) = 20/2 = 10. Customer 0 spent −4 on average, customer 1 exactly 0.
    const scores = scoreCustomers(
      BG,
      { p: 2, q: 3, gamma: 10 },
      482.52,
      { x: [3, 1], tx: [20, 10], T: [38, 38], m: [-4, 0] },
      settings,
    );
    expect(scores.expectedSpend[0]).toBeCloseTo(10, 12);
    expect(scores.expectedSpend[1]).toBeCloseTo(10, 12);
  });

  it('scoreCustomers uses the fallback spend for everyone without a Gamma-Gamma fit', () => {
    const scores = scoreCustomers(BG, null, 30, customers, settings);
    expect(Array.from(scores.expectedSpend)).toEqual([30, 30, 30, 30]);
  });

  it('scoreCustomers in days gives the same CLV as in weeks for the same customer', () => {
    const inDays = { ...BG, alpha: BG.alpha * 7 };
    const week = scoreCustomers(BG, GG, 30, { x: [2], tx: [20], T: [38], m: [25] }, settings);
    const day = scoreCustomers(
      inDays,
      GG,
      30,
      { x: [2], tx: [140], T: [266], m: [25] },
      { ...settings, unitDays: 1 },
    );
    expect(day.clv[0]).toBeCloseTo(week.clv[0], 9);
  });
});

describe('holdout check', () => {
  it('expectedCumulativeRepeats sums E[X(τ − s)] over customers acquired before τ', () => {
    const got = expectedCumulativeRepeats(BG, [0, 0, 5, 20], [4, 10, 30]);
    expect(got[0]).toBeCloseTo(2 * expectedPurchases(BG, 4), 12);
    expect(got[1]).toBeCloseTo(2 * expectedPurchases(BG, 10) + expectedPurchases(BG, 5), 12);
    expect(got[2]).toBeCloseTo(
      2 * expectedPurchases(BG, 30) + expectedPurchases(BG, 25) + expectedPurchases(BG, 10),
      12,
    );
  });

  it('holdoutByRepeats averages actual and predicted by calibration repeats, 7 and more together', () => {
    const buckets = holdoutByRepeats([0, 0, 1, 9, 7], [0, 2, 1, 5, 3], [0.5, 0.5, 1, 4, 2]);
    expect(buckets).toEqual([
      { repeats: 0, customers: 2, actual: 1, predicted: 0.5 },
      { repeats: 1, customers: 1, actual: 1, predicted: 1 },
      { repeats: 7, customers: 2, actual: 4, predicted: 3 },
    ]);
  });

  it('runClvModels on simulated customers predicts the holdout within 5 %', () => {
    const truth = { r: 0.4, alpha: 5, a: 0.8, b: 2.5 };
    const sim = simulateBgNbd(truth, { customers: 8000, seed: 4, minT: 26, maxT: 39, holdout: 39 });
    const result = runClvModels({
      ...sim,
      settings: { horizonMonths: 12, monthlyDiscount: 0.01, margin: 1, unitDays: 7 },
      fallbackSpend: 20,
      holdout: { length: 39, actual: sim.holdout, offsets: sim.T.map((T) => 39 - T), times: [39, 78] },
    });
    const h = result.holdout!;
    expect(Math.abs(h.predicted - h.actual) / h.actual).toBeLessThan(0.05);
    expect(result.gammaGamma).toBeNull(); // no spend was simulated
    expect(h.tracking[1]).toBeGreaterThan(h.tracking[0]);
  });
});

describe('pAliveMatrix and log1pExp', () => {
  it('pAliveMatrix has one cell per frequency × recency step and P = 1 without repeats', () => {
    const cells = pAliveMatrix(BG, 3, 38, 4);
    expect(cells).toHaveLength(4 * 5);
    expect(cells.filter((c) => c.frequency === 0).every((c) => c.pAlive === 1)).toBe(true);
    expect(cells.find((c) => c.frequency === 3 && c.recency === 38)!.pAlive).toBe(pAlive(BG, 3, 38, 38));
  });

  it('log1pExp(v) equals ln(1 + eᵛ) within 1e-13 over its range', () => {
    for (let v = -40; v <= 3; v += 0.01234)
      expect(Math.abs(log1pExp(v) - Math.log1p(Math.exp(v)))).toBeLessThan(1e-13);
  });
});
