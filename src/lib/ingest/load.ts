import { messageOf, IngestError, CancelledError, engineLostIn, readFailureError } from '../engine/errors';
import type { Engine, FileSource } from '../engine/types';
import { mayHaveBlankLines } from './blankLines';
import {
  blankCountSql,
  buildBlankLinesSql,
  buildCrossFileDuplicatesSql,
  buildIdenticalTableSql,
  buildLineFixSql,
  buildOrderFillSql,
  buildReadSql,
  buildRejectsSql,
  buildRepeatsSql,
  hasQuotedBreaksSql,
  loadTables,
  malformedCountSql,
  orderCellsSql,
  openQuoteSql,
  type RawFacts,
} from './loadSql';
import { damagedGzipMessage, scanGzip, withLfLineEndings } from './recover';
import { buildDuplicatesSql } from './hygiene';
import { buildModelSql, customerAttributeNames, LINES_ARE_ORDERS_SQL } from './modelSql';
import type { LayoutId } from './layouts/types';
import { keepsIdenticalRows, type FileRole, type LoadSpec } from './spec';

/** Row accounting: every data row read is either loaded or rejected. */
export interface RowCounts {
  read: number;
  loaded: number;
  rejected: number;
}

/** What happened to one file. */
export interface FileReport {
  file: string;
  role: FileRole;
  /** The known export layout the file was read with (layouts/), or null. */
  layout: LayoutId | null;
  rows: RowCounts;
  rejectReasons: Record<string, number>;
}

/** The loaded dataset as the rest of the app sees it; the data itself lives in DuckDB tables. */
export interface DatasetInfo {
  files: FileReport[];
  rows: RowCounts;
  rejectReasons: Record<string, number>;
  /** Customer-level attributes usable for segments and filters. */
  attributes: string[];
  /** False when no orders file has an amount: revenue metrics are then unavailable. */
  hasAmount: boolean;
  roles: FileRole[];
  /** The share of customers loaded when only a random sample was (see LoadOptions.sample), else null. */
  sample: number | null;
}

export interface FileInput {
  spec: LoadSpec;
  source: FileSource;
  /** The name to register the bytes under when it differs from the file's (e.g. `.gz` added). */
  registerAs?: string;
  /** The file's size in bytes, for progress reports. */
  size?: number;
  /**
   * The file's bytes when `source` is a path on disk (the command line), for the checks done in
   * JavaScript: a compressed file read to its end, a file mixing line endings rewritten.
   */
  blob?: Blob;
}

/** How far loading has come: the file being read and the bytes of it read so far (estimated). */
export interface LoadProgress {
  file: string;
  /** 0-based position of the file among those being loaded, and how many there are. */
  index: number;
  count: number;
  bytesRead: number;
  bytesTotal: number;
}

/** The ledger table: one row per rejected input row, with file, line and reason. */
export const REJECTS_TABLE = 'rejects';

function check(signal?: AbortSignal) {
  if (signal?.aborted) throw new CancelledError('Loading was cancelled');
}

/** Options of a load: cancellation between steps, and progress of reading each file. */
export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Load only a random sample of customers, this share of them (0–1), with every row of each: for data
   * too large for the tab's memory. Tenure tables, which have no customer ids, are loaded whole.
   */
  sample?: number | null;
  /**
   * Orders files without an order id: keep identical rows once instead of all of them (the hygiene
   * panel's switch, METRICS.md §1). Files with an order id always keep them once.
   */
  identicalRowsOnce?: boolean;
}

/** Messages of the failures that mean the browser ran out of memory (wasm heap, array buffers). */
const OUT_OF_MEMORY =
  /out of memory|allocation failed|could not allocate|memory access out of bounds|Maximum memory size exceeded|Aborted\(OOM\)/i;

/** The error to show for a failure while loading a file: out of memory in plain words, naming the file. */
function loadError(spec: LoadSpec, error: unknown, what: string): IngestError {
  const message = messageOf(error);
  if (!OUT_OF_MEMORY.test(message)) return readFailureError(spec.fileName, error, what);
  const text = `${spec.fileName}: is too large for this browser's memory. Split it into smaller files (for example by year) or use the command-line tool.`;
  return new IngestError(text, spec.fileName, null, { cause: error });
}

/** DuckDB's strict reader meeting a line break it did not expect: a file mixing CR LF and LF. */
const MIXED_LINE_ENDINGS = /state machine reached an invalid state/i;

/**
 * The engine with each statement's time written as a performance measure (`prefix:n:first words`), so
 * the browser's performance panel and the bench show where a load spends its time.
 */
