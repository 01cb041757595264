import { chiSquarePValue } from './chiSquare';
import { tallyByTime, type SurvivalObservation } from './kaplanMeier';

/** The log-rank test comparing k survival curves (METRICS.md §5). */
export interface LogRankResult {
  chi2: number;
  /** Degrees of freedom: groups that can be compared (at least one subject at risk at an event time) − 1. */
  df: number;
  p: number;
  /** Per group, in input order: observed and expected events under "all groups share one curve". */
  observed: number[];
  expected: number[];
}

/**
 * Solve V x = b for a symmetric positive semi-definite V by Gaussian elimination, skipping pivots that
 * are (numerically) zero — a generalised inverse, as R's survdiff effectively uses when a group's
 * variance vanishes. Returns bᵀx and the rank found.
 */
function quadraticForm(v: number[][], b: number[]): { value: number; rank: number } {
  const m = b.length;
  const a = v.map((row, i) => [...row, b[i]]);
  const scale = Math.max(1e-300, ...v.map((row, i) => Math.abs(row[i])));
  const used: boolean[] = Array(m).fill(false);
  let rank = 0;
  for (let step = 0; step < m; step++) {
    // Full pivoting on the diagonal keeps the elimination stable for an SPD matrix.
    let p = -1;
    for (let i = 0; i < m; i++) if (!used[i] && (p < 0 || a[i][i] > a[p][p])) p = i;
    if (p < 0 || a[p][p] <= 1e-10 * scale) break;
    used[p] = true;
    rank++;
    for (let i = 0; i < m; i++) {
      if (i === p) continue;
      const f = a[i][p] / a[p][p];
      if (f === 0) continue;
      for (let j = 0; j <= m; j++) a[i][j] -= f * a[p][j];
    }
  }
  let value = 0;
  for (let i = 0; i < m; i++) if (used[i]) value += (b[i] * a[i][m]) / a[i][i];
  return { value, rank };
}

/**
 * The k-sample log-rank test (Mantel 1966; Peto & Peto 1972): at each distinct event time with d events
 * among n at risk, group j expects d·nⱼ/n events, with hypergeometric covariance
 * Vⱼₗ = d (n − d) / (n − 1) · nⱼ/n · (δⱼₗ − nₗ/n). χ² = (O − E)ᵀ V⁻ (O − E) over all groups but one,
 * on k − 1 degrees of freedom (R `survdiff`, lifelines `multivariate_logrank_test`).
 * Returns null when fewer than two groups have subjects, or there is no event to compare.
 */
export function logRank(groups: SurvivalObservation[][]): LogRankResult | null {
  const k = groups.length;
  const tallies = groups.map((g) => tallyByTime(g));
  const times = [...new Set(tallies.flatMap((t) => t.filter((c) => c.events > 0).map((c) => c.time)))].sort(
    (a, b) => a - b,
  );
  const atRisk = tallies.map((t) => t.reduce((s, c) => s + c.events + c.censored, 0));
  if (atRisk.filter((n) => n > 0).length < 2) return null;
  const cursor = Array(k).fill(0);
  const observed = Array(k).fill(0);
  const expected = Array(k).fill(0);
  const v = Array.from({ length: k }, () => Array(k).fill(0));
  for (const t of times) {
    // Remove everyone whose time is before t from the risk sets.
    const d = Array(k).fill(0);
    for (let j = 0; j < k; j++) {
      const tally = tallies[j];
      while (cursor[j] < tally.length && tally[cursor[j]].time < t) {
        atRisk[j] -= tally[cursor[j]].events + tally[cursor[j]].censored;
        cursor[j]++;
      }
      if (cursor[j] < tally.length && tally[cursor[j]].time === t) d[j] = tally[cursor[j]].events;
    }
    const n = atRisk.reduce((s, x) => s + x, 0);
    const dAll = d.reduce((s, x) => s + x, 0);
    const factor = n > 1 ? (dAll * (n - dAll)) / (n - 1) : 0;
    for (let j = 0; j < k; j++) {
      observed[j] += d[j];
      expected[j] += (dAll * atRisk[j]) / n;
      for (let l = 0; l < k; l++) v[j][l] += factor * (atRisk[j] / n) * ((j === l ? 1 : 0) - atRisk[l] / n);
    }
  }
  // Drop the last group that has any variance: the k deviations sum to zero, so one is redundant.
  const informative = [...Array(k).keys()].filter((j) => expected[j] > 0);
  const keep = informative.slice(0, -1);
  const diff = keep.map((j) => observed[j] - expected[j]);
  const sub = keep.map((j) => keep.map((l) => v[j][l]));
  const { value, rank } = quadraticForm(sub, diff);
  // No event anywhere (or no one at risk at any event in all but one group): nothing to compare.
  if (rank === 0) return null;
  const chi2 = Math.max(0, value);
  return { chi2, df: rank, p: chiSquarePValue(chi2, rank), observed, expected };
}
