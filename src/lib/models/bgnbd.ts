/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"), METRICS.md §6.
 * While alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each repeat purchase they drop
 * out with probability p ~ Beta(a, b). Per customer: x repeat occasions, t_x the time of the last one
 * and T the time observed, both measured from the first occasion in the chosen time unit.
 */
import { fitPositive, type FitReport, type FitWarning } from './fit';
import { nelderMead } from './optimize';
import { hyp2f1, log1pExp, logGamma } from './special';

/** BG/NBD parameters: r, α (purchase-rate heterogeneity), a, b (drop-out heterogeneity). */
export interface BgNbdParams {
  [key: string]: number;
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Customers with identical (x, t_x, T) collapsed into one group with a count: the likelihood is a sum. */
export interface FrequencyGroups {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
  /** Customers represented (Σ count). */
  customers: number;
}

/** Collapse per-customer (x, t_x, T) into unique groups with counts (order of first appearance). */
export function compressFrequency(
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
): FrequencyGroups {
  // Nested maps keyed by the numbers themselves: formatting floats into string keys cost more than the fit.
  const index = new NumberKeys<number>();
  const gx: number[] = [];
  const gtx: number[] = [];
  const gT: number[] = [];
  const gc: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const k = index.get(x[i], T[i], tx[i]);
    if (k === undefined) {
      index.set(x[i], T[i], tx[i], gx.length);
      gx.push(x[i]);
      gtx.push(tx[i]);
      gT.push(T[i]);
      gc.push(1);
    } else gc[k]++;
  }
  return {
    x: Float64Array.from(gx),
    tx: Float64Array.from(gtx),
    T: Float64Array.from(gT),
    count: Float64Array.from(gc),
    customers: x.length,
  };
}

/** A map keyed by up to three numbers (x, T, t_x), without building string keys. */
export class NumberKeys<V> {
  #root = new Map<number, Map<number, Map<number, V>>>();

  get(a: number, b: number, c = 0): V | undefined {
    return this.#root.get(a)?.get(b)?.get(c);
  }

  set(a: number, b: number, c: number, value: V): void {
    let level1 = this.#root.get(a);
    if (!level1) this.#root.set(a, (level1 = new Map()));
    let level2 = level1.get(b);
    if (!level2) level1.set(b, (level2 = new Map()));
    level2.set(c, value);
  }
}

/**
 * Groups laid out for fast repeated likelihood evaluation: distinct x, t_x and T values are stored once
 * and each group points at them, so an evaluation takes one logarithm per distinct value, not per group.
 */
export interface PreparedGroups {
  groups: FrequencyGroups;
  xValues: Float64Array;
  txValues: Float64Array;
  TValues: Float64Array;
  xIndex: Uint32Array;
  txIndex: Uint32Array;
  TIndex: Uint32Array;
}

function indexValues(values: Float64Array): { unique: Float64Array; index: Uint32Array } {
  const map = new Map<number, number>();
  const unique: number[] = [];
  const index = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let k = map.get(values[i]);
    if (k === undefined) {
      k = unique.length;
      map.set(values[i], k);
      unique.push(values[i]);
    }
    index[i] = k;
  }
  return { unique: Float64Array.from(unique), index };
}

/** Index the distinct values of x, t_x and T (done once per fit). */
export function prepareGroups(groups: FrequencyGroups): PreparedGroups {
  const x = indexValues(groups.x);
  const tx = indexValues(groups.tx);
  const T = indexValues(groups.T);
  return {
    groups,
    xValues: x.unique,
    xIndex: x.index,
    txValues: tx.unique,
    txIndex: tx.index,
    TValues: T.unique,
    TIndex: T.index,
  };
}

/**
 * Total log-likelihood of the groups (FHL 2005 eq. 6):
 * L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
 *   + [x > 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+t_x)^(r+x)),
 * in logs as in their implementation note: the per-x part ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b)
 * + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x) is computed once per distinct x, and ln(a/(b+x−1)) too.
 */
