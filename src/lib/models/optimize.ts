/**
 * Derivative-free minimisation for the model fits: Nelder–Mead with adaptive coefficients
 * (Gao & Han 2012, which keeps the method working beyond 2–3 dimensions), restarted from the best
 * point until a restart no longer improves (Nelder–Mead can stall on a non-minimum), and run from
 * several starts so one bad start cannot decide the fit.
 */

/** Result of one minimisation. */
export interface MinimizeResult {
  /** Best point found. */
  x: number[];
  /** f at `x`. */
  value: number;
  /** Function evaluations used. */
  evaluations: number;
  /** True when the simplex met the tolerances before the evaluation budget ran out. */
  converged: boolean;
}

export interface NelderMeadOptions {
  /** Initial simplex edge length per coordinate (default 0.5, suited to log-parameters). */
  step?: number;
  /** Stop when the spread of f over the simplex is below this, relative to |f| + 1e-12. Default 1e-11. */
  fTolerance?: number;
  /** … and every vertex is within this of the best one in every coordinate. Default 1e-8. */
  xTolerance?: number;
  /** Evaluation budget. Default 4000. */
  maxEvaluations?: number;
  /** Restarts from the best point after convergence (a fresh simplex). Default 2. */
  restarts?: number;
}

/** Minimise f from x0 with Nelder–Mead; non-finite values of f count as +∞ (outside the domain). */
export function nelderMead(
  f: (x: number[]) => number,
  x0: number[],
  options: NelderMeadOptions = {},
): MinimizeResult {
  const { step = 0.5, fTolerance = 1e-11, xTolerance = 1e-8, maxEvaluations = 4000, restarts = 2 } = options;
  let evaluations = 0;
  const fx = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let best = { x: x0.slice(), value: fx(x0) };
  let converged = false;
  for (let round = 0; round <= restarts; round++) {
    const run = simplexSearch(
      fx,
      best.x,
      best.value,
      step / (round + 1),
      fTolerance,
      xTolerance,
      () => evaluations < maxEvaluations,
    );
    const improved = best.value - run.value > fTolerance * (Math.abs(best.value) + 1e-12);
    best = run.value <= best.value ? { x: run.x, value: run.value } : best;
    converged = run.converged;
    if (!run.converged || (round > 0 && !improved)) break;
  }
  return { ...best, evaluations, converged };
}

function simplexSearch(
  fx: (x: number[]) => number,
  x0: number[],
  f0: number,
  step: number,
  fTolerance: number,
  xTolerance: number,
  budgetLeft: () => boolean,
): { x: number[]; value: number; converged: boolean } {
  const n = x0.length;
  // Adaptive coefficients (Gao & Han 2012); equal to the classic 1, 2, 0.5, 0.5 when n = 2.
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  const points: number[][] = [x0.slice()];
  const values: number[] = [f0];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] += step;
    points.push(p);
    values.push(fx(p));
  }
  const order = points.map((_, i) => i);
  const along = (from: number[], to: number[], t: number) => from.map((v, i) => v + t * (to[i] - v));
  while (budgetLeft()) {
    order.sort((i, j) => values[i] - values[j]);
    const lo = order[0];
    const hi = order[n];
    const spreadF = values[hi] - values[lo];
    let spreadX = 0;
    for (const i of order)
      for (let d = 0; d < n; d++) spreadX = Math.max(spreadX, Math.abs(points[i][d] - points[lo][d]));
    if (spreadF <= fTolerance * (Math.abs(values[lo]) + 1e-12) && spreadX <= xTolerance)
      return { x: points[lo], value: values[lo], converged: true };
    // Centroid of all points but the worst.
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let d = 0; d < n; d++) centroid[d] += points[order[k]][d] / n;
    const reflected = along(centroid, points[hi], -alpha);
    const fr = fx(reflected);
    const secondWorst = values[order[n - 1]];
    if (fr < values[lo]) {
      const expanded = along(centroid, points[hi], -alpha * beta);
      const fe = fx(expanded);
      [points[hi], values[hi]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < secondWorst) {
      [points[hi], values[hi]] = [reflected, fr];
    } else {
      const outside = fr < values[hi];
      const contracted = outside ? along(centroid, reflected, gamma) : along(centroid, points[hi], gamma);
      const fc = fx(contracted);
      if (fc < Math.min(fr, values[hi])) {
        [points[hi], values[hi]] = [contracted, fc];
      } else {
        // Shrink every point towards the best one.
        for (let k = 1; k <= n; k++) {
          const i = order[k];
          points[i] = along(points[lo], points[i], delta);
          values[i] = fx(points[i]);
        }
      }
    }
  }
  order.sort((i, j) => values[i] - values[j]);
  return { x: points[order[0]], value: values[order[0]], converged: false };
}

/** The result of a multi-start minimisation: the best run, and how the starts agreed. */
export interface MultiStartResult extends MinimizeResult {
  /** Each start's result, in the order given. */
  runs: MinimizeResult[];
  /** Starts whose minimum is within `agreeTolerance` of the best. */
  agreeing: number;
}

/** Minimise f from each start; keep the best. `agreeTolerance` (default 1e-4) decides which starts agree. */
export function minimizeMultiStart(
  f: (x: number[]) => number,
  starts: number[][],
  options: NelderMeadOptions & { agreeTolerance?: number } = {},
): MultiStartResult {
  const runs = starts.map((s) => nelderMead(f, s, options));
  const best = runs.reduce((a, b) => (b.value < a.value ? b : a));
  const tol = options.agreeTolerance ?? 1e-4;
  return {
    ...best,
    evaluations: runs.reduce((s, r) => s + r.evaluations, 0),
    runs,
    agreeing: runs.filter((r) => r.value - best.value <= tol * (1 + Math.abs(best.value))).length,
  };
}

/**
 * Numerical Hessian of f at x by central differences (step h per coordinate, default 1e-4). Used for
 * standard errors of fitted parameters: the inverse of the Hessian of the negative log-likelihood.
 */
export function numericHessian(f: (x: number[]) => number, x: number[], h = 1e-4): number[][] {
  const n = x.length;
  const at = (di: number, si: number, dj: number, sj: number) => {
    const p = x.slice();
    p[di] += si * h;
    p[dj] += sj * h;
    return f(p);
  };
  const f0 = f(x);
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = (at(i, 1, i, 1) - 2 * f0 + at(i, -1, i, -1)) / (4 * h * h);
    for (let j = 0; j < i; j++) {
      H[i][j] = H[j][i] =
        (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
    }
  }
  return H;
}

/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan); null when singular. */
export function invert(m: number[][]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (!(Math.abs(a[pivot][c]) > 1e-300)) return null;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    const p = a[c][c];
    for (let k = 0; k < 2 * n; k++) a[c][k] /= p;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = a[r][c];
      for (let k = 0; k < 2 * n; k++) a[r][k] -= factor * a[c][k];
    }
  }
  return a.map((row) => row.slice(n));
}
