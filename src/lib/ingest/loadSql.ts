import { ident, literal } from '../analysis/sql';
import { dateSql, flagSql, numberSql, rowFlagSql, trimSql, trimmedSql } from './parseSql';
import { keepsIdenticalRows, REJECT_REASONS, type LoadSpec } from './spec';

/**
 * SQL that loads one file into typed rows and a rejects ledger. Every data row ends up in exactly one
 * of the two (`rows.read = rows.loaded + rows.rejected`, METRICS.md §1). Raw cells are read as text
 * into columns c0…cN, so header names never enter SQL. They are typed in the same pass: no all-text copy
 * of the file is kept (it took more memory than the file itself, 2.2 bytes per CSV byte), only a hash
 * of each row's cells and, for the rows rejected, their text.
 */

/** Names of the tables one file's load uses; `k` makes them unique per file. */
export function loadTables(k: number) {
  return {
    csvRejects: `_csvrej_${k}`,
    csvScan: `_csvscan_${k}`,
    typed: `_typed_${k}`,
    repeats: `_repeats_${k}`,
    /** Raw cells of the rows that may repeat an earlier one, read again from the file. */
    cells: `_cells_${k}`,
    cellsRejects: `_cellsrej_${k}`,
    cellsScan: `_cellsscan_${k}`,
    /** Blank lines inside the table (`buildBlankLinesSql`). */
    blanks: `_blank_${k}`,
    /** Identical rows kept (orders without an order id, `keepsIdenticalRows`): their row numbers. */
    identical: `_identical_${k}`,
  };
}

const col = (i: number) => `c${i}`;

/**
 * Lines before the first data row as DuckDB counts them (the header is one record) and as the file
 * counts them (a quoted line break in a column name makes the header two lines or more).
 */
function headOf(spec: LoadSpec): { records: number; lines: number; extra: number } {
  const { csv } = spec;
  const records = csv.skipLines + (csv.header ? 1 : 0);
  const extra = csv.header ? Math.max(1, csv.headerLines ?? 1) - 1 : 0;
  return { records, lines: records + extra, extra };
}

/**
 * The rows of a random sample of customers: those whose id hashes below `fraction` of the range (rows
 * without an id are kept, to be rejected and counted as usual). The same id lands on the same side in
 * every file, so a sampled customer keeps every order, attribute and subscription (METRICS.md §1
 * stays true within the sample). Applied while reading, so rows left out never take memory.
 */
export function sampleFilterSql(cell: string, fraction: number): string {
  const cut = Math.round(Math.min(1, Math.max(0, fraction)) * 1_000_000);
  const id = trimSql(cell);
  return `(NULLIF(${id}, '') IS NULL OR hash(${id}) % 1000000 < ${cut})`;
}

/**
 * The file's rows with every cell as text (`_rn`, c0…cN, `_bad_width`, `_text`), malformed lines
 * captured by DuckDB in `rejects`. With `sample` (a fraction of customers below 1), only the rows of
 * sampled customers are kept; row numbers are counted before that, so every line number stays the
 * file's own. Reading the file again with the same options numbers every row the same.
 */
function sourceSql(
  spec: LoadSpec,
  path: string,
  sample: number | null | undefined,
  rejects: { table: string; scan: string },
): string {
  const id = spec.fields.customerId;
  const sampled = (select: string) =>
    sample !== undefined && sample !== null && sample < 1 && id !== undefined
      ? `SELECT * FROM (\n${select}\n) WHERE ${sampleFilterSql(col(id), sample)}`
      : select;
  const { csv } = spec;
  const common = `auto_detect = false, store_rejects = true, rejects_table = ${literal(rejects.table)},
    rejects_scan = ${literal(rejects.scan)}, skip = ${csv.skipLines}`;
  if (csv.delimiter === 'whitespace') {
    // Aligned text: read whole lines, split on runs of spaces and tabs in SQL. Lines are numbered before
    // blank ones are dropped, so every line number is the file's own.
    const n = spec.columns.length;
    const cells = spec.columns.map((_, i) => `parts[${i + 1}] AS ${col(i)}`).join(', ');
    const blanks = `' ' || chr(9)`;
    return sampled(`SELECT _rn, ${cells}, len(parts) <> ${n} AS _bad_width, line AS _text FROM (
  SELECT _rn, line, regexp_split_to_array(trim(line, ${blanks}), '[ \\t]+') AS parts FROM (
    SELECT row_number() OVER () AS _rn, line
    FROM read_csv(${literal(path)}, ${common}, header = ${csv.header}, delim = chr(1), quote = '', escape = '',
      columns = {'line': 'VARCHAR'}))
  WHERE trim(coalesce(line, ''), ${blanks}) <> '')`);
  }
  const columns = spec.columns.map((_, i) => `${literal(col(i))}: 'VARCHAR'`).join(', ');
  return sampled(`SELECT row_number() OVER () AS _rn, *, FALSE AS _bad_width, NULL::VARCHAR AS _text
FROM read_csv(${literal(path)}, ${common}, header = ${csv.header}, delim = ${literal(csv.delimiter)},
  quote = ${literal(csv.quote)}, escape = ${literal(csv.quote)}, columns = {${columns}})`);
}

