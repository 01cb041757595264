import { buildChurnSql, CHURN_PERIODS, type ChurnPeriod, type ChurnRow } from '../lib/analysis/churn';
import { buildInterPurchaseStatsSql, type InterPurchaseStatsRow } from '../lib/analysis/interPurchase';
import { UsageError } from './args';
import type { Command } from './commands';

/** The JSON `lojal churn --json` prints (issue contract: names and order are fixed). */
export interface ChurnJson {
  window: number;
  suggestedWindow: number | null;
  periods: {
    period: string;
    activeAtStart: number;
    churned: number;
    churnRate: number | null;
    new: number;
    returning: number;
    resurrected: number;
    lapsed: number;
  }[];
}

/** The window used when the data has no repeat purchases to suggest one from. */
export const FALLBACK_WINDOW = 90;

/** `--window DAYS`: a whole number of days ≥ 1, or undefined. */
export function windowOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--window takes a whole number of days, not '${value}'`);
  return Number(value);
}

/** The suggested inactivity window (METRICS.md §4) and the window to use: the user's, else the suggestion. */
export async function resolveWindow(
  engine: Parameters<Command['run']>[0],
  asOf: string | null,
  given: number | undefined,
): Promise<{ window: number; suggestedWindow: number | null }> {
  const [stats] = await engine.query<InterPurchaseStatsRow>(buildInterPurchaseStatsSql({ asOf }));
  const suggestedWindow = stats?.suggestedWindow ?? null;
  return { window: given ?? suggestedWindow ?? FALLBACK_WINDOW, suggestedWindow };
}

/** `lojal churn`: inactivity churn and lifecycle per period (METRICS.md §4). */
export const churn: Command<ChurnJson> = {
  options: ['window', 'period'],
  async run(engine, info, args) {
    if (!info.roles.includes('orders')) throw new UsageError('churn needs an orders file');
    const period = args.extra.period ?? 'month';
    if (!(CHURN_PERIODS as string[]).includes(period))
      throw new UsageError(`--period takes ${CHURN_PERIODS.join(' | ')}, not '${period}'`);
    const asOf = args.shared.asOf ?? null;
    const { window, suggestedWindow } = await resolveWindow(engine, asOf, windowOption(args.extra.window));
    const rows = await engine.query<ChurnRow>(buildChurnSql({ window, period: period as ChurnPeriod, asOf }));
    return {
      window,
      suggestedWindow,
      periods: rows.map((r) => ({
        period: r.period,
        activeAtStart: r.activeAtStart,
        churned: r.churned,
        churnRate: r.churnRate,
        new: r.new,
        returning: r.returning,
        resurrected: r.resurrected,
        lapsed: r.lapsed,
      })),
    };
  },
  text(r) {
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
    const cols = ['period', 'active', 'churned', 'rate', 'new', 'returning', 'resurrected', 'lapsed'];
    const lines = r.periods.map((p) =>
      [p.period, p.activeAtStart, p.churned, pct(p.churnRate), p.new, p.returning, p.resurrected, p.lapsed]
        .map((v, i) => (i === 0 ? String(v).padEnd(9) : String(v).padStart(cols[i].length + 2)))
        .join(''),
    );
    return [
      `inactivity window ${r.window} days (suggested: ${r.suggestedWindow ?? '—'}, the 90th percentile of days between purchases)`,
      cols.map((c, i) => (i === 0 ? c.padEnd(9) : c.padStart(c.length + 2))).join(''),
      ...lines,
    ].join('\n');
  },
};
