/**
 * Draw customers from the BG/NBD and Gamma-Gamma models with known parameters: the ground truth that
 * parameter-recovery tests and the benchmark fit against.
 */
import type { BgNbdParams } from './bgnbd';
import type { GammaGammaParams } from './gammaGamma';
import { Random } from './random';

/** Simulated customers, one entry per customer. */
export interface SimulatedCustomers {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the repeat occasions (0 when x = 0). */
  m: Float64Array;
  /** Repeat occasions in the holdout (T, T + holdout]. */
  holdout: Float64Array;
}

export interface SimulationOptions {
  customers: number;
  seed: number;
  /** Observation time of each customer, drawn uniformly from [minT, maxT]. */
  minT: number;
  maxT: number;
  /** Length of a holdout period after T (0 for none). */
  holdout?: number;
  /** Round t_x and T down to this grid (e.g. 1/7 for whole days in weeks); 0 keeps them exact. */
  grid?: number;
  spend?: GammaGammaParams;
}

/**
 * Customers from the BG/NBD story: λ ~ Gamma(r, α), p ~ Beta(a, b); purchases arrive at rate λ and
 * after each repeat purchase the customer drops out with probability p (a = 0: p = 0 for everyone, no
 * drop-out). Occasion values, when `spend` is given, are Gamma(p, ν) with ν ~ Gamma(q, γ).
 */
export function simulateBgNbd(params: BgNbdParams, options: SimulationOptions): SimulatedCustomers {
  const rng = new Random(options.seed);
  const n = options.customers;
  const out: SimulatedCustomers = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    m: new Float64Array(n),
    holdout: new Float64Array(n),
  };
  const grid = options.grid ?? 0;
  const snap = (v: number) => (grid > 0 ? Math.floor(v / grid + 1e-9) * grid : v);
  const end = options.holdout ?? 0;
  for (let i = 0; i < n; i++) {
    const T = snap(options.minT + (options.maxT - options.minT) * rng.uniform());
    const lambda = rng.gamma(params.r, params.alpha);
    // a = 0: nobody ever drops out (p = 0), the degenerate shop the fit diagnostics must recognise.
    const p = params.a === 0 ? 0 : rng.beta(params.a, params.b);
    const nu = options.spend ? rng.gamma(options.spend.q, options.spend.gamma) : 0;
    let t = 0;
    let x = 0;
    let tx = 0;
    let later = 0;
    let total = 0;
    for (;;) {
      t += rng.exponential(lambda);
      if (t > T + end) break;
      if (snap(t) <= T && t <= T) {
        x++;
        tx = snap(t);
        if (options.spend) total += rng.gamma(options.spend.p, nu);
      } else later++;
      if (rng.uniform() < p) break;
    }
    out.x[i] = x;
    out.tx[i] = tx;
    out.T[i] = T;
    out.m[i] = x > 0 ? total / x : 0;
    out.holdout[i] = later;
  }
  return out;
}

/** Mean spends of customers with known repeat counts: each mean is of x draws from Gamma(p, ν). */
export function simulateSpend(params: GammaGammaParams, x: ArrayLike<number>, seed: number): Float64Array {
  const rng = new Random(seed);
  const m = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const nu = rng.gamma(params.q, params.gamma);
    let total = 0;
    for (let j = 0; j < x[i]; j++) total += rng.gamma(params.p, nu);
    m[i] = x[i] > 0 ? total / x[i] : 0;
  }
  return m;
}
