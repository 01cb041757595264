/**
 * The Gamma-Gamma model of spend per occasion (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary
 * Value"), METRICS.md §6. A customer's occasions are worth z ~ Gamma(p, ν) with their own ν ~ Gamma(q, γ);
 * fitted on customers with x ≥ 1 repeat occasions using m, the mean value of those repeat occasions.
 */
import { SCREEN_ABOVE, SCREEN_SIZE } from './bgnbd';
import { fitPositive, type FitReport, type FitWarning } from './fit';
import { logGamma } from './special';

/** Gamma-Gamma parameters. The mean spend per occasion across customers is pγ/(q − 1) (needs q > 1). */
export interface GammaGammaParams {
  [key: string]: number;
  p: number;
  q: number;
  gamma: number;
}

/** Repeat buyers: x repeat occasions and m, the mean value of those occasions (m > 0). */
export interface SpendData {
  x: Float64Array;
  m: Float64Array;
}

/** Keep customers with x ≥ 1 and m > 0; count the repeat buyers left out for a non-positive mean. */
export function spendData(x: ArrayLike<number>, m: ArrayLike<number>): { data: SpendData; excluded: number } {
  const keepX: number[] = [];
  const keepM: number[] = [];
  let excluded = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] >= 1)) continue;
    if (m[i] > 0) {
      keepX.push(x[i]);
      keepM.push(m[i]);
    } else excluded++;
  }
  return { data: { x: Float64Array.from(keepX), m: Float64Array.from(keepM) }, excluded };
}

/** Spend data laid out for repeated evaluation: ln m once, and the distinct x values indexed. */
export interface PreparedSpend {
  data: SpendData;
  lnM: Float64Array;
  xValues: Float64Array;
  xIndex: Uint32Array;
}

/** Precompute what every likelihood evaluation reuses. */
export function prepareSpend(data: SpendData): PreparedSpend {
  const map = new Map<number, number>();
  const xValues: number[] = [];
  const xIndex = new Uint32Array(data.x.length);
  for (let i = 0; i < data.x.length; i++) {
    let k = map.get(data.x[i]);
    if (k === undefined) {
      k = xValues.length;
      map.set(data.x[i], k);
      xValues.push(data.x[i]);
    }
    xIndex[i] = k;
  }
  return {
    data,
    lnM: data.m.map(Math.log),
    xValues: Float64Array.from(xValues),
    xIndex,
  };
}

/**
 * Log-likelihood (Fader & Hardie 2013 eq. 4): the density of the mean m of x occasions is
 * Γ(px+q)/(Γ(px)Γ(q)) · γ^q · x^(px) · m^(px−1) / (γ + x m)^(px+q).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, spend: SpendData | PreparedSpend): number {
  const d = 'lnM' in spend ? spend : prepareSpend(spend);
  const { p, q, gamma } = params;
  const lgq = logGamma(q);
  const qLogGamma = q * Math.log(gamma);
  const perX = d.xValues.map(
    (x) => logGamma(p * x + q) - logGamma(p * x) - lgq + qLogGamma + p * x * Math.log(x),
  );
  const { x, m } = d.data;
  const { lnM, xIndex } = d;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i];
    total += perX[xIndex[i]] + (px - 1) * lnM[i] - (px + q) * Math.log(gamma + x[i] * m[i]);
  }
  return total;
}

/** A systematic sample: every k-th customer. */
function everyKth(data: SpendData, k: number): SpendData {
  const pick = (a: Float64Array) => a.filter((_, i) => i % k === 0);
  return { x: pick(data.x), m: pick(data.m) };
}

/** Fewer repeat buyers than this and no Gamma-Gamma fit is attempted. */
export const MIN_SPEND_CUSTOMERS = 10;

/**
 * Fit the Gamma-Gamma model; null when fewer than MIN_SPEND_CUSTOMERS repeat buyers have a positive mean.
 * Warnings (METRICS.md §6 "Fit diagnostics"): q ≤ 1 (the mean spend does not exist), parameters the data
 * cannot pin down, no convergence.
 */
export function fitGammaGamma(data: SpendData): FitReport<GammaGammaParams> | null {
  const n = data.x.length;
  if (n < MIN_SPEND_CUSTOMERS) return null;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data.m[i] / n;
  // Starts spread over shapes, each with γ set so that the implied mean spend pγ/(q−1) matches the data.
  const starts = [
    { p: 1, q: 2, gamma: mean },
    { p: 5, q: 4, gamma: (3 * mean) / 5 },
    { p: 0.5, q: 1.5, gamma: mean },
    { p: 10, q: 10, gamma: (9 * mean) / 10 },
  ];
  const prepared = prepareSpend(data);
  const sample = n > SCREEN_ABOVE ? prepareSpend(everyKth(data, Math.ceil(n / SCREEN_SIZE))) : null;
  const report = fitPositive<GammaGammaParams>(
    ['p', 'q', 'gamma'],
    (pr) => gammaGammaLogLikelihood(pr, prepared),
    starts,
    sample
      ? { logLikelihood: (pr) => gammaGammaLogLikelihood(pr, sample), scale: n / sample.data.x.length }
      : undefined,
  );
  report.customers = n;
  const warnings: FitWarning[] = [];
  if (report.params.q <= 1) warnings.push({ code: 'noMeanSpend', values: { q: report.params.q } });
  // Customers left out for a non-positive mean are counted (spendData) and get the population mean:
  // a note on the page, not a doubt about this fit (METRICS.md §6).
  report.warnings = [...warnings, ...report.warnings];
  return report;
}

/**
 * Expected spend per occasion of a customer with x repeat occasions of mean m (Fader & Hardie 2013 eq. 5):
 * (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m — a weighted mean of the population mean and their own.
 * x = 0 gives the population mean pγ/(q−1). NaN when q ≤ 1 (the population mean does not exist).
 */
export function expectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  if (q <= 1) return Number.NaN;
  const px = x > 0 && m > 0 ? p * x : 0;
  return (p * (gamma + (px > 0 ? x * m : 0))) / (px + q - 1);
}

/** Pearson correlation of repeat count and mean spend (the model assumes they are independent). */
export function frequencySpendCorrelation(data: SpendData): number | null {
  const n = data.x.length;
  if (n < 3) return null;
  let mx = 0;
  let mm = 0;
  for (let i = 0; i < n; i++) {
    mx += data.x[i] / n;
    mm += data.m[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = data.x[i] - mx;
    const dm = data.m[i] - mm;
    sxy += dx * dm;
    sxx += dx * dx;
    syy += dm * dm;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
