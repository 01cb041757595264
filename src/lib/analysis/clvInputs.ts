import { asOfSql } from './asOf';
import { dateLiteral } from './sql';

/** Time unit of the BG/NBD inputs. */
export type TimeUnit = 'day' | 'week' | 'month';
export const TIME_UNITS: TimeUnit[] = ['day', 'week', 'month'];

/** Length of each unit in days; a month is the average month, 365.25 / 12 days. */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

/** Settings of the model inputs. */
export interface ClvInputParams {
  unit: TimeUnit;
  /** End of the calibration period (inclusive). Default: the as-of date, i.e. no holdout. */
  calibrationEnd?: string | null;
  asOf?: string | null;
}

/** One customer's model inputs (METRICS.md §6), times in `unit`. */
export interface ClvCustomerRow {
  [key: string]: string | number | null;
  customer_id: string;
  /** Repeat occasions in the calibration period (occasions − 1). */
  x: number;
  /** Time from the first to the last occasion in the calibration period. */
  tx: number;
  /** Time from the first occasion to the end of the calibration period. */
  T: number;
  /** Mean net revenue of the repeat occasions in the calibration period (null without repeats). */
  m: number | null;
  /** Net revenue of all calibration occasions and their number (for the overall mean occasion value). */
  cal_revenue: number;
  occasions: number;
  /** Time of the first occasion after the first occasion of all customers (the tracking chart's origin). */
  offset: number;
  /** Occasions after the calibration end, up to the as-of date (all repeats by construction). */
  holdout: number;
}

function ctes(params: ClvInputParams): string {
  const end = params.calibrationEnd ? dateLiteral(params.calibrationEnd) : '(SELECT as_of FROM cut)';
  return `cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
cal AS (SELECT least(${end}, (SELECT as_of FROM cut)) AS cal_end),
occ AS (
  SELECT customer_id, day, revenue,
    row_number() OVER (PARTITION BY customer_id ORDER BY day) AS n
  FROM customer_days WHERE purchases > 0 AND day <= (SELECT as_of FROM cut)
),
firsts AS (SELECT customer_id, day AS first_day FROM occ WHERE n = 1 AND day <= (SELECT cal_end FROM cal)),
origin AS (SELECT min(first_day) AS origin_day FROM firsts)`;
}

/**
 * SQL for every customer's BG/NBD and Gamma-Gamma inputs (METRICS.md §6): purchase occasions are
 * customer-days with purchases > 0 (same-day orders merged, §1); customers whose first occasion is on or
 * before the calibration end; x, t_x, T in the chosen unit (days ÷ unit length); m the mean value of the
 * repeat occasions; and the occasions after the calibration end for the holdout check.
 */
export function buildClvCustomersSql(params: ClvInputParams): string {
  const u = UNIT_DAYS[params.unit];
  return `WITH ${ctes(params)}
SELECT f.customer_id,
  CAST(count(*) FILTER (WHERE o.day <= c.cal_end) - 1 AS INTEGER) AS x,
  date_diff('day', f.first_day, max(o.day) FILTER (WHERE o.day <= c.cal_end)) / ${u} AS tx,
  date_diff('day', f.first_day, c.cal_end) / ${u} AS "T",
  CAST(avg(o.revenue) FILTER (WHERE o.day <= c.cal_end AND o.n > 1) AS DOUBLE) AS m,
  CAST(coalesce(sum(o.revenue) FILTER (WHERE o.day <= c.cal_end), 0) AS DOUBLE) AS cal_revenue,
  CAST(count(*) FILTER (WHERE o.day <= c.cal_end) AS INTEGER) AS occasions,
  date_diff('day', (SELECT origin_day FROM origin), f.first_day) / ${u} AS "offset",
  CAST(count(*) FILTER (WHERE o.day > c.cal_end) AS INTEGER) AS holdout
FROM firsts f JOIN occ o USING (customer_id), cal c
GROUP BY f.customer_id, f.first_day, c.cal_end
ORDER BY f.customer_id`;
}

/** The same inputs as one row of lists (column → values in customer id order). */
export type ClvColumnsRow = { [K in keyof ClvCustomerRow]: ClvCustomerRow[K][] };

/**
 * buildClvCustomersSql as one row of lists, one per column, all in customer id order: 100k customers
 * decode as a few arrays instead of 100k row objects, which keeps the page's main thread free.
 */
export function buildClvColumnsSql(params: ClvInputParams): string {
  const columns = ['customer_id', 'x', 'tx', 'T', 'm', 'cal_revenue', 'occasions', 'offset', 'holdout'];
  return `SELECT ${columns.map((c) => `list("${c}" ORDER BY customer_id) AS "${c}"`).join(', ')}
FROM (${buildClvCustomersSql(params)})`;
}

/** Rows back from the columns of buildClvColumnsSql. */
export function rowsFromColumns(columns: ClvColumnsRow): ClvCustomerRow[] {
  return (columns.customer_id ?? []).map((_, i) => ({
    customer_id: columns.customer_id[i],
    x: columns.x[i],
    tx: columns.tx[i],
    T: columns.T[i],
    m: columns.m[i],
    cal_revenue: columns.cal_revenue[i],
    occasions: columns.occasions[i],
    offset: columns.offset[i],
    holdout: columns.holdout[i],
  }));
}

