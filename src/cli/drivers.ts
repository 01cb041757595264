import {
  buildDriverColumnsSql,
  buildDriversSql,
  candidateKey,
  candidateLabel,
  driverCandidates,
  driverLevels,
  isLandmark,
  LANDMARK_DAYS,
  type DriverColumnRow,
  type DriverInputRow,
} from '../lib/analysis/drivers';
import { analyseDrivers, HORIZON_DAYS } from '../lib/models/drivers';
import { UsageError } from './args';
import { resolveWindow, windowOption } from './churn';
import type { Command } from './commands';

/** The JSON `lojal drivers --json` prints (issue contract: names and order are fixed). */
export interface DriversJson {
  outcome: string;
  landmarkDays: number;
  attributes: {
    name: string;
    levels: {
      level: string;
      customers: number;
      survival12: number | null;
      lower: number | null;
      upper: number | null;
    }[];
    chi2: number;
    df: number;
    p: number;
    q: number;
    effect: number | null;
    effectLower: number | null;
    effectUpper: number | null;
  }[];
}

/** `lojal drivers`: which attributes go with 12-month survival (METRICS.md §9). */
export const drivers: Command<DriversJson> = {
  options: ['window', 'landmark'],
  async run(engine, info, args) {
    if (!info.roles.includes('orders')) throw new UsageError('drivers needs an orders file');
    const landmark = args.extra.landmark ?? String(LANDMARK_DAYS);
    if (!/^\d+$/.test(landmark) || Number(landmark) > 3650)
      throw new UsageError(`--landmark takes a whole number of days (0–3650), not '${landmark}'`);
    const landmarkDays = Number(landmark);
    const asOf = args.shared.asOf ?? null;
    const { window } = await resolveWindow(engine, asOf, windowOption(args.extra.window));
    const candidates = driverCandidates(await engine.query<DriverColumnRow>(buildDriverColumnsSql()));
    const rows = await engine.query<DriverInputRow>(
      buildDriversSql({ window, asOf, landmarkDays, candidates }),
    );
    const names = new Map(candidates.map((c) => [candidateKey(c), candidateLabel(c, landmarkDays)]));
    const { attributes } = analyseDrivers(
      driverLevels(rows, candidates).map((levels, i) => ({
        name: candidateKey(candidates[i]),
        landmark: isLandmark(candidates[i]),
        levels,
      })),
    );
    return {
      outcome: `Kaplan–Meier survival to ${HORIZON_DAYS} days after the first purchase occasion (or the landmark), inactivity window ${window} days`,
      landmarkDays,
      attributes: attributes.map((a) => ({
        name: names.get(a.name) ?? a.name,
        levels: a.levels.map((l) => ({
          level: l.level,
          customers: l.customers,
          survival12: l.survival12,
          lower: l.lower,
          upper: l.upper,
        })),
        chi2: a.chi2,
        df: a.df,
        p: a.p,
        q: a.q,
        effect: a.effect,
        effectLower: a.effectLower,
        effectUpper: a.effectUpper,
      })),
    };
  },
  text(r) {
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
    const lines = [r.outcome];
    for (const a of r.attributes) {
      const q = a.q < 0.001 ? 'q < 0.001' : `q = ${a.q.toFixed(3)}`;
      lines.push(
        `${a.name}: effect ${pct(a.effect)} (${pct(a.effectLower)} to ${pct(a.effectUpper)}), chi-square ${a.chi2.toFixed(2)} on ${a.df} df, ${q}`,
      );
      for (const l of a.levels)
        lines.push(
          `  ${l.level.padEnd(16)} ${String(l.customers).padStart(7)}  ${pct(l.survival12)} (${pct(l.lower)}–${pct(l.upper)})`,
        );
    }
    return lines.join('\n');
  },
};