export function bgnbdLogLikelihood(p: BgNbdParams, data: FrequencyGroups | PreparedGroups): number {
  const d = 'xIndex' in data ? data : prepareGroups(data);
  const { r, alpha, a, b } = p;
  const nx = d.xValues.length;
  const common = new Float64Array(nx);
  const drop = new Float64Array(nx);
  const base = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
  const lnA = Math.log(a);
  for (let k = 0; k < nx; k++) {
    const x = d.xValues[k];
    common[k] = base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
    drop[k] = x > 0 ? lnA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
  }
  const lnT = d.TValues.map((T) => Math.log(alpha + T));
  const lnTx = d.txValues.map((tx) => Math.log(alpha + tx));
  const { x, count } = d.groups;
  const { xIndex, txIndex, TIndex } = d;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const k = xIndex[i];
    const rx = r + x[i];
    const alive = -rx * lnT[TIndex[i]];
    let ll: number;
    if (x[i] === 0) ll = common[k] + alive;
    else {
      const dead = drop[k] - rx * lnTx[txIndex[i]];
      // log(e^alive + e^dead) without overflow.
      ll =
        alive > dead ? common[k] + alive + log1pExp(dead - alive) : common[k] + dead + log1pExp(alive - dead);
    }
    total += count[i] * ll;
  }
  return total;
}

/**
 * A systematic sample of about `size` customers drawn from the groups (every k-th customer in group
 * order), so the sample keeps the data's mix of (x, t_x, T).
 */
export function sampleGroups(groups: FrequencyGroups, size: number): FrequencyGroups {
  const step = groups.customers / size;
  const keep: number[] = [];
  const counts: number[] = [];
  let before = 0;
  for (let i = 0; i < groups.x.length; i++) {
    const after = before + groups.count[i];
    const taken = Math.floor(after / step) - Math.floor(before / step);
    if (taken > 0) {
      keep.push(i);
      counts.push(taken);
    }
    before = after;
  }
  const pick = (a: Float64Array) => Float64Array.from(keep, (i) => a[i]);
  return {
    x: pick(groups.x),
    tx: pick(groups.tx),
    T: pick(groups.T),
    count: Float64Array.from(counts),
    customers: counts.reduce((s, c) => s + c, 0),
  };
}

/** Above this many customers the starts are screened on a sample of SCREEN_SIZE customers. */
export const SCREEN_ABOVE = 20_000;
export const SCREEN_SIZE = 10_000;

/** Starting points for the search, scaled to the data's time unit through the mean observation time. */
function startsFor(groups: FrequencyGroups): BgNbdParams[] {
  let sumT = 0;
  let sumX = 0;
  for (let i = 0; i < groups.x.length; i++) {
    sumT += groups.count[i] * groups.T[i];
    sumX += groups.count[i] * groups.x[i];
  }
  const n = Math.max(groups.customers, 1);
  // r/α is the mean purchase rate; start α so that r/α matches the observed repeat rate.
  const rate = Math.max(sumX / n, 0.05) / Math.max(sumT / n, 1e-3);
  return [
    { r: 1, alpha: 1 / rate, a: 1, b: 1 },
    { r: 0.25, alpha: 0.25 / rate, a: 0.8, b: 2.5 },
    { r: 3, alpha: 3 / rate, a: 2, b: 6 },
    { r: 0.5, alpha: 0.5 / rate, a: 0.3, b: 0.6 },
  ];
}

/** Fewer customers than this and the fit is flagged as thin. */
export const MIN_CUSTOMERS = 100;
/** Fewer repeat buyers than this and the drop-out process is barely identified. */
export const MIN_REPEATERS = 30;

