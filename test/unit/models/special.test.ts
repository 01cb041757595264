import { describe, expect, it } from 'vitest';
import { hyp2f1, logBeta, logGamma } from '../../../src/lib/models/special';
import { lnGammaRef } from '../../helpers/quadrature';

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10, Math.log(362880)],
    [100, 359.1342053695754],
    [0.001, Math.log(999.4237724845955)],
    [1e-8, 18.420680738180209],
  ])('logGamma(%f) = %f', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  it('logGamma(x + 1) − logGamma(x) = ln x across scales', () => {
    for (const x of [1e-6, 0.03, 0.7, 3.2, 47.1, 1e4, 3e7, 1e9]) {
      // The difference of two large numbers: allow for their last digits, not more.
      const tolerance = 1e-14 * Math.max(1, Math.abs(logGamma(x + 1))) + 1e-13;
      expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThan(tolerance * 4);
    }
  });

  it('logGamma agrees with an independent Stirling-series version', () => {
    for (const x of [0.0123, 0.25, 0.793, 2.426, 6.25, 15.45, 250.5]) {
      expect(Math.abs(logGamma(x) - lnGammaRef(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(logGamma(x))));
    }
  });

  it('logGamma is NaN outside x > 0', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });

  it('logBeta(a, b) = ln(Γ(a)Γ(b)/Γ(a+b)): B(2, 3) = 1/12', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
  });
});

describe('hyp2f1', () => {
  it.each([0, 0.1, 0.5, 0.9, 0.99])('hyp2f1(1, 1; 2; %f) = −ln(1−z)/z', (z) => {
    const expected = z === 0 ? 1 : -Math.log(1 - z) / z;
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(expected, 12);
  });

  it.each([
    [0.3, 0.7],
    [2.5, 0.95],
    [0.243, 0.6],
  ])('hyp2f1(a, b; b; z) = (1 − z)^(−a) for a = %f, z = %f', (a, z) => {
    expect(hyp2f1(a, 1.7, 1.7, z)).toBeCloseTo(Math.pow(1 - z, -a), 10);
  });

  it('hyp2f1(1/2, 1/2; 3/2; z²) = arcsin(z)/z', () => {
    for (const z of [0.2, 0.6, 0.95]) expect(hyp2f1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 12);
  });

  it('hyp2f1 near z = 1 agrees with the connection formula in 1 − z (Abramowitz & Stegun 15.3.6)', () => {
    const [a, b, c, z] = [0.3, 0.4, 2.1, 0.999];
    // Γ of a negative argument by reflection: Γ(v) = π / (sin(πv) Γ(1 − v)).
    const g = (v: number): number =>
      v > 0 ? Math.exp(logGamma(v)) : Math.PI / (Math.sin(Math.PI * v) * g(1 - v));
    const A = (g(c) * g(c - a - b)) / (g(c - a) * g(c - b));
    const B = (g(c) * g(a + b - c)) / (g(a) * g(b));
    const expected =
      A * hyp2f1(a, b, a + b - c + 1, 1 - z) +
      B * Math.pow(1 - z, c - a - b) * hyp2f1(c - a, c - b, c - a - b + 1, 1 - z);
    expect(hyp2f1(a, b, c, z)).toBeCloseTo(expected, 11);
  });

  it('hyp2f1 with a negative integer parameter is a polynomial: (1 − z)^2', () => {
    expect(hyp2f1(-2, 1, 1, 0.3)).toBeCloseTo(0.49, 14);
  });

  it('hyp2f1 refuses z outside [0, 1)', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, -0.1)).toThrow(RangeError);
  });
});
