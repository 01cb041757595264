/**
 * Each setting as it appears in a link (`#v=1&cohorts.period=week`) and in a settings file: its key,
 * how its value is written as text, and how text is checked before it is taken. Anything that fails a
 * check is refused as a whole: the setting keeps its default. Text settings (column names, a search)
 * are kept as plain strings; the page shows them only as text, never as HTML.
 */
import { RFM_SEGMENTS } from '../analysis/rfm';
import { CHOICES, CUSTOMER_SORTS, MAX_LIST, MAX_TEXT, type LojalSettings } from './schema';

/** One setting: its key, its value as text (a list for list settings), and how to take text back. */
export interface Field {
  key: string;
  list?: boolean;
  read: (s: LojalSettings) => string[];
  /** Take the text values into `s`; false (and `s` unchanged) when they are not allowed. */
  write: (s: LojalSettings, values: string[]) => boolean;
}

type Get<T> = (s: LojalSettings) => T;
type Set<T> = (s: LojalSettings, v: T) => void;

/** Printable text of at most MAX_TEXT characters (no control characters: they never name a column). */
export function isText(v: string): boolean {
  // eslint-disable-next-line no-control-regex
  return v.length > 0 && v.length <= MAX_TEXT && !/[\u0000-\u001f\u007f]/.test(v);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Parse a plain decimal number (no hex, exponent or blanks, which Number() would take). */
function number(v: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null;
}

function one<T>(
  key: string,
  get: Get<T>,
  set: Set<T>,
  show: (v: T) => string,
  take: (v: string) => T | undefined,
): Field {
  return {
    key,
    read: (s) => [show(get(s))],
    write: (s, values) => {
      if (values.length !== 1) return false;
      const v = take(values[0]);
      if (v === undefined) return false;
      set(s, v);
      return true;
    },
  };
}

function choice<T extends string>(key: string, options: readonly string[], get: Get<T>, set: Set<T>): Field {
  return one(key, get, set, String, (v) => (options.includes(v) ? (v as T) : undefined));
}

/** A number in [min, max] (whole when `whole`); `null` written as an empty value where allowed. */
function num(
  key: string,
  min: number,
  max: number,
  whole: boolean,
  get: Get<number | null>,
  set: Set<number | null>,
  nullable = false,
): Field {
  return one(
    key,
    get,
    set,
    (v) => (v === null ? '' : String(v)),
    (v) => {
      if (v === '' && nullable) return null;
      const n = number(v);
      return n === null || n < min || n > max || (whole && !Number.isInteger(n)) ? undefined : n;
    },
  );
}

function text(key: string, get: Get<string>, set: Set<string>): Field {
  return one(key, get, set, String, (v) => (v === '' || isText(v) ? v : undefined));
}

function date(key: string, get: Get<string | null>, set: Set<string | null>): Field {
  return one(
    key,
    get,
    set,
    (v) => v ?? '',
    (v) => (v === '' ? null : isIsoDate(v) ? v : undefined),
  );
}

function list(
  key: string,
  ok: (v: string) => boolean,
  get: Get<string[]>,
  set: Set<string[]>,
  allowed: (s: LojalSettings) => boolean = () => true,
): Field {
  return {
    key,
    list: true,
    read: get,
    write: (s, values) => {
      if (values.length === 0) return true;
      if (values.length > MAX_LIST || !values.every(ok) || new Set(values).size !== values.length)
        return false;
      if (!allowed(s)) return false;
      set(s, [...values]);
      return true;
    },
  };
}

const ANCHORS = ['first-purchase', 'signup', 'subscription-start'];
/** The RFM map as 25 letters, a = Champions … k = Lost, row R1 first (see RFM_SEGMENTS). */
const RFM_LETTERS = 'abcdefghijk';

/** Every setting, in the order they are read (a filter's attribute before its values). */
export const FIELDS: Field[] = [
  choice(
    'section',
    CHOICES.section,
    (s) => s.section,
    (s, v) => (s.section = v),
  ),
  one(
    'currency',
    (s) => s.currency,
    (s, v) => (s.currency = v),
    (v) => v ?? '',
    (v) =>
      v === ''
        ? null
        : (CHOICES.currency as readonly string[]).includes(v)
          ? (v as LojalSettings['currency'])
          : undefined,
  ),
  choice(
    'cohorts.period',
    CHOICES.period,
    (s) => s.cohorts.period,
    (s, v) => (s.cohorts.period = v),
  ),
  choice(
    'cohorts.weekStart',
    CHOICES.weekStart,
    (s) => s.cohorts.weekStart,
    (s, v) => (s.cohorts.weekStart = v),
  ),
  one(
    'cohorts.anchor',
    (s) => s.cohorts.anchor,
    (s, v) => (s.cohorts.anchor = v),
    String,
    (v) => (ANCHORS.includes(v) || (v.startsWith('attr:') && isText(v.slice(5))) ? v : undefined),
  ),
  choice(
    'cohorts.mode',
    CHOICES.mode,
    (s) => s.cohorts.mode,
    (s, v) => (s.cohorts.mode = v),
  ),
  choice(
    'cohorts.measure',
    CHOICES.measure,
    (s) => s.cohorts.measure,
    (s, v) => (s.cohorts.measure = v),
  ),
  text(
    'cohorts.by',
    (s) => s.cohorts.by ?? '',
    (s, v) => (s.cohorts.by = v || null),
  ),
  date(
    'cohorts.from',
    (s) => s.cohorts.from,
    (s, v) => (s.cohorts.from = v),
  ),
  date(
    'cohorts.to',
    (s) => s.cohorts.to,
    (s, v) => (s.cohorts.to = v),
  ),
  text(
    'cohorts.filter',
    (s) => s.cohorts.filter?.attribute ?? '',
    (s, v) => (s.cohorts.filter = v ? { attribute: v, values: [] } : null),
  ),
  // Values need the attribute they belong to (read before them).
  list(
    'cohorts.filterValue',
    isText,
    (s) => s.cohorts.filter?.values ?? [],
    (s, v) => s.cohorts.filter && (s.cohorts.filter.values = v),
    (s) => !!s.cohorts.filter,
  ),
  choice(
    'cohorts.average',
    CHOICES.average,
    (s) => s.cohorts.average,
    (s, v) => (s.cohorts.average = v),
  ),
  choice(
    'cohorts.curves',
    CHOICES.curves,
    (s) => s.cohorts.curves,
    (s, v) => (s.cohorts.curves = v),
  ),
  num(
    'churn.window',
    1,
    3650,
    true,
    (s) => s.churn.window,
    (s, v) => (s.churn.window = v),
    true,
  ),
  choice(
    'churn.period',
    CHOICES.churnPeriod,
    (s) => s.churn.period,
    (s, v) => (s.churn.period = v),
  ),
  one(
    'churn.survival',
    (s) => s.churn.survivalKind,
    (s, v) => (s.churn.survivalKind = v),
    (v) => v ?? '',
    (v) =>
      v === ''
        ? null
        : (CHOICES.survivalKind as readonly string[]).includes(v)
          ? (v as LojalSettings['churn']['survivalKind'])
          : undefined,
  ),
  text(
    'churn.survivalBy',
    (s) => s.churn.survivalBy,
    (s, v) => (s.churn.survivalBy = v),
  ),
  choice(
    'clv.unit',
    CHOICES.unit,
    (s) => s.clv.options.unit,
    (s, v) => (s.clv.options.unit = v),
  ),
  num(
    'clv.horizon',
    1,
    120,
    true,
    (s) => s.clv.options.horizonMonths,
    (s, v) => (s.clv.options.horizonMonths = v!),
  ),
  num(
    'clv.margin',
    0,
    1,
    false,
    (s) => s.clv.options.margin,
    (s, v) => (s.clv.options.margin = v!),
  ),
  num(
    'clv.discount',
    0,
    0.2,
    false,
    (s) => s.clv.options.monthlyDiscount,
    (s, v) => (s.clv.options.monthlyDiscount = v!),
  ),
  date(
    'clv.calibrationEnd',
    (s) => s.clv.calibrationEnd,
    (s, v) => (s.clv.calibrationEnd = v),
  ),
  one(
    'clv.rfm',
    (s) => s.clv.rfmMap,
    (s, v) => (s.clv.rfmMap = v),
    (map) =>
      map
        .flat()
        .map((n) => RFM_LETTERS[(RFM_SEGMENTS as readonly string[]).indexOf(n)] ?? '?')
        .join(''),
    (v) =>
      /^[a-k]{25}$/.test(v)
        ? [0, 1, 2, 3, 4].map((r) =>
            [...v.slice(r * 5, r * 5 + 5)].map((c) => RFM_SEGMENTS[RFM_LETTERS.indexOf(c)] as string),
          )
        : undefined,
  ),
  choice(
    'clv.realisedPeriod',
    CHOICES.clvPeriod,
    (s) => s.clv.realisedPeriod,
    (s, v) => (s.clv.realisedPeriod = v),
  ),
  text(
    'clv.realisedBy',
    (s) => s.clv.realisedBy,
    (s, v) => (s.clv.realisedBy = v),
  ),
  num(
    'clv.formulaWindow',
    1,
    3650,
    true,
    (s) => s.clv.formulaWindow,
    (s, v) => (s.clv.formulaWindow = v),
    true,
  ),
  one(
    'customers.preset',
    (s) => s.customers.preset,
    (s, v) => (s.customers.preset = v),
    (v) => v ?? '',
    (v) =>
      v === ''
        ? null
        : (CHOICES.preset as readonly string[]).includes(v)
          ? (v as LojalSettings['customers']['preset'])
          : undefined,
  ),
  text(
    'customers.search',
    (s) => s.customers.search,
    (s, v) => (s.customers.search = v),
  ),
  list(
    'customers.segment',
    (v) => (RFM_SEGMENTS as readonly string[]).includes(v),
    (s) => s.customers.segments,
    (s, v) => (s.customers.segments = v),
  ),
  one(
    'customers.sort',
    (s) => s.customers.sort,
    (s, v) => (s.customers.sort = v),
    String,
    (v) => (CUSTOMER_SORTS.includes(v) || (v.startsWith('attr:') && isText(v.slice(5))) ? v : undefined),
  ),
  choice(
    'customers.descending',
    ['true', 'false'],
    (s) => String(s.customers.descending) as 'true' | 'false',
    (s, v) => (s.customers.descending = v === 'true'),
  ),
];