/** Maximum-likelihood fit of the BG/NBD model to compressed groups, with warnings for thin data. */
export function fitBgNbd(
  groups: FrequencyGroups,
  options: { minPeriod?: number } = {},
): FitReport<BgNbdParams> {
  const prepared = prepareGroups(groups);
  const sample = groups.customers > SCREEN_ABOVE ? prepareGroups(sampleGroups(groups, SCREEN_SIZE)) : null;
  const report = fitPositive<BgNbdParams>(
    ['r', 'alpha', 'a', 'b'],
    (p) => bgnbdLogLikelihood(p, prepared),
    startsFor(groups),
    sample
      ? {
          logLikelihood: (p) => bgnbdLogLikelihood(p, sample),
          scale: groups.customers / sample.groups.customers,
        }
      : undefined,
  );
  report.customers = groups.customers;
  const warnings: FitWarning[] = [];
  let repeaters = 0;
  let maxT = 0;
  for (let i = 0; i < groups.x.length; i++) {
    if (groups.x[i] > 0) repeaters += groups.count[i];
    maxT = Math.max(maxT, groups.T[i]);
  }
  if (groups.customers < MIN_CUSTOMERS)
    warnings.push({ code: 'fewCustomers', values: { customers: groups.customers, min: MIN_CUSTOMERS } });
  if (repeaters < MIN_REPEATERS)
    warnings.push({ code: 'fewRepeaters', values: { repeaters, min: MIN_REPEATERS } });
  if (options.minPeriod !== undefined && maxT < options.minPeriod)
    warnings.push({ code: 'shortPeriod', values: { span: maxT, min: options.minPeriod } });
  const evidence = report.logLikelihood - fitNbd(prepared, startsFor(groups)[0]).logLikelihood;
  let fitted = report.warnings;
  if (!(evidence >= DROPOUT_EVIDENCE)) {
    // No interior maximum in the drop-out direction: a and b are not identified one by one either.
    fitted = fitted.filter(
      (w) => !(w.code === 'notIdentified' && (w.parameter === 'a' || w.parameter === 'b')),
    );
    warnings.push({
      code: 'notIdentified',
      parameter: 'dropout',
      values: { evidence: Math.max(0, evidence) },
    });
  }
  report.warnings = [...warnings, ...fitted];
  return report;
}

/**
 * Half the 95 % point of χ² with one degree of freedom (3.84 / 2): the log-likelihood the BG/NBD must
 * gain over the same model without drop-out before the data are taken to show any drop-out. With less,
 * the likelihood keeps rising towards a/(a+b) → 0 or stays flat there: the data cannot tell drop-out
 * from none, so P(alive) ≈ 1 is an artefact of the model (METRICS.md §6 "Fit diagnostics").
 */
export const DROPOUT_EVIDENCE = 1.92;

/**
 * Log-likelihood of the NBD (Poisson purchases at rate λ ~ Gamma(r, α), nobody drops out): the limit of
 * the BG/NBD as a/(a+b) → 0, per customer Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x)).
 */
export function nbdLogLikelihood(r: number, alpha: number, data: FrequencyGroups | PreparedGroups): number {
  const d = 'xIndex' in data ? data : prepareGroups(data);
  const base = -logGamma(r) + r * Math.log(alpha);
  const perX = d.xValues.map((x) => base + logGamma(r + x));
  const lnT = d.TValues.map((T) => Math.log(alpha + T));
  const { x, count } = d.groups;
  let total = 0;
  for (let i = 0; i < x.length; i++) total += count[i] * (perX[d.xIndex[i]] - (r + x[i]) * lnT[d.TIndex[i]]);
  return total;
}

/** Maximum-likelihood NBD fit (the no-drop-out model), by Nelder–Mead on ln r and ln α. */
export function fitNbd(
  data: FrequencyGroups | PreparedGroups,
  start: { r: number; alpha: number } = { r: 1, alpha: 1 },
): { r: number; alpha: number; logLikelihood: number } {
  const d = 'xIndex' in data ? data : prepareGroups(data);
  const best = nelderMead(
    (v) => -nbdLogLikelihood(Math.exp(v[0]), Math.exp(v[1]), d),
    [Math.log(start.r), Math.log(start.alpha)],
    { xTolerance: 1e-7, fTolerance: 1e-12 },
  );
  return { r: Math.exp(best.x[0]), alpha: Math.exp(best.x[1]), logLikelihood: -best.value };
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))  (FHL 2005 eq. 11,
 * in the form of their 2008 correction note), computed in logs so large x cannot overflow.
 */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds =
    Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return logOdds > 700 ? 0 : 1 / (1 + Math.exp(logOdds));
}