/**
 * True when the file's order-level columns may be written on the order's first line only (an order
 * total is mapped, with an order id): the order's other lines take customer and date from it and load
 * without an amount (METRICS.md §1, see `buildOrderFillSql`).
 */
export function writesOrderOnce(spec: LoadSpec): boolean {
  return spec.role === 'orders' && spec.fields.orderTotal !== undefined && spec.fields.orderId !== undefined;
}

/** Typed columns only needed to judge a row, left out of the typed table. */
function helperColumns(spec: LoadSpec): string[] {
  // Rows of an order written once are judged again once the order's first line is known.
  const refund = spec.fields.refundedAmount !== undefined ? ['_refund_given'] : [];
  if (writesOrderOnce(spec)) return [...refund, 'quantity', 'status'];
  if (spec.role === 'orders') return ['_date_given', '_amount_given', ...refund, 'quantity', 'status'];
  if (spec.role === 'customers') return ['_date_given'];
  if (spec.role === 'subscriptions') return ['_date_given', '_end_given'];
  return [];
}

/** A row's text as the ledger shows it, from its raw cells (`r.` prefixes them when given). */
function contentSql(spec: LoadSpec, r = ''): string {
  const sep = spec.csv.delimiter === 'whitespace' ? ' ' : spec.csv.delimiter;
  const cells = spec.columns.map((_, i) => `coalesce(${r}${col(i)}, '')`).join(', ');
  return `coalesce(${r}_text, concat_ws(${literal(sep)}, ${cells}))`;
}

/**
 * The number of line breaks inside a row's quoted cells; the costly count only on rows `_f` flags (see
 * `rowFlagSql`, which looks for line breaks too).
 */
function newlinesSql(spec: LoadSpec): string {
  if (spec.csv.delimiter === 'whitespace' || spec.csv.quote === '') return '0';
  return `CASE WHEN _f THEN ${breaksSql(spec)} ELSE 0 END`;
}

/** The columns read as typed values or attributes: their cells are trimmed once, as `t<i>`. */
function usedColumns(spec: LoadSpec): number[] {
  const used = new Set<number>(spec.attributes);
  for (const i of Object.values(spec.fields)) if (typeof i === 'number') used.add(i);
  return [...used].sort((a, b) => a - b);
}

/**
 * `CREATE TABLE typed …` straight from the file: typed values, line numbers (before the corrections of
 * `buildLineFixSql`), each row's reject reason (NULL = loaded; duplicates are marked afterwards, see
 * `buildRepeatsSql`), `_nl` the line breaks inside its quoted cells, `_hash` a hash of its cells and,
 * for a rejected row only, `_content` its text.
 */
export function buildReadSql(spec: LoadSpec, path: string, k: number, sample?: number | null): string {
  const t = loadTables(k);
  const head = headOf(spec).lines;
  const cells = spec.columns.map((_, i) => col(i));
  const attrs = spec.attributes.map((i) => `${text(i)} AS ${ident(`a${i}`)}`);
  const trimmed = usedColumns(spec).map((i) => `${trimmedSql(col(i), '_f')} AS t${i}`);
  const hash = spec.role === 'tenure' ? 'NULL::UBIGINT' : `hash(${cells.join(', ')})`;
  const drop = [...cells, '_text', '_bad_width', '_f', '_hdr', ...helperColumns(spec)].join(', ');
  const source = sourceSql(spec, path, sample, { table: t.csvRejects, scan: t.csvScan });
  // Lines of an order written once are judged again (`buildOrderFillSql`); most then load, so the text of
  // those that stay rejected is read again afterwards (`orderCellsSql`) instead of kept for all.
  const rejected = writesOrderOnce(spec)
    ? `_reason IS NOT NULL AND _reason NOT IN (${FILLABLE.map((r) => literal(r)).join(', ')})`
    : '_reason IS NOT NULL';
  return `CREATE OR REPLACE TABLE ${t.typed} AS
SELECT * EXCLUDE (${drop}), CASE WHEN ${rejected} THEN ${contentSql(spec)} END AS _content FROM (
  SELECT *, ${reasonSql(spec)} AS _reason FROM (
    SELECT _rn, _rn + ${head} AS _line, (${newlinesSql(spec)})::INTEGER AS _nl, ${hash} AS _hash,
      _bad_width, _text, _f, _hdr, ${cells.join(', ')},
      ${typedColumns(spec).join(',\n      ')}${attrs.length ? ',\n      ' + attrs.join(', ') : ''}
    FROM (
      -- Each cell used trimmed once, and only on rows that may need it (rowFlagSql).
      SELECT *, ${[...trimmed, `${repeatedHeaderSql(spec) ?? 'FALSE'} AS _hdr`].join(', ')} FROM (
        SELECT *, ${rowFlagSql(
          usedColumns(spec).map((i) => col(i)),
          cells,
        )} AS _f FROM (
${source}
)))))`;
}

