/**
 * Special functions for the lifetime-value models (METRICS.md §6): log-gamma, log-beta and the Gauss
 * hypergeometric function 2F1 on 0 ≤ z < 1. Written for positive real arguments, which is all the
 * BG/NBD and Gamma-Gamma formulas need.
 */

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients): about 15 significant digits for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (NaN otherwise). Reflection keeps small arguments accurate. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Γ(x) Γ(1 − x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  if (x > 1e7) {
    // Stirling with the first correction term; Lanczos loses digits to cancellation out here.
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + 1 / (12 * x);
  }
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Thrown when a series does not converge within its term budget (the caller decides what to show). */
export class ConvergenceError extends Error {
  override name = 'ConvergenceError';
}

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 (c not 0, −1, −2, …), by its power series
 * Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ. Terms are summed until they no longer change the sum in the 16th digit;
 * the series converges for every z < 1, geometrically in z, so the budget of `maxTerms` is only hit
 * for z within about 1e-3 of 1 (callers use the Euler transformation to stay away from that).
 */
export function hyp2f1(a: number, b: number, c: number, z: number, maxTerms = 200_000): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 ≤ z < 1, got ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1 is undefined for c = ${c}`);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    // Stop once terms are negligible and shrinking (early terms can be tiny when a + n ≈ 0 and grow again).
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && (a + n + 1) * (b + n + 1) * z < (c + n + 1) * (n + 2))
      return sum;
    if (term === 0) return sum;
  }
  throw new ConvergenceError(`hyp2f1(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}

// log1pExp: a table of ln(1 + eᵛ) and its derivative on [−36, 0] every 1/256, read by cubic Hermite
// interpolation (error below 1e-13). Likelihood loops call it once per customer group per evaluation,
// where Math.log1p(Math.exp(v)) costs about four times as much as everything else together.
const SOFTPLUS_LO = -36;
const SOFTPLUS_STEPS = 256;
const SOFTPLUS_SIZE = -SOFTPLUS_LO * SOFTPLUS_STEPS + 2;
const softplusValue = new Float64Array(SOFTPLUS_SIZE);
const softplusSlope = new Float64Array(SOFTPLUS_SIZE);
for (let i = 0; i < SOFTPLUS_SIZE; i++) {
  const v = SOFTPLUS_LO + i / SOFTPLUS_STEPS;
  softplusValue[i] = Math.log1p(Math.exp(v));
  // d/dv ln(1 + eᵛ) = 1/(1 + e⁻ᵛ), scaled to one table step.
  softplusSlope[i] = 1 / (1 + Math.exp(-v)) / SOFTPLUS_STEPS;
}

/**
 * ln(1 + eᵛ) for v ≤ 0 (absolute error below 1e-13), the building block of log-sum-exp in the
 * likelihoods: ln(eᵃ + eᵇ) = max + log1pExp(min − max). Exact formula below −36, where it equals eᵛ.
 */
export function log1pExp(v: number): number {
  if (v < SOFTPLUS_LO) return Math.exp(v);
  if (v > 0) return v + Math.log1p(Math.exp(-v));
  const value = softplusValue;
  const slope = softplusSlope;
  const s = (v - SOFTPLUS_LO) * SOFTPLUS_STEPS;
  const i = s | 0;
  const t = s - i;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    (2 * t3 - 3 * t2 + 1) * value[i] +
    (t3 - 2 * t2 + t) * slope[i] +
    (3 * t2 - 2 * t3) * value[i + 1] +
    (t3 - t2) * slope[i + 1]
  );
}