function timed(engine: Engine, prefix: string): Engine {
  let n = 0;
  const label = (sql: string) => `${prefix}:${n++}:${sql.trim().replace(/\s+/g, ' ').slice(0, 60)}`;
  const measure = (name: string, start: number) => {
    if (typeof performance?.measure === 'function') performance.measure(name, { start });
  };
  const time = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      measure(label(sql), start);
    }
  };
  return {
    query: (sql, opts) => time(sql, () => engine.query(sql, opts)),
    exec: (sql) => time(sql, () => engine.exec(sql)),
    registerFile: (name, source) => time(`register ${name}`, () => engine.registerFile(name, source)),
    dropFile: (path) => engine.dropFile(path),
    onProgress: (listener) => engine.onProgress(listener),
    close: () => engine.close(),
    lost: engine.lost,
  };
}

async function loadOne(
  engine: Engine,
  input: FileInput,
  k: number,
  count: number,
  options: LoadOptions & { earlier?: { k: number; sameColumns: boolean }[] },
): Promise<FileReport> {
  const { spec } = input;
  const { signal, onProgress } = options;
  engine = timed(engine, `lojal:load:${k}`);
  const total = input.size ?? 0;
  const t = loadTables(k);
  const report = (fraction: number) =>
    onProgress?.({
      file: spec.fileName,
      index: k,
      count,
      bytesRead: Math.round(fraction * total),
      bytesTotal: total,
    });
  let path = await engine.registerFile(input.registerAs ?? spec.fileName, input.source);
  // DuckDB adds to a rejects table that exists: one left by a load that failed must go first.
  const dropRejects = async () => {
    for (const table of [t.csvRejects, t.csvScan]) await engine.exec(`DROP TABLE IF EXISTS ${table}`);
  };
  await dropRejects();
  report(0);
  const compressed = /\.gz$/i.test(input.registerAs ?? spec.fileName);
  // DuckDB reads a truncated .gz up to the damage without a word: a dropped archive is read to its end
  // here, while DuckDB reads it in its worker, which also tells whether it has blank lines (blankLines.ts).
  // The command line checks files on disk itself, with Node's faster zlib (cli/files.ts).
  const gzipBlob = compressed && input.source.kind === 'blob' ? input.source.blob : undefined;
  const gzip = gzipBlob ? scanGzip(gzipBlob).catch(() => null) : null;
  // Looking for blank lines in JavaScript while DuckDB reads the file (see blankLines.ts).
  const blankHint = gzip
    ? gzip.then((scan) => scan?.blanks ?? null)
    : mayHaveBlankLines(input.source, compressed).catch(() => null);
  // Reading the file is the long step; DuckDB reports how far its scan has come.
  engine.onProgress((fraction) => report(fraction));
  try {
    await engine.exec(buildReadSql(spec, path, k, options.sample));
  } catch (error) {
    if (!MIXED_LINE_ENDINGS.test(messageOf(error)) || engineLostIn(error))
      throw loadError(spec, error, 'could not be read as CSV');
    // Mixed line endings: read a copy with LF only (same line numbers), once.
    const lf = await withLfLineEndings(input.source, compressed, input.blob).catch(() => null);
    if (!lf) throw loadError(spec, error, 'could not be read as CSV');
    path = await engine.registerFile((input.registerAs ?? spec.fileName).replace(/\.gz$/i, ''), lf);
    await dropRejects();
    try {
      await engine.exec(buildReadSql(spec, path, k, options.sample));
    } catch (again) {
      throw loadError(spec, again, 'could not be read as CSV');
    }
  } finally {
    engine.onProgress(null);
  }
  if ((await gzip)?.damaged) throw new IngestError(damagedGzipMessage(spec.fileName), spec.fileName);
  report(1);
  check(signal);
  // Line numbers must count line breaks inside quoted cells; finding none spares the running count.
  const probe = hasQuotedBreaksSql(spec, k);
  const any = async (sql: string) => ((await engine.query<{ n: number }>(sql))[0]?.n ?? 0) > 0;
  try {
    const facts: RawFacts = {
      multiline: probe ? await any(probe) : false,
      malformed: await any(malformedCountSql(k)),
    };
    // Ledger line numbers count blank lines inside the table too; the exact pass only when there may be.
    const blanks = buildBlankLinesSql(spec, path, k, facts.multiline);
    if (blanks && (await blankHint) !== false) {
      // A file this pass cannot read keeps the numbers without blank lines rather than failing.
      facts.blanks = await engine.exec(blanks).then(
        () => any(blankCountSql(k)),
        (error: unknown) => {
          if (engineLostIn(error)) throw error;
          return false;
        },
      );
    }
    const fix = buildLineFixSql(spec, k, facts);
    if (fix) await engine.exec(fix);
    // Order-level columns written on the order's first line only (METRICS.md §1).
    const orderFill = buildOrderFillSql(spec, k);
    if (orderFill) {
      for (const sql of orderFill.fill) await engine.exec(sql);
      if (await any(orderFill.repeated)) await engine.exec(orderFill.dedupe);
      await engine.exec(orderFill.drop);
    }
    if (keepsIdenticalRows(spec)) await engine.exec(buildIdenticalTableSql(k));
    const repeats = buildRepeatsSql(spec, path, k, options.sample);
    if (repeats) {
      await engine.exec(repeats.candidates);
      facts.repeats = await any(repeats.count);
      if (facts.repeats) {
        await engine.exec(repeats.cells);
        await engine.exec(repeats.mark);
      }
    }
    const across = buildCrossFileDuplicatesSql(spec, path, k, options.earlier ?? [], options.sample);
    if (across) {
      await engine.exec(across.mark);
      if (await any(across.count)) {
        await engine.exec(across.cells(facts.repeats ?? false));
        facts.repeats = true;
      }
    }
    // The text of order lines that stay rejected, not kept while reading (see buildReadSql).
    const orderCells = orderCellsSql(spec, path, k, options.sample, facts.repeats ?? false);
    if (orderCells && (await any(orderCells.count))) {
      await engine.exec(orderCells.cells);
      facts.repeats = true;
    }
    await engine.exec(`INSERT INTO ${REJECTS_TABLE} BY NAME ${buildRejectsSql(spec, k, facts)}`);
    // A quote left open over line breaks took the lines after it into one cell: they are neither rows nor
    // in the ledger, so the file is refused, naming the line.
    const [open] = facts.malformed
      ? await engine.query<{ line: number }>(openQuoteSql(k, REJECTS_TABLE))
      : [];
    if (open)
      throw new IngestError(
        `${spec.fileName} (line ${open.line}): a quote (") opened on this line is never closed, so the lines after it cannot be read as rows. Close or remove that quote and load the file again.`,
        spec.fileName,
        open.line,
      );
    // Only the typed rows are needed from here on.
    for (const table of [t.csvRejects, t.csvScan, t.repeats, t.cells, t.cellsRejects, t.cellsScan, t.blanks])
      await engine.exec(`DROP TABLE IF EXISTS ${table}`);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw loadError(spec, error, 'could not be loaded');
  }
  const [counts] = await engine.query<{ good: number; bad: number }>(
    `SELECT (SELECT count(*) FROM ${loadTables(k).typed} WHERE _reason IS NULL) AS good,
            (SELECT count(*) FROM ${REJECTS_TABLE} WHERE _k = ${k}) AS bad`,
  );
  const reasons = await engine.query<{ reason: string; n: number }>(
    `SELECT reason, count(*) AS n FROM ${REJECTS_TABLE} WHERE _k = ${k} GROUP BY reason ORDER BY n DESC, reason`,
  );
  const rows = { read: counts.good + counts.bad, loaded: counts.good, rejected: counts.bad };
  if (rows.read === 0) {
    throw new IngestError(
      spec.csv.header
        ? `${spec.fileName}: has a header but no data rows`
        : `${spec.fileName}: the file is empty`,
      spec.fileName,
    );
  }
  return {
    file: spec.fileName,
    role: spec.role,
    layout: spec.layout ?? null,
    rows,
    rejectReasons: Object.fromEntries(reasons.map((r) => [r.reason, r.n])),
  };
}