/**
 * SQL counting the line breaks inside a row's quoted cells (`"two⏎lines"`), which DuckDB's record
 * numbers leave out. Only worth its cost when `hasQuotedBreaksSql` found any.
 */
function breaksSql(spec: LoadSpec): string {
  const joined = `concat(${spec.columns.map((_, i) => `coalesce(${col(i)}, '')`).join(', ')})`;
  return `len(regexp_extract_all(${joined}, '\\r\\n|\\r|\\n'))`;
}

/** A query giving `n` > 0 when some cell of the typed rows held a line break (quoted multi-line text). */
export function hasQuotedBreaksSql(spec: LoadSpec, k: number): string | null {
  if (spec.csv.delimiter === 'whitespace' || spec.csv.quote === '') return null;
  return `SELECT count(*) AS n FROM (SELECT 1 FROM ${loadTables(k).typed} WHERE _nl > 0 LIMIT 1)`;
}

/** A query giving `n`, the number of records the CSV reader could not split (usually none). */
export function malformedCountSql(k: number): string {
  return `SELECT count(*) AS n FROM ${loadTables(k).csvRejects}`;
}

/** What the loader found out about a file's raw rows, which lets it skip work that is not needed. */
export interface RawFacts {
  /** Some quoted cell holds a line break. */
  multiline?: boolean;
  /** Some record could not be split (too many or too few fields). */
  malformed?: boolean;
  /** Some row's cells were read again to check it for an exact duplicate (`buildRepeatsSql`). */
  repeats?: boolean;
  /** Some blank line lies inside the table (`buildBlankLinesSql` found it). */
  blanks?: boolean;
}

/**
 * `CREATE TABLE blanks …`: the blank lines after the header, which the CSV reader drops without a
 * trace, numbered as DuckDB numbers its malformed records (by record: blank lines count, line breaks
 * inside quoted cells do not). The file is read again line by line, quotes ignored, so a blank line is a
 * NULL row. With `multiline` (some quoted cell holds a line break), a line that starts inside quotes
 * (an odd number of quote characters before it; a doubled quote counts twice) is part of a record, not a
 * line of its own: a blank one is no blank line, and each one before a blank line is taken off its
 * number. Lenient mode reads files that mix line endings (strict mode stops there); in such a file
 * a CR LF inside quotes may count as two breaks and move the blank lines after it by one.
 * Null for whitespace-aligned text, whose lines are numbered before blank ones are dropped.
 */
export function buildBlankLinesSql(
  spec: LoadSpec,
  path: string,
  k: number,
  multiline = false,
): string | null {
  const { csv } = spec;
  if (csv.delimiter === 'whitespace') return null;
  // A header over several lines is read as lines too, so that its quoted line breaks count as inside.
  const { extra } = headOf(spec);
  const head = extra > 0 ? csv.skipLines : csv.skipLines + (csv.header ? 1 : 0);
  const read = `SELECT row_number() OVER () AS _n, _whole
    FROM read_csv(${literal(path)}, auto_detect = false, skip = ${csv.skipLines}, header = ${csv.header && extra === 0},
      delim = chr(1), quote = '', escape = '', strict_mode = false, columns = {'_whole': 'VARCHAR'})`;
  const t = loadTables(k).blanks;
  if ((!multiline && extra === 0) || csv.quote === '')
    return `CREATE OR REPLACE TEMP TABLE ${t} AS
SELECT _n + ${head} AS line FROM (${read}) WHERE _whole IS NULL`;
  const q = literal(csv.quote);
  const before = 'ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING';
  return `CREATE OR REPLACE TEMP TABLE ${t} AS
SELECT line FROM (
  SELECT _n, _whole, _inside, _n - coalesce(sum(_inside::INTEGER) OVER (ORDER BY _n ${before}), 0) + ${head} AS line
  FROM (
    SELECT _n, _whole,
      coalesce(sum(len(coalesce(_whole, '')) - len(replace(coalesce(_whole, ''), ${q}, ''))) OVER (ORDER BY _n ${before}), 0) % 2 = 1 AS _inside
    FROM (${read})))
WHERE _whole IS NULL AND NOT _inside${extra > 0 ? ` AND _n > ${extra + 1}` : ''}`;
}

