/**
 * Brute-force survival statistics, written the slow, obvious way (every quantity recounted from the raw
 * subjects at every time), so the models in src/lib/models can be checked against them on random data.
 */

export interface RefSubject {
  time: number;
  event: boolean;
}

/** A small seeded generator (mulberry32): the same numbers on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Kaplan–Meier by recounting: at each distinct time, the numbers at risk, events and censored are counted
 * afresh from every subject, and the running product and Greenwood sum are updated at event times.
 */
export function refKaplanMeier(subjects: RefSubject[]) {
  const times = [...new Set(subjects.map((s) => s.time))].sort((a, b) => a - b);
  let survival = 1;
  let greenwood = 0;
  return times.map((t) => {
    const n = subjects.filter((s) => s.time >= t).length;
    const d = subjects.filter((s) => s.time === t && s.event).length;
    if (d > 0) {
      survival = survival * ((n - d) / n);
      greenwood = greenwood + d / (n * (n - d));
    }
    return {
      time: t,
      atRisk: n,
      events: d,
      censored: subjects.filter((s) => s.time === t && !s.event).length,
      survival,
      greenwood,
    };
  });
}

/**
 * The median by R survival's rule written as two searches over the recounted curve: the average of the
 * first time the survival is at or below 0.5 and the first time it is below 0.5 (the last time in the
 * table when it never gets there). The two coincide unless the curve is flat at exactly 0.5.
 */
export function refMedian(curve: { time: number; survival: number }[]): number | null {
  const atOrBelow = curve.find((r) => r.survival <= 0.5 + 1e-9);
  if (!atOrBelow) return null;
  const below = curve.find((r) => r.survival < 0.5 - 1e-9) ?? curve[curve.length - 1];
  return (atOrBelow.time + below.time) / 2;
}

/** Invert a small matrix by Gauss–Jordan elimination with partial pivoting. */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    const pivot = a[c][c];
    for (let j = 0; j < 2 * n; j++) a[c][j] /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row) => row.slice(n));
}

/** The k-group log-rank statistic by recounting the risk sets at each event time (all groups non-empty). */
export function refLogRank(groups: RefSubject[][]) {
  const k = groups.length;
  const all = groups.flat();
  const eventTimes = [...new Set(all.filter((s) => s.event).map((s) => s.time))].sort((a, b) => a - b);
  const o = Array(k).fill(0);
  const e = Array(k).fill(0);
  const v = Array.from({ length: k }, () => Array(k).fill(0));
  for (const t of eventTimes) {
    const n = groups.map((g) => g.filter((s) => s.time >= t).length);
    const d = groups.map((g) => g.filter((s) => s.time === t && s.event).length);
    const N = n.reduce((a, b) => a + b, 0);
    const D = d.reduce((a, b) => a + b, 0);
    for (let j = 0; j < k; j++) {
      o[j] += d[j];
      e[j] += (D * n[j]) / N;
      for (let l = 0; l < k; l++) {
        const cov =
          j === l
            ? (n[j] * (N - n[j]) * D * (N - D)) / (N * N * (N - 1))
            : -(n[j] * n[l] * D * (N - D)) / (N * N * (N - 1));
        v[j][l] += N > 1 ? cov : 0;
      }
    }
  }
  const z = o.slice(0, k - 1).map((x, j) => x - e[j]);
  const inv = invert(v.slice(0, k - 1).map((row) => row.slice(0, k - 1)));
  let chi2 = 0;
  for (let i = 0; i < k - 1; i++) for (let j = 0; j < k - 1; j++) chi2 += z[i] * inv[i][j] * z[j];
  return { chi2, df: k - 1, observed: o, expected: e, variance: v };
}
