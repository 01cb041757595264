import {
  buildSplitColumnsSql,
  buildSurvivalInputSql,
  type SplitColumnRow,
  type SurvivalInputRow,
  type SurvivalKind,
} from '../lib/analysis/survivalInput';
import type { Engine } from '../lib/engine/types';
import type { DatasetInfo } from '../lib/ingest/load';
import { kaplanMeier, type SurvivalObservation } from '../lib/models/kaplanMeier';
import { logRank } from '../lib/models/logRank';
import { UsageError, type ParsedArgs } from './args';
import { resolveWindow, windowOption } from './churn';
import type { Command } from './commands';

/** The JSON `lojal survival --json` prints (issue contract: names and order are fixed). */
export interface SurvivalJson {
  groups: {
    name: string;
    n: number;
    events: number;
    median: number | null;
    table: {
      time: number;
      atRisk: number;
      events: number;
      censored: number;
      survival: number;
      lower: number | null;
      upper: number | null;
    }[];
  }[];
  logRank: { chi2: number; df: number; p: number } | null;
}

/** Which input the command line describes: a tenure table, subscriptions, or orders (METRICS.md §5). */
function kindOf(info: DatasetInfo, args: ParsedArgs): SurvivalKind {
  if (info.roles.includes('tenure')) return 'tenure';
  if (args.extra.start !== undefined || args.extra.end !== undefined) return 'subscriptions';
  if (!info.roles.includes('orders')) return 'subscriptions';
  return 'orders';
}

/** The table and column `--by` names, matched exactly or ignoring case. */
async function splitColumn(engine: Engine, kind: SurvivalKind, name: string): Promise<SplitColumnRow> {
  const columns = await engine.query<SplitColumnRow>(buildSplitColumnsSql(kind));
  const found =
    columns.find((c) => c.column === name) ??
    columns.find((c) => c.column.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new UsageError(
      `--by: no column '${name}' to split by (columns: ${[...new Set(columns.map((c) => c.column))].join(', ') || 'none'})`,
    );
  return found;
}

/** `lojal survival`: Kaplan–Meier curves, split by an attribute with a log-rank test (METRICS.md §5). */
export const survival: Command<SurvivalJson> = {
  options: ['window', 'duration', 'event', 'start', 'end', 'by'],
  async run(engine, info, args) {
    const kind = kindOf(info, args);
    const asOf = args.shared.asOf ?? null;
    const window =
      kind === 'orders'
        ? (await resolveWindow(engine, asOf, windowOption(args.extra.window))).window
        : undefined;
    const by = args.extra.by === undefined ? null : await splitColumn(engine, kind, args.extra.by);
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind, window, asOf, by: by?.column ?? null, byTable: by?.source }),
    );
    const groups = new Map<string, SurvivalObservation[]>();
    for (const r of rows) {
      const name = by ? (r.grp ?? '') : 'all';
      if (!groups.has(name)) groups.set(name, []);
      groups.get(name)!.push({ time: r.duration, event: r.event, count: r.n });
    }
    const names = [...groups.keys()].sort();
    const test = by ? logRank(names.map((n) => groups.get(n)!)) : null;
    return {
      groups: names.map((name) => {
        const curve = kaplanMeier(groups.get(name)!);
        return {
          name,
          n: curve.n,
          events: curve.events,
          median: curve.median,
          table: curve.table.map((t) => ({
            time: t.time,
            atRisk: t.atRisk,
            events: t.events,
            censored: t.censored,
            survival: t.survival,
            lower: t.lower,
            upper: t.upper,
          })),
        };
      }),
      logRank: test ? { chi2: test.chi2, df: test.df, p: test.p } : null,
    };
  },
  text(r) {
    const width = Math.max(5, ...r.groups.map((g) => g.name.length));
    const lines = r.groups.map(
      (g) =>
        `${g.name.padEnd(width)}  ${String(g.n).padStart(7)}  ${String(g.events).padStart(7)}  ${String(g.median ?? 'not reached').padStart(11)}`,
    );
    const p = r.logRank?.p ?? 0;
    const test = r.logRank
      ? `log-rank chi-square ${r.logRank.chi2.toFixed(3)} on ${r.logRank.df} df, ${p === 0 ? 'p < 1e-300' : `p = ${p.toPrecision(3)}`}`
      : null;
    return [
      `${'group'.padEnd(width)}  ${'n'.padStart(7)}  ${'events'.padStart(7)}  ${'median'.padStart(11)}`,
      ...lines,
    ]
      .concat(test ? [test] : [])
      .join('\n');
  },
};
