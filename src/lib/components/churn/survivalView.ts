/** From survival input rows to the curves, colours and log-rank result the page shows. Pure. */
import { OTHER_GROUP, type SurvivalInputRow } from '../../analysis/survivalInput';
import { kaplanMeier, type KaplanMeierCurve, type SurvivalObservation } from '../../models/kaplanMeier';
import { logRank, type LogRankResult } from '../../models/logRank';
import { CATEGORICAL as GROUP_COLOURS } from '../../charts/colours';
import { rankGroups } from './survivalMaths';

export interface SurvivalGroup {
  name: string;
  colour: string;
  curve: KaplanMeierCurve;
}

export interface SurvivalView {
  groups: SurvivalGroup[];
  test: LogRankResult | null;
  /** Group names from the one that stays longest to the one that leaves soonest (when tested). */
  ranking: string[];
  folded: boolean;
}

/**
 * One curve per group (largest first, "(other)" last), and the log-rank test when there are several.
 * `colours`: a colour per group name (the same on every page, src/lib/charts/breakdownColours.ts).
 */
export function survivalView(
  rows: SurvivalInputRow[],
  allLabel: string,
  colours?: ReadonlyMap<string, string>,
): SurvivalView {
  const byGroup = new Map<string, SurvivalObservation[]>();
  for (const r of rows) {
    const name = r.grp ?? allLabel;
    if (!byGroup.has(name)) byGroup.set(name, []);
    byGroup.get(name)!.push({ time: r.duration, event: r.event, count: r.n });
  }
  const curves = [...byGroup].map(([name, obs]) => ({ name, obs, curve: kaplanMeier(obs) }));
  curves.sort(
    (a, b) => Number(a.name === OTHER_GROUP) - Number(b.name === OTHER_GROUP) || b.curve.n - a.curve.n,
  );
  const groups = curves.map((c, i) => ({
    name: c.name,
    colour: colours?.get(c.name) ?? GROUP_COLOURS[i % GROUP_COLOURS.length],
    curve: c.curve,
  }));
  const test = curves.length > 1 ? logRank(curves.map((c) => c.obs)) : null;
  return {
    groups,
    test,
    ranking: test
      ? rankGroups(
          groups.map((g) => g.name),
          test.observed,
          test.expected,
        )
      : [],
    folded: byGroup.has(OTHER_GROUP),
  };
}