/** A query giving `n`, the number of blank lines found by `buildBlankLinesSql`. */
export function blankCountSql(k: number): string {
  return `SELECT count(*) AS n FROM ${loadTables(k).blanks}`;
}

/**
 * The lines between good rows: malformed records and (`facts.blanks`) blank lines, by DuckDB's record
 * numbering (see `buildBlankLinesSql`), each with `pos`, one more than the number of good rows before it.
 */
function malformedSql(spec: LoadSpec, k: number, facts: RawFacts = {}): string {
  const head = headOf(spec).records;
  const t = loadTables(k);
  const blanks = facts.blanks ? ` UNION ALL SELECT line, TRUE FROM ${t.blanks}` : '';
  return `(SELECT line, blank, line - ${head} - (row_number() OVER (ORDER BY line) - 1) AS pos
    FROM (SELECT DISTINCT line, FALSE AS blank FROM ${t.csvRejects}${blanks}))`;
}

/**
 * The line number of each raw row as the file's own lines count (header = line 1). The CSV reader
 * skips malformed records and numbers the rest by record, so a good row's line is its position, plus the
 * lines before the table, plus the malformed records before it, plus (`multiline`) the line breaks inside
 * quoted cells of earlier rows. DuckDB numbers a malformed record by records too, so its place among the
 * good rows is its number minus the lines before the table and the malformed records before it.
 * Blank lines inside the table (`facts.blanks`) are counted like malformed records: the reader drops
 * them without a trace, so `buildBlankLinesSql` finds them.
 */
function lineSql(spec: LoadSpec, k: number, facts: RawFacts): string {
  const head = headOf(spec).lines;
  if (spec.csv.delimiter === 'whitespace') return `_rn + ${head}`;
  const breaks = facts.multiline
    ? ` + coalesce(sum(_nl) OVER (ORDER BY _rn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)`
    : '';
  const malformed =
    facts.malformed || facts.blanks
      ? ` + (SELECT count(*) FROM ${malformedSql(spec, k, facts)} WHERE pos <= _rn)`
      : '';
  return `_rn + ${head}${breaks}${malformed}`;
}

/** A used column's cell, trimmed and NULL when empty (`t<i>`, see `buildReadSql`). */
const text = (i: number | undefined) => (i === undefined ? 'NULL::VARCHAR' : `t${i}`);

/**
 * True for a row that repeats the header (two exports joined into one file): every cell, trimmed, is its
 * column's name as written. The first cell is compared first, so other rows cost one comparison.
 */
function repeatedHeaderSql(spec: LoadSpec): string | null {
  if (!spec.csv.header || spec.csv.delimiter === 'whitespace') return null;
  const names = spec.csv.headerNames ?? spec.columns;
  // Rows the flag marks (rowFlagSql) compare trimmed cells, other rows their cells as they are; the
  // first cell decides for almost every row. A trim test inside every comparison ran a 5,000-column
  // file out of memory.
  // The flag looks at used columns only for blanks: an unused first cell is trimmed where it has any.
  const used = new Set(usedColumns(spec));
  const trimmed = names.map((name, i) => `coalesce(${trimSql(col(i), true)}, '') = ${literal(name)}`);
  const first = `coalesce(${used.has(0) ? col(0) : trimSql(col(0))}, '') = ${literal(names[0])}`;
  const rest = trimmed.slice(1);
  return `CASE WHEN _f THEN ${trimmed.join(' AND ')} WHEN ${first} THEN ${rest.length ? rest.join(' AND ') : 'TRUE'} ELSE FALSE END`;
}

