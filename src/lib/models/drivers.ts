/**
 * "What goes with retention" (METRICS.md §9): per attribute, 12-month Kaplan–Meier survival of each
 * level with its 95 % log-log interval, the log-rank test, Benjamini–Hochberg q across all attributes
 * tested, and the effect — best level's survival minus the worst's, with a 95 % interval from their
 * Greenwood standard errors. Ranked by effect among q < 0.05. An association, never a cause.
 */
import {
  kaplanMeier,
  logLogBand,
  Z_95,
  type KaplanMeierCurve,
  type SurvivalObservation,
} from './kaplanMeier';
import { logRank } from './logRank';

/** Days in the outcome horizon: survival to 12 months. */
export const HORIZON_DAYS = 365;
/** False discovery rate below which an attribute counts as a clear difference. */
export const Q_LEVEL = 0.05;
const OTHER = '(other)';

/**
 * Benjamini–Hochberg adjusted p-values (q), in input order: q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎·m / j for
 * the p-values sorted ascending, capped at 1 (R `p.adjust(method = "BH")`).
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const order = [...p.keys()].sort((a, b) => p[a] - p[b]);
  const q = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r];
    running = Math.min(running, (p[i] * m) / (r + 1));
    q[i] = running;
  }
  return q;
}

/** Survival at `t` with Greenwood's standard error of S and the log-log band; null past follow-up. */
export function survivalWithSe(
  curve: KaplanMeierCurve,
  t: number,
): { survival: number; se: number; lower: number | null; upper: number | null } | null {
  const last = curve.table.at(-1);
  if (!last) return null;
  let s = 1;
  let greenwood = 0;
  for (const r of curve.table) {
    if (r.time > t) break;
    if (r.events > 0) {
      s = r.survival;
      greenwood += r.atRisk === r.events ? Infinity : r.events / (r.atRisk * (r.atRisk - r.events));
    }
  }
  // Not followed to t (the longest time is a censoring before t): the curve says nothing there.
  if (last.time < t && s > 0) return null;
  const se = s === 0 ? 0 : s * Math.sqrt(greenwood);
  const band = s === 1 ? { lower: 1, upper: 1 } : s === 0 ? { lower: 0, upper: 0 } : logLogBand(s, greenwood);
  return { survival: s, se, ...band };
}

/** One level of an attribute. */
export interface DriverLevel {
  level: string;
  customers: number;
  /** Kaplan–Meier survival at the horizon; null when the level is not followed that long. */
  survival12: number | null;
  lower: number | null;
  upper: number | null;
  se: number | null;
  curve: KaplanMeierCurve;
}

/** One attribute's result. */
export interface DriverResult {
  name: string;
  landmark: boolean;
  levels: DriverLevel[];
  chi2: number;
  df: number;
  p: number;
  q: number;
  /** Best level's 12-month survival minus the worst's; null when fewer than two levels reach 12 months. */
  effect: number | null;
  effectLower: number | null;
  effectUpper: number | null;
  best: string | null;
  worst: string | null;
  /** q < 0.05. */
  clear: boolean;
}

/** An attribute's survival inputs: per level, the observations. */
export interface DriverInput {
  name: string;
  landmark: boolean;
  levels: Map<string, SurvivalObservation[]>;
}

/** Attributes that could not be tested (a single level, or no event to compare). */
export interface DriversAnalysis {
  /** Clear differences (q < 0.05) ranked by effect, then the rest ("no clear difference") by q. */
  attributes: DriverResult[];
  untested: string[];
}

/** Analyse every attribute: curves, log-rank, BH across the attributes tested, effect, ranking. */
export function analyseDrivers(inputs: DriverInput[], horizon = HORIZON_DAYS): DriversAnalysis {
  const tested: Omit<DriverResult, 'q' | 'clear'>[] = [];
  const untested: string[] = [];
  for (const input of inputs) {
    const names = [...input.levels.keys()];
    const obs = names.map((n) => input.levels.get(n)!);
    const test = names.length > 1 ? logRank(obs) : null;
    if (!test) {
      untested.push(input.name);
      continue;
    }
    const levels: DriverLevel[] = names.map((level, i) => {
      const curve = kaplanMeier(obs[i]);
      const at = survivalWithSe(curve, horizon);
      return {
        level,
        customers: curve.n,
        survival12: at?.survival ?? null,
        lower: at?.lower ?? null,
        upper: at?.upper ?? null,
        se: at?.se ?? null,
        curve,
      };
    });
    // Best and worst among the named levels ("(other)" is a pool, not a level one can act on).
    const reached = levels.filter((l) => l.survival12 !== null);
    const named = reached.filter((l) => l.level !== OTHER);
    const pool = named.length >= 2 ? named : reached;
    let effect: number | null = null;
    let lo: number | null = null;
    let hi: number | null = null;
    let best: DriverLevel | null = null;
    let worst: DriverLevel | null = null;
    if (pool.length >= 2) {
      best = pool.reduce((a, b) => (b.survival12! > a.survival12! ? b : a));
      worst = pool.reduce((a, b) => (b.survival12! < a.survival12! ? b : a));
      effect = best.survival12! - worst.survival12!;
      const se = Math.hypot(best.se!, worst.se!);
      lo = effect - Z_95 * se;
      hi = effect + Z_95 * se;
    }
    levels.sort((a, b) => (b.survival12 ?? -1) - (a.survival12 ?? -1) || b.customers - a.customers);
    tested.push({
      name: input.name,
      landmark: input.landmark,
      levels,
      chi2: test.chi2,
      df: test.df,
      p: test.p,
      effect,
      effectLower: lo,
      effectUpper: hi,
      best: best?.level ?? null,
      worst: worst?.level ?? null,
    });
  }
  const q = benjaminiHochberg(tested.map((t) => t.p));
  const results: DriverResult[] = tested.map((t, i) => ({
    ...t,
    q: q[i],
    clear: q[i] < Q_LEVEL && t.effect !== null,
  }));
  results.sort((a, b) =>
    a.clear !== b.clear ? (a.clear ? -1 : 1) : a.clear ? b.effect! - a.effect! || a.q - b.q : a.q - b.q,
  );
  return { attributes: results, untested };
}
