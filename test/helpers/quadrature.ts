/**
 * Numerical integration for checking model formulas against their definitions: tanh-sinh
 * (double-exponential) quadrature, which copes with the integrable endpoint singularities of Beta
 * and Gamma densities with shape < 1. Deliberately independent of src/lib/models.
 */

/**
 * ∫₀¹ f(u) du. f receives u and 1 − u (both computed without cancellation, so densities like
 * (1 − u)^(b−1) stay accurate right up to the endpoint).
 */
export function integrate01(f: (u: number, oneMinusU: number) => number, h = 1 / 64, tMax = 4.5): number {
  let sum = 0;
  for (let k = -Math.ceil(tMax / h); k <= Math.ceil(tMax / h); k++) {
    const t = k * h;
    const v = Math.PI * Math.sinh(t);
    const u = 1 / (1 + Math.exp(-v));
    const w = 1 / (1 + Math.exp(v));
    const weight = u * w * Math.PI * Math.cosh(t);
    if (!(weight > 0) || u <= 0 || w <= 0) continue;
    const value = f(u, w);
    if (Number.isFinite(value)) sum += value * weight;
  }
  return sum * h;
}

/** ∫₀^∞ f(λ) dλ through λ = s·u/(1 − u); `scale` s should be near where f lives. */
export function integrateHalfLine(f: (lambda: number) => number, scale: number, h = 1 / 64): number {
  return integrate01((u, w) => {
    const lambda = (scale * u) / w;
    return f(lambda) * (scale / (w * w));
  }, h);
}

/** ln Γ by Stirling's series after shifting the argument above 15 (test-side, independent of the app's). */
export function lnGammaRef(x: number): number {
  let shift = 0;
  while (x < 15) {
    shift -= Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
}

/** Gamma(shape, rate) density. */
export function gammaDensity(v: number, shape: number, rate: number): number {
  return Math.exp(shape * Math.log(rate) + (shape - 1) * Math.log(v) - rate * v - lnGammaRef(shape));
}

/** Beta(a, b) density, given u and 1 − u. */
export function betaDensity(u: number, w: number, a: number, b: number): number {
  return Math.exp(
    (a - 1) * Math.log(u) + (b - 1) * Math.log(w) - lnGammaRef(a) - lnGammaRef(b) + lnGammaRef(a + b),
  );
}