/** Typed columns for each role (METRICS.md §1), before any row is judged. */
function typedColumns(spec: LoadSpec): string[] {
  const f = spec.fields;
  const num = (i: number | undefined) =>
    i === undefined ? 'NULL::DOUBLE' : numberSql(text(i), spec.numberLayout, true);
  const date = (i: number | undefined) =>
    i === undefined ? 'NULL::DATE' : dateSql(text(i), spec.dateLayout, true);
  const out = [`${text(f.customerId)} AS customer_id`];
  if (spec.role === 'orders') {
    // An order total (written once per order) is the order's value; it takes the place of any amount.
    const amount =
      f.orderTotal !== undefined
        ? num(f.orderTotal)
        : f.amount !== undefined
          ? num(f.amount)
          : f.quantity !== undefined && f.unitPrice !== undefined
            ? `${num(f.quantity)} * ${num(f.unitPrice)}`
            : 'NULL::DOUBLE';
    const amountGiven =
      f.orderTotal !== undefined
        ? `${text(f.orderTotal)} IS NOT NULL`
        : f.amount !== undefined
          ? `${text(f.amount)} IS NOT NULL`
          : f.quantity !== undefined && f.unitPrice !== undefined
            ? `${text(f.quantity)} IS NOT NULL AND ${text(f.unitPrice)} IS NOT NULL`
            : 'FALSE';
    const statuses = spec.cancelledStatuses.map((s) => literal(s.toLowerCase())).join(', ');
    const prefixes = spec.cancelledOrderPrefixes.map((p) => `starts_with(${text(f.orderId)}, ${literal(p)})`);
    const cancelled = [
      statuses && f.status !== undefined ? `lower(${text(f.status)}) IN (${statuses})` : null,
      ...(f.orderId !== undefined ? prefixes : []),
      // A filled cancelled-at column marks the order cancelled, whatever the date says (METRICS.md §1).
      f.cancelledAt !== undefined ? `${text(f.cancelledAt)} IS NOT NULL` : null,
    ].filter(Boolean);
    out.push(
      `${date(f.orderDate)} AS order_date`,
      `${text(f.orderDate)} IS NOT NULL AS _date_given`,
      `${amount} AS amount`,
      `${amountGiven} AS _amount_given`,
      `${text(f.orderId)} AS order_id`,
      `${num(f.quantity)} AS quantity`,
      `${text(f.status)} AS status`,
      `coalesce(${cancelled.length ? cancelled.join(' OR ') : 'FALSE'}, FALSE) AS cancelled`,
    );
    if (f.refundedAmount !== undefined)
      out.push(
        `${num(f.refundedAmount)} AS refunded`,
        `${text(f.refundedAmount)} IS NOT NULL AS _refund_given`,
      );
  } else if (spec.role === 'customers') {
    out.push(`${date(f.signupDate)} AS signup_date`, `${text(f.signupDate)} IS NOT NULL AS _date_given`);
  } else if (spec.role === 'subscriptions') {
    out.push(
      `${date(f.startDate)} AS start_date`,
      `${text(f.startDate)} IS NOT NULL AS _date_given`,
      `${date(f.endDate)} AS end_date`,
      `${text(f.endDate)} IS NOT NULL AS _end_given`,
      `${num(f.recurringAmount)} AS amount`,
      `${text(f.plan)} AS plan`,
    );
  } else {
    out.push(
      `${num(f.duration)} AS duration`,
      `${f.event === undefined ? 'NULL::BOOLEAN' : flagSql(text(f.event), true)} AS event`,
    );
  }
  return out;
}

/**
 * The reject reason of a typed row, or NULL when it loads. Order matters: the first failure is named.
 * `again` judges a row of an order written once a second time (`buildOrderFillSql`): its width was
 * fine, and `hasTotal` says whether some line of its order has the total.
 */
function reasonSql(spec: LoadSpec, again?: { hasTotal: string }): string {
  const r = REJECT_REASONS;
  const checks: string[] = again ? [] : [`WHEN _bad_width THEN ${literal(r.fields)}`];
  if (!again && repeatedHeaderSql(spec)) checks.push(`WHEN _hdr THEN ${literal(r.repeatedHeader)}`);
  if (spec.role !== 'tenure') checks.push(`WHEN customer_id IS NULL THEN ${literal(r.customerId)}`);
  if (spec.role === 'orders' || spec.role === 'subscriptions') {
    const d = spec.role === 'orders' ? 'order_date' : 'start_date';
    checks.push(
      `WHEN NOT _date_given THEN ${literal(r.missingDate)}`,
      `WHEN ${d} IS NULL THEN ${literal(r.date)}`,
    );
  }
  if (spec.role === 'subscriptions')
    checks.push(`WHEN _end_given AND end_date IS NULL THEN ${literal(r.date)}`);
  if (spec.role === 'customers')
    checks.push(`WHEN _date_given AND signup_date IS NULL THEN ${literal(r.date)}`);
  if (spec.role === 'orders')
    checks.push(
      `WHEN _amount_given AND amount IS NULL THEN ${literal(r.amount)}`,
      // An amount of a quadrillion or more is a broken cell, not a sale (and past 1e308 it is infinity).
      `WHEN NOT isfinite(amount) OR abs(amount) >= 1e15 THEN ${literal(r.amountRange)}`,
    );
  if (spec.role === 'orders' && spec.fields.refundedAmount !== undefined && !again)
    checks.push(`WHEN _refund_given AND refunded IS NULL THEN ${literal(r.refundedAmount)}`);
  const { amount, unitPrice, orderTotal } = spec.fields;
  if (spec.role === 'orders' && (amount !== undefined || unitPrice !== undefined || orderTotal !== undefined))
    checks.push(
      `WHEN NOT _amount_given${again ? ` AND NOT ${again.hasTotal}` : ''} THEN ${literal(r.missingAmount)}`,
    );
  if (spec.role === 'tenure') {
    checks.push(`WHEN duration IS NULL OR duration < 0 THEN ${literal(r.duration)}`);
    checks.push(`WHEN event IS NULL THEN ${literal(r.event)}`);
  }
  // Exact duplicates, the last check, are marked afterwards (`buildRepeatsSql`).
  return `CASE ${checks.join(' ')} END`;
}

