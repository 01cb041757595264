import { asOfSql } from '../lib/analysis/asOf';
import {
  buildCohortSql,
  MEASURES,
  MODES,
  type CohortAnchor,
  type CohortCellRow,
  type CohortMeasure,
  type CohortMode,
  type CohortParams,
} from '../lib/analysis/cohorts';
import { shapeCohorts, type AverageKind } from '../lib/analysis/cohortShape';
import { PERIODS, type Period } from '../lib/analysis/period';
import type { AttributeFilter } from '../lib/analysis/segments';
import { ident } from '../lib/analysis/sql';
import type { Engine } from '../lib/engine/types';
import type { DatasetInfo } from '../lib/ingest/load';
import { UsageError } from './args';
import type { Command } from './commands';

/** The JSON `lojal cohorts --json` prints (issue contract: names and order are fixed). */
export interface CohortsJson {
  period: Period;
  mode: CohortMode;
  measure: CohortMeasure;
  asOf: string | null;
  cohorts: {
    cohort: string;
    segment: string | null;
    size: number;
    values: (number | null)[];
    complete: boolean[];
    lower: (number | null)[];
    upper: (number | null)[];
  }[];
  average: { k: number; value: number | null; lower: number | null; upper: number | null }[];
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} takes ${allowed.join(' | ')}, not '${value}'`);
  return value as T;
}

function date(flag: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--${flag} takes a date YYYY-MM-DD`);
  return value;
}

function attribute(flag: string, name: string, info: DatasetInfo): string {
  if (!info.attributes.includes(name))
    throw new UsageError(
      `--${flag}: no attribute '${name}' (attributes: ${info.attributes.join(', ') || 'none'})`,
    );
  return name;
}

/** `--filter COL=v1,v2[;COL2=v3]`: keep customers whose attribute is one of the values. */
function filters(text: string | undefined, info: DatasetInfo): AttributeFilter[] {
  if (!text) return [];
  return text.split(';').map((part) => {
    const eq = part.indexOf('=');
    if (eq < 1) throw new UsageError(`--filter takes COLUMN=VALUE[,VALUE…], not '${part}'`);
    return { attribute: attribute('filter', part.slice(0, eq), info), values: part.slice(eq + 1).split(',') };
  });
}

/** An attribute anchor is a date anchor when every value it has reads as an ISO date. */
async function anchorOf(engine: Engine, text: string | undefined, info: DatasetInfo): Promise<CohortAnchor> {
  if (text === undefined || text === 'first-purchase' || text === 'signup' || text === 'subscription-start')
    return (text ?? 'first-purchase') as CohortAnchor;
  const name = attribute('anchor', text, info);
  const col = ident(name);
  const [r] = await engine.query<{ dates: boolean }>(
    `SELECT coalesce(bool_and(TRY_CAST(CAST(${col} AS VARCHAR) AS DATE) IS NOT NULL), FALSE) AS dates
     FROM customers WHERE ${col} IS NOT NULL`,
  );
  return { attribute: name, date: r.dates };
}

/** `lojal cohorts`: the cohort table and its average curve (METRICS.md §2). */
export const cohorts: Command<CohortsJson> = {
  options: ['period', 'week-start', 'mode', 'measure', 'anchor', 'by', 'from', 'to', 'filter', 'average'],
  async run(engine, info, args) {
    const x = args.extra;
    const params: CohortParams = {
      period: oneOf('period', x.period, PERIODS, 'month'),
      weekStart: oneOf('week-start', x['week-start'], ['monday', 'sunday'] as const, 'monday'),
      mode: oneOf('mode', x.mode, MODES, 'in-period'),
      measure: oneOf('measure', x.measure, MEASURES, 'customers'),
      by: x.by === undefined ? null : attribute('by', x.by, info),
      from: date('from', x.from),
      to: date('to', x.to),
      filters: filters(x.filter, info),
      asOf: args.shared.asOf ?? null,
    };
    params.anchor = await anchorOf(engine, x.anchor, info);
    if (!info.hasAmount && (params.measure === 'revenue' || params.measure === 'cumulative-revenue'))
      throw new UsageError(`--measure ${params.measure} needs an amount column`);
    const kind = oneOf<AverageKind>('average', x.average, ['pooled', 'simple'], 'pooled');
    const rows = await engine.query<CohortCellRow>(buildCohortSql(params));
    const table = shapeCohorts(rows, params.measure!, kind);
    const asOf =
      table.asOf ??
      (
        await engine.query<{ d: string | null }>(
          `SELECT strftime(CAST(${asOfSql(params.asOf)} AS DATE), '%Y-%m-%d') AS d`,
        )
      )[0].d;
    return {
      period: params.period,
      mode: params.mode!,
      measure: params.measure!,
      asOf,
      cohorts: table.cohorts.map((c) => ({
        cohort: c.cohort,
        segment: c.segment,
        size: c.size,
        values: c.values,
        complete: c.complete,
        lower: c.lower,
        upper: c.upper,
      })),
      average: table.average.map((a) => ({ k: a.k, value: a.value, lower: a.lower, upper: a.upper })),
    };
  },
  text(r) {
    const rate = r.measure === 'customers' || r.measure === 'revenue';
    const show = (v: number | null) => (v === null ? '—' : rate ? `${(v * 100).toFixed(1)}%` : v.toFixed(2));
    const width = Math.max(
      7,
      ...r.cohorts.map((c) => c.cohort.length + (c.segment ? c.segment.length + 3 : 0)),
    );
    const head = ['cohort'.padEnd(width), 'size'.padStart(6), ...r.average.map((a) => `k${a.k}`.padStart(8))];
    const lines = r.cohorts.map((c) =>
      [
        (c.segment ? `${c.segment} · ${c.cohort}` : c.cohort).padEnd(width),
        String(c.size).padStart(6),
        // A trailing * marks an incomplete cell: its period has not ended (METRICS.md §2).
        ...c.values.map((v, k) => `${show(v)}${c.complete[k] ? ' ' : '*'}`.padStart(8)),
      ].join(' '),
    );
    const avg = [
      'average'.padEnd(width),
      ''.padStart(6),
      ...r.average.map((a) => `${show(a.value)} `.padStart(8)),
    ];
    return [
      `${r.measure} · ${r.mode} · by ${r.period} · as of ${r.asOf}`,
      head.join(' '),
      ...lines,
      avg.join(' '),
      '* period not over yet: partial, left out of the average',
    ].join('\n');
  },
};
