import { describe, expect, it } from 'vitest';
import { chiSquarePValue, gammaP, gammaQ, logGamma } from '../../../src/lib/models/chiSquare';

/** Closed form for even degrees of freedom: Q = e^(−x/2) Σ_{i < df/2} (x/2)^i / i!. */
function evenDfTail(x: number, df: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < df / 2; i++) {
    term *= x / 2 / i;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

describe('logGamma', () => {
  it.each([
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247001],
    [1, 0],
    [1.5, -0.12078223763524518],
    [10, 12.801827480081469],
    [100.5, 361.43554046777757],
    [1e5, 1051287.7089736569],
  ])('logGamma(%d) matches R lgamma', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(
      expected,
      12 - Math.max(0, Math.round(Math.log10(Math.abs(expected) + 1))),
    );
  });
});

describe('chiSquarePValue', () => {
  it.each([
    // R: pchisq(x, df, lower.tail = FALSE)
    [3.841458820694124, 1, 0.049999999999999975],
    [16.7929409892165, 1, 4.16880910933456e-5],
    [200, 1, 2.0884875837625449e-45],
    [0.5, 3, 0.91889141165467592],
    [7.81, 3, 0.050106056350005944],
    [30, 5, 1.4748581038443054e-5],
    [0.01, 0.7, 0.82456127743407803],
    [2, 17, 0.99999655770370055],
    [100, 40, 4.7913573003381007e-7],
    [1e-8, 1, 0.99992021154405275],
    [12.3456, 7, 0.089751251970096022],
  ])('chiSquarePValue(%d, df %d) matches R pchisq to 1e-12 relative', (x, df, expected) => {
    expect(Math.abs(chiSquarePValue(x, df) - expected) / expected).toBeLessThan(1e-12);
  });

  it('matches the closed form for even degrees of freedom across both branches', () => {
    for (const df of [2, 4, 6, 10, 20])
      for (const x of [0.001, 0.3, 1, 2.9, 5, 9.99, 10.01, 25, 80, 300]) {
        const exact = evenDfTail(x, df);
        expect(Math.abs(chiSquarePValue(x, df) - exact) / exact).toBeLessThan(1e-12);
      }
  });

  it('is 1 at zero and 0 at infinity, and P + Q = 1', () => {
    expect(chiSquarePValue(0, 3)).toBe(1);
    expect(chiSquarePValue(Infinity, 3)).toBe(0);
    for (const [a, x] of [
      [0.5, 0.2],
      [3, 3.9],
      [3, 4.1],
      [50, 49],
    ])
      expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 14);
  });
});