/** Reasons a line of an order written once may have only because it is not the order's first line. */
const FILLABLE = [
  REJECT_REASONS.customerId,
  REJECT_REASONS.missingDate,
  REJECT_REASONS.missingAmount,
] as const;

/**
 * Statements for an orders file whose order-level columns are written once per order (`writesOrderOnce`;
 * Shopify and WooCommerce write total, status and customer on the order's first line only), METRICS.md
 * §1. `fill`: a line with the order's id but no customer or date takes them from the order's other
 * lines, and a line without the total belongs to the order, rejected for a missing amount only when no
 * line of its order has one; lines rejected for anything else lend the order nothing. `repeated` counts
 * the orders whose total (or refunded amount) is written on more than one line; only then does
 * `dedupe` keep it on the first of them, so that the sum over the order's lines takes it once.
 * Null for other files, which load exactly as before.
 */
export function buildOrderFillSql(
  spec: LoadSpec,
  k: number,
): { fill: string[]; repeated: string; dedupe: string; drop: string } | null {
  if (!writesOrderOnce(spec)) return null;
  const t = loadTables(k);
  const fill = `_fill_${k}`;
  const fillable = FILLABLE.map((r) => literal(r)).join(', ');
  const refunded = spec.fields.refundedAmount !== undefined;
  const repeated = `count(amount) > 1${refunded ? ' OR count(refunded) > 1' : ''}`;
  return {
    fill: [
      `CREATE OR REPLACE TEMP TABLE ${fill} AS
SELECT order_id AS _oid, arg_min(customer_id, _rn) FILTER (WHERE customer_id IS NOT NULL) AS _cust,
  arg_min(order_date, _rn) FILTER (WHERE order_date IS NOT NULL) AS _date,
  bool_or(amount IS NOT NULL) AS _has_total, ${repeated} AS _repeated
FROM ${t.typed} WHERE order_id IS NOT NULL AND (_reason IS NULL OR _reason IN (${fillable}))
GROUP BY order_id`,
      // The order's values taken, then the row judged again with them (the same checks, in order).
      `UPDATE ${t.typed} y SET customer_id = x.customer_id, order_date = x.order_date, _date_given = x._date_given,
  _reason = x._new
FROM (
  SELECT *, ${reasonSql(spec, { hasTotal: '_has_total' })} AS _new FROM (
    SELECT _rn AS _x_rn, coalesce(y.customer_id, o._cust) AS customer_id,
      CASE WHEN y._date_given THEN y.order_date ELSE o._date END AS order_date,
      y._date_given OR o._date IS NOT NULL AS _date_given, y._amount_given, y.amount,
      coalesce(o._has_total, FALSE) AS _has_total
    FROM ${t.typed} y LEFT JOIN ${fill} o ON y.order_id = o._oid WHERE y._reason IN (${fillable}))
) x
WHERE y._rn = x._x_rn`,
    ],
    repeated: `SELECT count(*) AS n FROM ${fill} WHERE _repeated`,
    dedupe: `UPDATE ${t.typed} y SET amount = CASE WHEN y._rn = o._a THEN y.amount END${
      refunded ? ', refunded = CASE WHEN y._rn = o._r THEN y.refunded END' : ''
    }
FROM (SELECT customer_id AS _c, order_id AS _o, min(_rn) FILTER (WHERE amount IS NOT NULL) AS _a${
      refunded ? ', min(_rn) FILTER (WHERE refunded IS NOT NULL) AS _r' : ''
    }
  FROM ${t.typed} WHERE _reason IS NULL AND order_id IN (SELECT _oid FROM ${fill} WHERE _repeated)
  GROUP BY customer_id, order_id) o
WHERE y._reason IS NULL AND y.customer_id = o._c AND y.order_id = o._o`,
    drop: `DROP TABLE IF EXISTS ${fill}`,
  };
}

/**
 * `cells` (see `buildRepeatsSql`) for the lines of an order written once that stay rejected: their text
 * was not kept while reading (`buildReadSql`). `existing` when that table was made already; null when no
 * such file.
 */