/** The model job's arrays straight from the columns (no per-customer objects on the way). */
export function clvArraysFromColumns(columns: ClvColumnsRow): ClvArrays {
  const ids = (columns.customer_id ?? []).map(String);
  const sum = (values: number[] | undefined) => (values ?? []).reduce((s, v) => s + v, 0);
  const occasions = sum(columns.occasions);
  return {
    ids,
    x: Float64Array.from(columns.x ?? []),
    tx: Float64Array.from(columns.tx ?? []),
    T: Float64Array.from(columns.T ?? []),
    m: Float64Array.from(columns.m ?? [], (v) => v ?? 0),
    offsets: Float64Array.from(columns.offset ?? []),
    holdout: Float64Array.from(columns.holdout ?? []),
    meanOccasionValue: occasions > 0 ? sum(columns.cal_revenue) / occasions : 0,
  };
}

/** Repeat occasions of the calibration customers in one week after the origin. */
export interface ClvWeekRow {
  [key: string]: number;
  /** Week index: days since the origin ÷ 7, rounded down. */
  week: number;
  repeats: number;
}

/** The dates the tracking chart needs: its origin, the calibration end and the as-of date. */
export interface ClvSpanRow {
  [key: string]: string | null;
  origin: string | null;
  calibration_end: string | null;
  as_of: string | null;
}

/**
 * SQL for the repeat occasions (every occasion after a customer's first) of the calibration customers
 * per week since the origin — the first occasion of any of them — up to the as-of date: the actual
 * line of the cumulative tracking chart (FHL 2005 Fig. 2).
 */
export function buildClvTrackingSql(params: Omit<ClvInputParams, 'unit'>): string {
  return `WITH ${ctes({ ...params, unit: 'day' })}
SELECT CAST(date_diff('day', (SELECT origin_day FROM origin), o.day) // 7 AS INTEGER) AS week,
  CAST(count(*) AS INTEGER) AS repeats
FROM occ o JOIN firsts f USING (customer_id)
WHERE o.n > 1
GROUP BY week ORDER BY week`;
}

/** SQL for the tracking chart's dates (see ClvSpanRow). */
export function buildClvSpanSql(params: Omit<ClvInputParams, 'unit'>): string {
  return `WITH ${ctes({ ...params, unit: 'day' })}
SELECT strftime((SELECT origin_day FROM origin), '%Y-%m-%d') AS origin,
  strftime((SELECT cal_end FROM cal), '%Y-%m-%d') AS calibration_end,
  strftime((SELECT as_of FROM cut), '%Y-%m-%d') AS as_of`;
}

/** Whole days from ISO date `from` to ISO date `to` (calendar arithmetic, no time zone). */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** Per-customer inputs as typed arrays (what the model job takes), plus the mean occasion value. */
export interface ClvArrays {
  ids: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  m: Float64Array;
  offsets: Float64Array;
  holdout: Float64Array;
  /** Net revenue per calibration occasion over all customers: the spend used without a Gamma-Gamma fit. */
  meanOccasionValue: number;
}

/** Turn customer rows into the arrays the model job takes. */
export function clvArrays(rows: ClvCustomerRow[]): ClvArrays {
  const n = rows.length;
  const out: ClvArrays = {
    ids: new Array<string>(n),
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    m: new Float64Array(n),
    offsets: new Float64Array(n),
    holdout: new Float64Array(n),
    meanOccasionValue: 0,
  };
  let revenue = 0;
  let occasions = 0;
  rows.forEach((r, i) => {
    out.ids[i] = String(r.customer_id);
    out.x[i] = r.x;
    out.tx[i] = r.tx;
    out.T[i] = r.T;
    out.m[i] = r.m ?? 0;
    out.offsets[i] = r.offset;
    out.holdout[i] = r.holdout;
    revenue += r.cal_revenue;
    occasions += r.occasions;
  });
  out.meanOccasionValue = occasions > 0 ? revenue / occasions : 0;
  return out;
}

/** Options of a model run, in the user's terms. */
export interface ClvRunOptions {
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  margin: number;
}

/** Below this many days of calibration data the fit is flagged as resting on a short period. */
export const MIN_CALIBRATION_DAYS = 90;

/**
 * The model job's input from the SQL results: per-customer arrays, settings, and — when the
 * calibration ends before the as-of date — the holdout actuals and week-end times for the tracking
 * chart (the end of each week since the origin, up to the as-of date).
 */
export function clvJobInput(arrays: ClvArrays, span: ClvSpanRow, options: ClvRunOptions) {
  const unitDays = UNIT_DAYS[options.unit];
  const settings = {
    horizonMonths: options.horizonMonths,
    monthlyDiscount: options.monthlyDiscount,
    margin: options.margin,
    unitDays,
  };
  const holdoutDays = span.calibration_end && span.as_of ? daysBetween(span.calibration_end, span.as_of) : 0;
  const weeks = span.origin && span.as_of ? Math.floor(daysBetween(span.origin, span.as_of) / 7) : 0;
  return {
    x: arrays.x,
    tx: arrays.tx,
    T: arrays.T,
    m: arrays.m,
    settings,
    fallbackSpend: arrays.meanOccasionValue,
    minPeriod: MIN_CALIBRATION_DAYS / unitDays,
    holdout:
      holdoutDays > 0
        ? {
            length: holdoutDays / unitDays,
            actual: arrays.holdout,
            offsets: arrays.offsets,
            times: Array.from({ length: weeks + 1 }, (_, w) => (7 * w + 6) / unitDays),
          }
        : undefined,
  };
}

/**
 * A calibration end for the holdout check: the as-of date minus a holdout of 26 weeks, or a third of
 * the data's span when that is shorter.
 */
export function suggestCalibrationEnd(first: string, asOf: string): string {
  const holdout = Math.max(1, Math.min(182, Math.round(daysBetween(first, asOf) / 3)));
  const [y, m, d] = asOf.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - holdout)).toISOString().slice(0, 10);
}
