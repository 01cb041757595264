import { literal } from '../analysis/sql';
import type { DateLayout, NumberLayout } from './spec';

/**
 * SQL expressions that turn text cells into typed values. Every parse is total: a value that does not
 * fit the layout becomes NULL (and the row is then rejected with its reason), never an error.
 */

/**
 * Characters trimmed from both ends of every cell before it is read: spaces, tabs, line breaks, the
 * no-break space and a byte-order mark (left in the middle of a file when two exports were joined), so
 * `C1⇥` and `C1` are one customer.
 */
const BLANKS = literal(' \t\n\r\u00a0\ufeff');

/** A cell starting or ending with one of BLANKS. */
const EDGE_BLANK = String.raw`'^[\s\x{a0}\x{feff}]|[\s\x{a0}\x{feff}]$'`;

/**
 * SQL for text expression `text` (a column) without the blanks around it (see BLANKS). Trimming a set
 * of characters costs four times DuckDB's plain trim, so it runs only on the cells a quick pattern finds
 * blanks at the edge of (a 1M-order load would otherwise take about 1.5 times as long); `always` where
 * a row flag (`rowFlagSql`) has picked the rows already.
 */
export function trimSql(text: string, always = false): string {
  if (always) return `trim(${text}, ${BLANKS})`;
  return `(CASE WHEN regexp_matches(${text}, ${EDGE_BLANK}) THEN trim(${text}, ${BLANKS}) ELSE ${text} END)`;
}

/**
 * SQL true for a row one of whose `cells` may start or end with a blank (see BLANKS) or one of whose
 * `all` cells holds a line break: one regular expression over the cells joined with the unit separator
 * (chr(31)). A test per cell cost a 1M-order load more than parsing the file; this one costs a tenth of
 * that. When only some columns are used (a wide export), the others are looked at for line breaks only.
 * A cell holding chr(31) itself can only raise a false alarm, which costs time (the row's cells are
 * trimmed one by one, `trimmedSql`), never a wrong value.
 */
export function rowFlagSql(cells: string[], all: string[] = cells): string {
  const b = String.raw`[\s\x{a0}\x{feff}]`;
  const pattern = String.raw`(?:^|\x1f)${b}|${b}(?:\x1f|$)|[\r\n]`;
  const flag = `regexp_matches(concat_ws(chr(31), ${cells.length ? cells.join(', ') : "''"}), ${literal(pattern)})`;
  const others = all.filter((c) => !cells.includes(c));
  if (!others.length) return flag;
  return `(${flag} OR regexp_matches(concat(${others.join(', ')}), ${literal(String.raw`[\r\n]`)}))`;
}

/** SQL for cell `cell` trimmed of BLANKS, NULL when empty; trimmed only where `flag` (rowFlagSql) says. */
export function trimmedSql(cell: string, flag: string): string {
  return `NULLIF(CASE WHEN ${flag} THEN trim(${cell}, ${BLANKS}) ELSE ${cell} END, '')`;
}

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
  // Read by `monthNameSql`: the month is a name, which no regular expression turns into a number.
  'MMM D, YYYY': { regex: `^([A-Za-z]{3}) (\\d{1,2}), (\\d{4})${END}`, y: 3, m: 1, d: 2 },
};

/** Every date layout Lojal can read. */
export const DATE_LAYOUTS = Object.keys(LAYOUTS) as DateLayout[];

/** The strptime format of each layout, for the fast path. */
const STRPTIME: Record<DateLayout, string> = {
  'YYYY-MM-DD': '%Y-%m-%d',
  'YYYY/MM/DD': '%Y/%m/%d',
  'DD.MM.YYYY': '%d.%m.%Y',
  'DD-MM-YYYY': '%d-%m-%Y',
  'DD/MM/YYYY': '%d/%m/%Y',
  'MM/DD/YYYY': '%m/%d/%Y',
  'MM-DD-YYYY': '%m-%d-%Y',
  'MM.DD.YYYY': '%m.%d.%Y',
  YYYYMMDD: '%Y%m%d',
  'MMM D, YYYY': '%b %d, %Y',
};

/** A date written `Mar 1, 2022` (any time after it ignored): strptime reads English month names. */
function monthNameSql(t: string): string {
  const date = `regexp_extract(${t}, ${literal('^([A-Za-z]{3} [0-9]{1,2}, [0-9]{4})(?:[ T]|$)')}, 1)`;
  const parsed = `CAST(try_strptime(${date}, '%b %d, %Y') AS DATE)`;
  return `CASE WHEN year(${parsed}) BETWEEN 1000 AND 9999 THEN ${parsed} END`;
}

/**
 * SQL for the DATE in text expression `text` written in `layout`; NULL when it is not a real date.
 * `trimmed`: `text` has no blanks at its edges already (`trimmedSql`).
 * A fast path parses the common shapes (the date alone, followed by ` HH:MM[:SS]`, or a zero-padded date
 * followed by anything after a space or `T`) with strptime;
 * only cells it cannot read go through the general regular expression, which ignores any time or
 * offset after the date. The fast path must agree with the slow one: it requires a four-digit year
 * (strptime reads `24` as the year 24) and, for `YYYYMMDD`, exactly eight digits.
 */