export function orderCellsSql(
  spec: LoadSpec,
  path: string,
  k: number,
  sample: number | null | undefined,
  existing: boolean,
): { count: string; cells: string } | null {
  if (!writesOrderOnce(spec)) return null;
  const t = loadTables(k);
  const missing = `SELECT _rn FROM ${t.typed} WHERE _reason IS NOT NULL AND _content IS NULL`;
  const source = sourceSql(spec, path, sample, { table: t.cellsRejects, scan: t.cellsScan });
  return {
    count: `SELECT count(*) AS n FROM (${missing})`,
    cells: existing
      ? `INSERT INTO ${t.cells} SELECT * FROM (\n${source}\n) WHERE _rn IN (${missing}) AND _rn NOT IN (SELECT _rn FROM ${t.cells})`
      : `CREATE OR REPLACE TEMP TABLE ${t.cells} AS SELECT * FROM (\n${source}\n) WHERE _rn IN (${missing})`,
  };
}

/**
 * `UPDATE typed …` correcting line numbers for line breaks inside quoted cells and for malformed
 * records before each row (see `lineSql`); null when there is nothing to correct.
 */
export function buildLineFixSql(spec: LoadSpec, k: number, facts: RawFacts): string | null {
  if (spec.csv.delimiter === 'whitespace' || !(facts.multiline || facts.malformed || facts.blanks))
    return null;
  const t = loadTables(k).typed;
  return `UPDATE ${t} SET _line = x._fixed FROM (SELECT _rn AS _x_rn, ${lineSql(spec, k, facts)} AS _fixed FROM ${t}) x
WHERE _rn = x._x_rn`;
}

/**
 * Statements marking exact duplicates: rows whose every cell equals those of an earlier row (NULL cells
 * equal, as in PARTITION BY). `candidates` lists the rows whose cell hash is shared with another row;
 * only when there are any (usually few) are their cells read again from the file (`cells`) and compared
 * cell by cell (`mark`), so a hash collision never rejects a row. An orders file without an order id
 * keeps its identical rows (METRICS.md §1: two real purchases of the same thing on one day look alike)
 * unless the user chose otherwise: `mark` then lists them in `identical` for the hygiene panel, which
 * must exist beforehand (`buildIdenticalTableSql`). Null for tenure tables: they have no
 * ids, and two subjects with the same duration, flag and attributes are two rows (aml and the Freireich
 * data have such pairs), never a duplicate export line.
 */
export function buildRepeatsSql(
  spec: LoadSpec,
  path: string,
  k: number,
  sample?: number | null,
): { candidates: string; count: string; cells: string; mark: string } | null {
  if (spec.role === 'tenure') return null;
  const t = loadTables(k);
  const cells = spec.columns.map((_, i) => col(i)).join(', ');
  const source = sourceSql(spec, path, sample, { table: t.cellsRejects, scan: t.cellsScan });
  const repeated = `
  SELECT _rn FROM (SELECT _rn, row_number() OVER (PARTITION BY ${cells} ORDER BY _rn) AS _n FROM ${t.cells})
  WHERE _n > 1`;
  return {
    candidates: `CREATE OR REPLACE TEMP TABLE ${t.repeats} AS
SELECT _rn AS _rep_rn FROM ${t.typed} WHERE _hash IN (SELECT _hash FROM ${t.typed} GROUP BY 1 HAVING count(*) > 1)`,
    count: `SELECT count(*) AS n FROM ${t.repeats}`,
    cells: `CREATE OR REPLACE TEMP TABLE ${t.cells} AS
SELECT * FROM (
${source}
) WHERE _rn IN (SELECT _rep_rn FROM ${t.repeats})`,
    mark: keepsIdenticalRows(spec)
      ? `INSERT INTO ${t.identical} SELECT _rn FROM ${t.typed} WHERE _reason IS NULL AND _rn IN (${repeated})`
      : `UPDATE ${t.typed} SET _reason = ${literal(REJECT_REASONS.duplicate)}
WHERE _reason IS NULL AND _rn IN (${repeated})`,
  };
}

/** `CREATE TABLE identical …`: the (initially empty) list of identical rows kept, see `buildRepeatsSql`. */
export function buildIdenticalTableSql(k: number): string {
  return `CREATE OR REPLACE TABLE ${loadTables(k).identical} (_rn BIGINT)`;
}

/**
 * Statements marking order rows that repeat a loaded row of an earlier orders file with the same
 * columns: the same order exported twice (overlapping monthly exports). METRICS.md §1 keeps an exact
 * duplicate once, so the later copy is rejected (`duplicateAcrossFiles`), each copy in a third file too.
 * "Exact" is the in-file rule carried across files: against a file with the same columns, the same hash
 * of every raw cell and the same typed values; against a file laid out otherwise (another system's
 * export), the same customer, order id, date, amount and cancelled flag. Lines of one order split
 * across files differ in some of these (the product, the amount) and stay: they are line items sharing
 * an order id, summed into one order.
 * `cells` reads the marked rows' cells again for the ledger's text; `existing` when `buildRepeatsSql`
 * already made that table.
 */
