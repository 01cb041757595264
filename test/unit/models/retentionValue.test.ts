import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualRetention,
  conditionalAt,
  retentionCurve,
  scenarioFactor,
  survival,
  type ObservedAge,
} from '../../../src/lib/models/retentionCurve';
import {
  acquisitionRate,
  profit,
  scenarios,
  worthAtAge,
  type ValueInputs,
} from '../../../src/lib/models/retentionValue';

/** Ages 0 … K of a shop where every month keeps share c of the customers still active, each spending v. */
function constantShop(c: number, v: number, K = 20, n = 1000): ObservedAge[] {
  return Array.from({ length: K + 1 }, (_, k) => ({
    k,
    customers: n,
    retained: n * c ** k,
    revenue: n * c ** k * v,
  }));
}

/** Σ_{t=1}^{H} x^t, the geometric series in closed form. */
const geometric = (x: number, H: number) => (x * (1 - x ** H)) / (1 - x);

describe('retention economics on a shop with constant churn (closed forms, METRICS.md §8)', () => {
  const c = 0.9;
  const v = 40;
  const r = 0.01;
  const m = 0.35;
  const curve = retentionCurve(constantShop(c, v))!;
  const inputs = (over: Partial<ValueInputs> = {}): ValueInputs => ({
    curve,
    cohorts: [],
    acquisitionRate: 0,
    margin: m,
    acquisitionCost: 0,
    monthlyDiscount: r,
    ...over,
  });

  it('retentionCurve carries c forward beyond the data and reports where', () => {
    expect(curve.extrapolatedFrom).toBe(21);
    expect(curve.tailRetention).toBeCloseTo(c, 12);
    expect(curve.tailRevenue).toBeCloseTo(v, 12);
    expect(survival(curve, 1, 40)[35]).toBeCloseTo(c ** 35, 12);
    expect(annualRetention(curve)).toBeCloseTo(c ** 12, 12);
  });

  it.each([
    [0, 12],
    [0, 60],
    [7, 36],
    [30, 60],
  ])('profit of one cohort at age %i over %i months is m·N·c^a·v·Σ (c/(1+r))^t', (age, H) => {
    const N = 500;
    const expected = m * N * c ** age * v * geometric(c / (1 + r), H);
    expect(Math.abs(profit(inputs({ cohorts: [{ size: N, age }] }), 1, H) - expected)).toBeLessThan(1e-9);
  });

  it('new customers: m·λ·v/(1−c)·[G(d) − G(dc)] − C·λ·G(d), with G the geometric series', () => {
    const lambda = 120;
    const C = 25;
    const d = 1 / (1 + r);
    for (const H of [12, 36, 60]) {
      const expected =
        ((m * lambda * v) / (1 - c)) * (geometric(d, H) - geometric(d * c, H)) - C * lambda * geometric(d, H);
      const got = profit(inputs({ acquisitionRate: lambda, acquisitionCost: C }), 1, H);
      expect(Math.abs(got - expected)).toBeLessThan(1e-9);
    }
  });

  it('+5 points: c′ = (c¹² + 0.05)^(1/12), f = (1 − c′)/(1 − c), and profit follows c′', () => {
    const cNew = (c ** 12 + 0.05) ** (1 / 12);
    const s = scenarioFactor(curve, 0.05);
    expect(s.capped).toBe(false);
    expect(s.factor).toBeCloseTo((1 - cNew) / (1 - c), 9);
    expect(s.annualRetention).toBeCloseTo(c ** 12 + 0.05, 12);
    const N = 800;
    const age = 5;
    // The past is unchanged: alive now N·c^a; from now on each month keeps c′.
    const expected = m * N * c ** age * v * geometric(cNew / (1 + r), 36);
    const [row] = scenarios(inputs({ cohorts: [{ size: N, age }] }), [5], 36);
    expect(Math.abs(row.profit - expected)).toBeLessThan(1e-9);
    const base = m * N * c ** age * v * geometric(c / (1 + r), 36);
    expect(Math.abs(row.change - (expected - base))).toBeLessThan(1e-9);
    expect(row.changePct).toBeCloseTo((expected - base) / base, 12);
  });

  it('one more retained customer at age k is worth m·v·(1 − q^H)/(1 − q), q = c/(1+r)', () => {
    const q = c / (1 + r);
    for (const k of [0, 4, 30])
      expect(Math.abs(worthAtAge(curve, k, 24, m, r) - (m * v * (1 - q ** 24)) / (1 - q))).toBeLessThan(1e-9);
  });

  it('caps the scenario when A + Δ is above 100 %', () => {
    const loyal = retentionCurve(constantShop(0.99, 10))!;
    const s = scenarioFactor(loyal, 0.2);
    expect(s).toEqual({ factor: 0, annualRetention: 1, capped: true });
  });
});