/**
 * ln ₂F₁(A, B; C; z) for A, B, C > 0 and 0 ≤ z < 1, where every term is positive, so the sum cannot
 * cancel; rescaled as it grows, so it cannot overflow either. Null when it needs more than `maxTerms`.
 */
function logHyp2f1Positive(A: number, B: number, C: number, z: number, maxTerms = 20_000): number | null {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((A + n) * (B + n)) / ((C + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (sum > 1e200) {
      term /= sum;
      logScale += Math.log(sum);
      sum = 1;
    }
    // Once terms shrink, the rest is below a geometric tail with ratio at most max(ratio, z).
    const q = Math.max(ratio, z);
    if (q < 1 && (term * q) / (1 - q) <= 1e-17 * sum) return logScale + Math.log(sum);
  }
  return null;
}

/**
 * 1 − G(t), with G(t) = ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z), z = t/(α+T+t), the factor
 * shared by the expectations below.
 *
 * When a+b+x−1 > 0 every term of this series is positive: summed in rescaled form and combined in logs,
 * 1 − G = −expm1(ln G) keeps full precision. Where it would need too many terms (z near 1 with large
 * parameters), Euler's transformation ₂F₁(A,B;C;z) = (1−z)^(C−A−B) ₂F₁(C−A,C−B;C;z) gives
 * G = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose terms shrink like n^(a−r−x−2) zⁿ. That form alone
 * is not enough: when r > a+b−1 its terms alternate in sign and grow (r = 74, a = 1: terms near 10¹⁵
 * summing to 10⁻⁵), and when a and b are both huge it needs millions of terms.
 */
function oneMinusShared(p: BgNbdParams, t: number, x: number, T: number): number {
  const z = t / (p.alpha + T + t);
  const c = p.a + p.b + x - 1;
  if (c > 0) {
    const logF = logHyp2f1Positive(p.r + x, p.b + x, c, z);
    if (logF !== null) return -Math.expm1((p.r + x) * Math.log1p(-z) + logF);
  }
  return 1 - Math.pow(1 - z, p.a - 1) * hyp2f1(p.a + p.b - 1 - p.r, p.a - 1, c, z);
}

/**
 * (a+b+x−1)/(a−1) · (1 − G(t)): expected purchases in (T, T+t] for a customer who is still alive.
 * At a = 1 the ratio is 0/0; evaluate just either side and average (the function is smooth in a).
 */
function aliveExpectation(p: BgNbdParams, t: number, x: number, T: number): number {
  if (Math.abs(p.a - 1) < 1e-6) {
    const lo = { ...p, a: 1 - 1e-5 };
    const hi = { ...p, a: 1 + 1e-5 };
    return (aliveExpectation(lo, t, x, T) + aliveExpectation(hi, t, x, T)) / 2;
  }
  return ((p.a + p.b + x - 1) / (p.a - 1)) * oneMinusShared(p, t, x, T);
}

/**
 * Expected repeat purchases in (0, t] for a customer just acquired (FHL 2005 eq. 9):
 * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function expectedPurchases(p: BgNbdParams, t: number): number {
  return t <= 0 ? 0 : aliveExpectation(p, t, 0, 0);
}

/**
 * Expected purchases in the next t for a customer with history (x, t_x, T) (FHL 2005 eq. 10):
 * P(alive) × (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))].
 */
export function conditionalExpectedPurchases(
  p: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  return t <= 0 ? 0 : pAlive(p, x, tx, T) * aliveExpectation(p, t, x, T);
}

/**
 * Expected purchases of an alive customer with x repeats observed for T, over successive horizons
 * t₁ < t₂ < …: one ₂F₁ per horizon, shared by every customer with the same (x, T).
 */
export function aliveExpectations(p: BgNbdParams, horizons: number[], x: number, T: number): number[] {
  return horizons.map((t) => (t <= 0 ? 0 : aliveExpectation(p, t, x, T)));
}
