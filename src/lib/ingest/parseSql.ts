import { literal } from '../analysis/sql';
import type { DateLayout, NumberLayout } from './spec';

/**
 * SQL expressions that turn text cells into typed values. Every parse is total: a value that does not
 * fit the layout becomes NULL (and the row is then rejected with its reason), never an error.
 */

interface DateParts {
  regex: string;
  /** Positions of year, month and day among the regex's three capture groups (1-based). */
  y: number;
  m: number;
  d: number;
}

// The date is taken from the start of the cell; any time or offset after it is ignored, so
// `2024-03-01T00:30:00+02:00` is 1 March, the calendar date as written (METRICS.md §1).
const END = '(?:$|[ T])';
const LAYOUTS: Record<DateLayout, DateParts> = {
  'YYYY-MM-DD': { regex: `^(\\d{4})-(\\d{1,2})-(\\d{1,2})${END}`, y: 1, m: 2, d: 3 },
  'YYYY/MM/DD': { regex: `^(\\d{4})/(\\d{1,2})/(\\d{1,2})${END}`, y: 1, m: 2, d: 3 },
  'DD.MM.YYYY': { regex: `^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}`, y: 3, m: 2, d: 1 },
  'DD-MM-YYYY': { regex: `^(\\d{1,2})-(\\d{1,2})-(\\d{4})${END}`, y: 3, m: 2, d: 1 },
  'DD/MM/YYYY': { regex: `^(\\d{1,2})/(\\d{1,2})/(\\d{4})${END}`, y: 3, m: 2, d: 1 },
  'MM/DD/YYYY': { regex: `^(\\d{1,2})/(\\d{1,2})/(\\d{4})${END}`, y: 3, m: 1, d: 2 },
  'MM-DD-YYYY': { regex: `^(\\d{1,2})-(\\d{1,2})-(\\d{4})${END}`, y: 3, m: 1, d: 2 },
  'MM.DD.YYYY': { regex: `^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}`, y: 3, m: 1, d: 2 },
  YYYYMMDD: { regex: `^(\\d{4})(\\d{2})(\\d{2})${END}`, y: 1, m: 2, d: 3 },
};

/** Every date layout Lojal can read. */
export const DATE_LAYOUTS = Object.keys(LAYOUTS) as DateLayout[];

/** SQL for the DATE in text expression `text` written in `layout`; NULL when it is not a real date. */
export function dateSql(text: string, layout: DateLayout): string {
  const p = LAYOUTS[layout];
  const t = `trim(${text})`;
  const part = (i: number) => `regexp_extract(${t}, '${p.regex}', ${i})`;
  // try_strptime returns NULL for impossible dates such as 2023-02-29 or 31.04.2024.
  return `CAST(try_strptime(${part(p.y)} || '-' || ${part(p.m)} || '-' || ${part(p.d)}, '%Y-%m-%d') AS DATE)`;
}

/** The character as it must appear inside a regular-expression character class or sequence. */
function escapeRegex(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

/** The thousands separator as a regex: space-like ones are interchangeable, as are ' and ’ (see numbers.ts). */
function thousandsRegex(thousands: NumberLayout['thousands']): string {
  if (thousands === ' ') return '[ \\x{00A0}\\x{202F}]';
  if (thousands === "'") return "['\\x{2019}]";
  return escapeRegex(thousands);
}

/**
 * SQL for the DOUBLE in text expression `text` written with `layout`: accepts currency text around the
 * number (`kr 1 234,50`, `1 234,50 kr`, `€12`), a leading or trailing minus, accounting parentheses for
 * negatives and the Nordic `99,-` for a whole amount. NULL when the cell is not such a number. The
 * regular expressions go through `literal()`, so a `'` thousands separator cannot break the query.
 */
export function numberSql(text: string, layout: NumberLayout): string {
  const dec = escapeRegex(layout.decimal);
  const digits = layout.thousands ? `\\d{1,3}(?:${thousandsRegex(layout.thousands)}?\\d{3})*` : '\\d+';
  const unit = `(?:[A-Za-z]{1,3}\\.?|[$€£¥])`;
  // `99,-`: the dash after the decimal separator stands for zero øre and is not a minus.
  const whole = `(\\d)${dec}-(\\s*${unit}?)$`;
  const t = `regexp_replace(trim(${text}), ${literal(whole)}, '\\1\\2')`;
  const valid = `^\\(?[-−+]?\\s*(?:${unit}\\s*)?[-−+]?(?:${digits}(?:${dec}\\d*)?|${dec}\\d+)\\s*(?:${unit})?\\s*[-−]?\\)?$`;
  const negative = `(${t} LIKE '(%)' OR ${t} LIKE '%-%' OR ${t} LIKE '%−%')`;
  const core = `replace(regexp_replace(${t}, ${literal(`[^0-9${dec}]`)}, '', 'g'), ${literal(layout.decimal)}, '.')`;
  return `CASE WHEN regexp_full_match(${t}, ${literal(valid)}) THEN (CASE WHEN ${negative} THEN -1 ELSE 1 END) * TRY_CAST(${core} AS DOUBLE) END`;
}

/** SQL for a yes/no flag: 1/0, true/false, yes/no, ja/nei/nej, j/n, y/n (any case); NULL otherwise. */
export function flagSql(text: string): string {
  const t = `lower(trim(${text}))`;
  return `CASE WHEN ${t} IN ('1','true','yes','y','ja','j','t') THEN TRUE WHEN ${t} IN ('0','false','no','n','nei','nej','f') THEN FALSE END`;
}