export function dateSql(text: string, layout: DateLayout, trimmed = false): string {
  const p = LAYOUTS[layout];
  const t = trimmed ? text : trimSql(text);
  if (layout === 'MMM D, YYYY') return monthNameSql(t);
  const f = STRPTIME[layout];
  // A zero-padded date followed by anything after a space or `T` (a time with an offset,
  // `2022-03-01 10:15:00 -0500` as Shopify writes it): the date is its first 10 (8) characters, read
  // alone. Tried first, and the general formats only on cells it did not read: strptime is slow to
  // fail, and DuckDB evaluates an expression written twice in a CASE for every row.
  const n = layout === 'YYYYMMDD' ? 8 : 10;
  const head = `CAST(try_strptime(CASE WHEN substr(${t}, ${n + 1}, 1) IN (' ', 'T') THEN left(${t}, ${n}) END, ${literal(f)}) AS DATE)`;
  const headOk = `CASE WHEN year(${head}) BETWEEN 1000 AND 9999 THEN ${head} END`;
  const formats = [f, `${f} %H:%M`, `${f} %H:%M:%S`].map((x) => literal(x)).join(', ');
  const parsed = `CAST(try_strptime(CASE WHEN ${headOk} IS NULL THEN ${t} END, [${formats}]) AS DATE)`;
  const exact = layout === 'YYYYMMDD' ? ` AND length(${t}) = 8` : '';
  const fast = `coalesce(${headOk}, CASE WHEN year(${parsed}) BETWEEN 1000 AND 9999${exact} THEN ${parsed} END)`;
  // One regular-expression call, written once: DuckDB hoists repeated subexpressions out of CASE and
  // COALESCE, which would run the slow path on every row. A match becomes `~YYYY-MM-DD`; a cell that
  // does not match keeps its text, which never starts with the marker, so it stays NULL.
  const groups = ['y', 'm', 'd'].map((g) => `\\${p[g as 'y' | 'm' | 'd']}`);
  const whole = `${p.regex.replace('(?:$|[ T])', '(?:[ T].*)?$')}`;
  const slow = `CAST(try_strptime(regexp_replace(${t}, ${literal(whole)}, ${literal(`~${groups.join('-')}`)}), '~%Y-%m-%d') AS DATE)`;
  return `coalesce(${fast}, ${slow})`;
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
 * SQL for the DOUBLE in text expression `text` (`trimmed`: without blanks at its edges already) written
 * with `layout`: accepts currency text around the
 * number (`kr 1 234,50`, `1 234,50 kr`, `€12`), a leading or trailing minus, accounting parentheses for
 * negatives and the Nordic `99,-` for a whole amount. NULL when the cell is not such a number. The
 * regular expressions go through `literal()`, so a `'` thousands separator cannot break the query.
 */
export function numberSql(text: string, layout: NumberLayout, trimmed = false): string {
  const dec = escapeRegex(layout.decimal);
  const digits = layout.thousands ? `\\d{1,3}(?:${thousandsRegex(layout.thousands)}?\\d{3})*` : '\\d+';
  const unit = `(?:[A-Za-z]{1,3}\\.?|[$€£¥])`;
  const t = trimmed ? text : trimSql(text);
  // `99,-`: a dash right after the decimal separator stands for zero øre, not for a minus.
  const number = `(?:${digits}(?:${dec}(?:\\d+|-)?)?|${dec}\\d+)`;
  const valid = `^\\(?[-−+]?\\s*(?:${unit}\\s*)?[-−+]?${number}\\s*(?:${unit})?\\s*[-−]?\\)?$`;
  // A minus before the digits (after any currency) or after them (before any currency), or parentheses.
  const minus = `^\\(|[-−]\\s*(?:${unit}\\s*)?[0-9${dec}]|[0-9]\\s*(?:${unit}\\s*)?[-−]\\)?$`;
  const core = `replace(regexp_replace(${t}, ${literal(`[^0-9${dec}]`)}, '', 'g'), ${literal(layout.decimal)}, '.')`;
  // Each regular expression appears once, so that DuckDB does not hoist it out of the CASE and run it
  // on the rows the fast path below already read.
  // One sign at most (`--5` is no number), as in the sniffer's parseNumber.
  const signs = `length(regexp_replace(${t}, '[^-−+]', '', 'g')) - (CASE WHEN regexp_matches(${t}, ${literal(`${dec}-\\s*(?:${unit})?\\s*\\)?$`)}) THEN 1 ELSE 0 END)`;
  const slow = `CASE WHEN regexp_full_match(${t}, ${literal(valid)}) AND ${signs} <= 1 THEN (CASE WHEN regexp_matches(${t}, ${literal(minus)}) THEN -1 ELSE 1 END) * TRY_CAST(${core} AS DOUBLE) END`;
  // Fast path for plain numbers (`302.93`, `-12,5`): a cast, when no character can be a thousands
  // separator the cast would misread; everything else goes through the full pattern above. The cast
  // also reads `1_000` and `+-5`, which are no amounts: those go the slow way too (and fail there).
  const odd = `contains(${text}, '_') OR contains(${text}, '+-')`;
  const plain =
    layout.decimal === '.'
      ? `CASE WHEN NOT (${odd}) THEN TRY_CAST(${t} AS DOUBLE) END`
      : `CASE WHEN NOT (contains(${text}, '.') OR ${odd}) THEN TRY_CAST(replace(${t}, ',', '.') AS DOUBLE) END`;
  return `coalesce(CASE WHEN isfinite(${plain}) THEN ${plain} END, ${slow})`;
}

/**
 * SQL for a yes/no flag (`trimmed`: `text` without blanks at its edges already): 1/0, true/false, yes/no,
 * ja/nei/nej, j/n, y/n (any case); NULL otherwise.
 */
export function flagSql(text: string, trimmed = false): string {
  const t = `lower(${trimmed ? text : trimSql(text)})`;
  return `CASE WHEN ${t} IN ('1','true','yes','y','ja','j','t') THEN TRUE WHEN ${t} IN ('0','false','no','n','nei','nej','f') THEN FALSE END`;
}