/**
 * Load files into DuckDB and build the canonical tables (see modelSql.ts). Replaces any earlier dataset.
 * Throws IngestError naming the file when a file cannot be read at all.
 */
export async function loadDataset(
  engine: Engine,
  inputs: FileInput[],
  options: LoadOptions = {},
): Promise<DatasetInfo> {
  // Subscriptions alone are enough for subscription churn and survival (METRICS.md §4–5).
  if (!inputs.some((i) => i.spec.role !== 'customers'))
    throw new IngestError(
      'Add an orders file (or a tenure table) to analyse',
      inputs[0]?.spec.fileName ?? '',
    );
  const setup = timed(engine, 'lojal:load:setup');
  await setup.exec(
    `CREATE OR REPLACE TABLE ${REJECTS_TABLE} (_k INTEGER, file VARCHAR, line BIGINT, reason VARCHAR, content VARCHAR)`,
  );
  // An earlier dataset left order_lines as a view or a table (see below); either goes. Asking the
  // catalogue which (duckdb_views()) took a third of a second in the tab.
  await setup
    .exec('DROP VIEW IF EXISTS order_lines')
    .catch(() => setup.exec('DROP TABLE IF EXISTS order_lines'));
  const files: FileReport[] = [];
  const loaded: { spec: LoadSpec; k: number }[] = [];
  for (const [k, given] of inputs.entries()) {
    const input = options.identicalRowsOnce
      ? { ...given, spec: { ...given.spec, identicalRowsOnce: true } }
      : given;
    check(options.signal);
    // Orders files loaded before this one, checked for rows exported twice.
    const columns = (spec: LoadSpec) => spec.columns.join('\u0000');
    const earlier = loaded
      .filter(({ spec }) => input.spec.role === 'orders' && spec.role === 'orders')
      .map((f) => ({ k: f.k, sameColumns: columns(f.spec) === columns(input.spec) }));
    files.push(await loadOne(engine, input, k, inputs.length, { ...options, earlier }));
    loaded.push({ spec: input.spec, k });
  }
  engine = timed(engine, 'lojal:load:model');
  try {
    await engine.exec(buildDuplicatesSql(loaded));
    // A refund column adds orders of its own (refunds): then order_lines is never the same as orders.
    const refunds = loaded.some(
      ({ spec }) => spec.role === 'orders' && spec.fields.refundedAmount !== undefined,
    );
    // order_lines is a view on the typed rows first: whether each line is an order of its own decides
    // how orders are built.
    const [lines] = buildModelSql(loaded);
    await engine.exec(lines);
    const [{ unique }] = await engine.query<{ unique: boolean }>(LINES_ARE_ORDERS_SQL);
    const dropTyped = async () => {
      for (const { spec, k } of loaded)
        if (spec.role === 'orders') await engine.exec(`DROP TABLE IF EXISTS ${loadTables(k).typed}`);
    };
    // Lines that are not all orders of their own are kept as a table, and the typed rows go before
    // orders are grouped (the tab holds two copies of the rows at most, never three).
    const keepLines = !unique || refunds;
    if (keepLines) {
      await engine.exec(`CREATE OR REPLACE TABLE _order_lines AS SELECT * FROM order_lines;
DROP VIEW order_lines; ALTER TABLE _order_lines RENAME TO order_lines`);
      await dropTyped();
    }
    for (const sql of buildModelSql(loaded, unique).slice(1)) {
      await engine.exec(sql);
      // When every order is one line, order_lines holds nothing that orders does not (bar line numbers):
      // it stays a view, now on orders, which spares the tab a copy of every order (0.8 GB at 10M
      // orders), and the typed rows go before the customers are grouped.
      if (!keepLines && /^CREATE OR REPLACE TABLE orders\b/.test(sql)) {
        await engine.exec('CREATE OR REPLACE VIEW order_lines AS SELECT * FROM orders');
        await dropTyped();
      }
    }
  } catch (error) {
    // Building the tables every analysis reads needs memory for all files at once.
    if (!OUT_OF_MEMORY.test(messageOf(error))) throw error;
    const names = inputs.map((i) => i.spec.fileName).join(', ');
    throw new IngestError(
      `${names}: too large together for this browser's memory. Load fewer or smaller files, or use the command-line tool.`,
      inputs[0].spec.fileName,
      null,
      { cause: error },
    );
  }
  for (const { k } of loaded) {
    const t = loadTables(k);
    await engine.exec(`DROP TABLE IF EXISTS ${t.typed}; DROP TABLE IF EXISTS ${t.identical}`);
  }
  const total = (key: keyof RowCounts) => files.reduce((s, f) => s + f.rows[key], 0);
  const rejectReasons: Record<string, number> = {};
  for (const f of files)
    for (const [r, n] of Object.entries(f.rejectReasons)) rejectReasons[r] = (rejectReasons[r] ?? 0) + n;
  return {
    files,
    rows: { read: total('read'), loaded: total('loaded'), rejected: total('rejected') },
    rejectReasons,
    attributes: customerAttributeNames(loaded),
    hasAmount: inputs.some(
      (i) =>
        i.spec.role === 'orders' &&
        (i.spec.fields.amount !== undefined ||
          i.spec.fields.orderTotal !== undefined ||
          (i.spec.fields.quantity !== undefined && i.spec.fields.unitPrice !== undefined)),
    ),
    roles: [...new Set(inputs.map((i) => i.spec.role))],
    sample:
      options.sample !== undefined && options.sample !== null && options.sample < 1 ? options.sample : null,
  };
}