export function buildCrossFileDuplicatesSql(
  spec: LoadSpec,
  path: string,
  k: number,
  earlier: { k: number; sameColumns: boolean }[],
  sample?: number | null,
): { mark: string; count: string; cells: (existing: boolean) => string } | null {
  if (spec.role !== 'orders' || earlier.length === 0) return null;
  const t = loadTables(k);
  const reason = literal(REJECT_REASONS.duplicateAcrossFiles);
  const same = ['customer_id', 'order_id', 'order_date', 'amount', 'cancelled']
    .map((c) => `e.${c} IS NOT DISTINCT FROM y.${c}`)
    .join(' AND ');
  const seen = earlier
    .map(
      (e) =>
        `SELECT 1 FROM ${loadTables(e.k).typed} e WHERE e._reason IS NULL AND ${e.sameColumns ? 'e._hash = y._hash AND ' : ''}${same}`,
    )
    .join('\nUNION ALL\n');
  const marked = `SELECT _rn FROM ${t.typed} WHERE _reason = ${reason}`;
  const source = sourceSql(spec, path, sample, { table: t.cellsRejects, scan: t.cellsScan });
  return {
    mark: `UPDATE ${t.typed} y SET _reason = ${reason} WHERE _reason IS NULL AND EXISTS (\n${seen}\n)`,
    count: `SELECT count(*) AS n FROM ${t.typed} WHERE _reason = ${reason}`,
    cells: (existing) =>
      existing
        ? `INSERT INTO ${t.cells} SELECT * FROM (\n${source}\n) WHERE _rn IN (${marked}) AND _rn NOT IN (SELECT _rn FROM ${t.cells})`
        : `CREATE OR REPLACE TEMP TABLE ${t.cells} AS SELECT * FROM (\n${source}\n) WHERE _rn IN (${marked})`,
  };
}

/**
 * What was wrong with a record the CSV reader could not split, from DuckDB's error types: a line over
 * the size limit, bytes that are not UTF-8 and a quote left open say so; too many or too few fields are
 * a wrong number of fields. One record may have several errors: the first of that order is named.
 */
function malformedReasonSql(): string {
  const r = REJECT_REASONS;
  const rank = `max(CASE error_type WHEN 'LINE SIZE OVER MAXIMUM' THEN 4 WHEN 'INVALID ENCODING' THEN 3
    WHEN 'UNQUOTED VALUE' THEN 2 ELSE 1 END)`;
  return `CASE ${rank} WHEN 4 THEN ${literal(r.tooLong)} WHEN 3 THEN ${literal(r.encoding)}
    WHEN 2 THEN ${literal(r.quote)} ELSE ${literal(r.fields)} END`;
}

/**
 * A query giving the first ledger line of file `k` whose record is an unterminated quote that ran over
 * line breaks: the reader took the lines after it for the rest of that cell, so they are not rows in
 * the ledger or the data. Such a file is refused, naming the line (`line`, `content`); none: no row.
 */
export function openQuoteSql(k: number, ledger: string): string {
  return `SELECT line, left(content, 200) AS content FROM ${ledger} WHERE _k = ${k}
  AND reason = ${literal(REJECT_REASONS.quote)} AND regexp_matches(rtrim(content, chr(13) || chr(10)), '[\\r\\n]')
ORDER BY line LIMIT 1`;
}

/**
 * Rows for the ledger: typed rows with a reason plus the records the CSV reader could not split. A
 * malformed record's line adds the line breaks inside quoted cells of the good rows before it.
 */
export function buildRejectsSql(spec: LoadSpec, k: number, facts: RawFacts = {}): string {
  const t = loadTables(k);
  const file = literal(spec.fileName);
  const before = facts.multiline ? ` + (SELECT coalesce(sum(_nl), 0) FROM ${t.typed} WHERE _rn < m.pos)` : '';
  // A row's text was kept when it was rejected while reading; a duplicate's comes from its cells read
  // again.
  const content = facts.repeats ? `coalesce(y._content, ${contentSql(spec, 'r.')})` : 'y._content';
  const join = facts.repeats ? ` LEFT JOIN ${t.cells} r USING (_rn)` : '';
  const extra = headOf(spec).extra;
  // DuckDB's text of a malformed record starts with any blank lines before it.
  return `SELECT ${k} AS _k, ${file} AS file, y._line AS line, y._reason AS reason, ${content} AS content
FROM ${t.typed} y${join} WHERE y._reason IS NOT NULL
UNION ALL
SELECT ${k}, ${file}, m.line${before}${extra ? ` + ${extra}` : ''}, r.reason, r.content
FROM ${malformedSql(spec, k, facts)} m JOIN (
  SELECT line, ${malformedReasonSql()} AS reason, ltrim(min(csv_line), chr(13) || chr(10)) AS content
  FROM ${t.csvRejects} GROUP BY line
) r USING (line) WHERE NOT m.blank`;
}