describe('retentionCurve (hand-worked)', () => {
  const rows = (u: number[]): ObservedAge[] =>
    u.map((x, k) => ({ k, customers: 100, retained: x * 100, revenue: x * 100 * (10 + k) }));

  it('averages the last 6 observed c_k and carries them forward', () => {
    const u = [1, 0.5, 0.4, 0.3, 0.25, 0.2, 0.18, 0.16];
    const curve = retentionCurve(rows(u))!;
    const cs = [0.4 / 0.5, 0.3 / 0.4, 0.25 / 0.3, 0.2 / 0.25, 0.18 / 0.2, 0.16 / 0.18];
    const tail = cs.reduce((s, x) => s + x, 0) / 6;
    expect(curve.extrapolatedFrom).toBe(8);
    expect(curve.tailRetention).toBeCloseTo(tail, 12);
    expect(conditionalAt(curve, 1)).toBeCloseTo(0.5, 12);
    expect(conditionalAt(curve, 9)).toBeCloseTo(tail, 12);
    expect(survival(curve, 1, 10)[9]).toBeCloseTo(0.16 * tail * tail, 12);
    // v_k = 10 + k observed; the mean of v_2 … v_7 beyond.
    expect(curve.tailRevenue).toBeCloseTo((12 + 13 + 14 + 15 + 16 + 17) / 6, 12);
  });

  it('holds U_k at U_(k−1) where fewer pooled cohorts make it rise', () => {
    const curve = retentionCurve(rows([1, 0.5, 0.6, 0.4]))!;
    expect(curve.observed).toEqual([1, 0.5, 0.5, 0.4]);
  });

  it('needs two complete ages', () => {
    expect(retentionCurve(rows([1]))).toBeNull();
    expect(retentionCurve([])).toBeNull();
  });
});

describe('acquisitionRate', () => {
  it('is the mean of the last 12 complete months, empty months counting 0', () => {
    const cohorts = [
      { cohort: '2023-01', size: 999 },
      { cohort: '2023-06', size: 30 },
      { cohort: '2023-12', size: 60 },
      { cohort: '2024-03', size: 50 },
    ];
    // As of 15 Mar 2024, March is not complete: Mar 2023 … Feb 2024.
    expect(acquisitionRate(cohorts, '2024-03-15')).toEqual({ rate: 90 / 12, months: 12 });
    // As of 31 Mar 2024 it is: Apr 2023 … Mar 2024.
    expect(acquisitionRate(cohorts, '2024-03-31')).toEqual({ rate: 140 / 12, months: 12 });
  });

  it('averages fewer months when the data start later', () => {
    expect(acquisitionRate([{ cohort: '2024-01', size: 10 }], '2024-03-10')).toEqual({ rate: 5, months: 2 });
    expect(acquisitionRate([{ cohort: '2024-03', size: 10 }], '2024-03-10')).toEqual({ rate: 0, months: 0 });
  });
});

/** A random measured shop: K + 1 ages with c_k in (0.3, 0.99) and v_k ≥ 0, cohorts and money inputs. */
const shopArb = fc
  .record({
    cs: fc.array(fc.double({ min: 0.3, max: 0.99, noNaN: true }), { minLength: 2, maxLength: 30 }),
    vs: fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 31, maxLength: 31 }),
    cohorts: fc.array(
      fc.record({ size: fc.integer({ min: 1, max: 500 }), age: fc.integer({ min: 0, max: 40 }) }),
      {
        maxLength: 8,
      },
    ),
    rate: fc.double({ min: 0, max: 300, noNaN: true }),
    margin: fc.double({ min: 0.05, max: 1, noNaN: true }),
    cost: fc.double({ min: 0, max: 100, noNaN: true }),
    discount: fc.double({ min: 0, max: 0.05, noNaN: true }),
  })
  .map((s): ValueInputs => {
    const u = [1];
    for (const c of s.cs) u.push(u.at(-1)! * c);
    const rows = u.map((x, k) => ({ k, customers: 1000, retained: 1000 * x, revenue: 1000 * x * s.vs[k] }));
    return {
      curve: retentionCurve(rows)!,
      cohorts: s.cohorts,
      acquisitionRate: s.rate,
      margin: s.margin,
      acquisitionCost: s.cost,
      monthlyDiscount: s.discount,
    };
  });

describe('retention economics: properties', () => {
  it('Δ = 0 gives the baseline exactly', () => {
    fc.assert(
      fc.property(shopArb, fc.constantFrom(12, 36, 60), (inputs, H) => {
        const [row] = scenarios(inputs, [0], H);
        expect(row.factor).toBe(1);
        expect(row.change).toBe(0);
        expect(row.profit).toBe(profit(inputs, 1, H));
        expect(row.annualRetention).toBe(annualRetention(inputs.curve));
      }),
    );
  });

  it('f is found so that A′ = A + Δ, or capped only when A + Δ is out of reach', () => {
    fc.assert(
      fc.property(shopArb, fc.integer({ min: 1, max: 10 }), (inputs, delta) => {
        const A = annualRetention(inputs.curve);
        const s = scenarioFactor(inputs.curve, delta / 100);
        expect(s.factor).toBeGreaterThanOrEqual(0);
        expect(s.factor).toBeLessThanOrEqual(1);
        if (s.capped) expect(A + delta / 100).toBeGreaterThan(annualRetention(inputs.curve, 0));
        else expect(Math.abs(s.annualRetention - (A + delta / 100))).toBeLessThan(1e-9);
        // Recomputed independently: the product of the 12 scenario monthly retentions.
        let prod = 1;
        for (let k = 1; k <= 12; k++) prod *= 1 - s.factor * (1 - conditionalAt(inputs.curve, k));
        expect(prod).toBeCloseTo(s.annualRetention, 12);
      }),
    );
  });

  it('profit rises with Δ', () => {
    fc.assert(
      fc.property(shopArb, fc.constantFrom(12, 36, 60), (inputs, H) => {
        const rows = scenarios(inputs, [0, 1, 2, 3, 5, 8, 10], H);
        for (let i = 1; i < rows.length; i++)
          expect(rows[i].profit).toBeGreaterThanOrEqual(
            rows[i - 1].profit - 1e-9 * Math.abs(rows[i - 1].profit),
          );
      }),
    );
  });
});
