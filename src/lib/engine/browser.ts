import * as duckdb from '@duckdb/duckdb-wasm';
import { Table } from 'apache-arrow';
// Self-hosted through Vite: the wasm and worker files are emitted next to the app, never fetched from a CDN.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { decodeTable } from './decode';
import {
  EngineError,
  EngineLostError,
  QueryError,
  WASM_REFUSED,
  WasmRefusedError,
  messageOf,
} from './errors';
import { QUERY_CONFIG, SETUP_SQL, uploadPath } from './setup';
import type { Engine, FileSource, ProgressListener, QueryOptions, Row } from './types';
import { lossOf, spawnWatchedWorker } from './watchdog';

/** Start-up gives up after this long: a .wasm served with the wrong MIME type never resolves. */
const START_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new EngineError(`${what} took longer than ${ms / 1000} s`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** `onClose` hears that the engine was closed on purpose (cancel), so it is not handed out again. */
async function start(onClose: () => void = () => {}): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: {
      mainModule: new URL(mvpWasm, location.href).href,
      mainWorker: new URL(mvpWorker, location.href).href,
    },
    eh: {
      mainModule: new URL(ehWasm, location.href).href,
      mainWorker: new URL(ehWorker, location.href).href,
    },
  });
  const watched = spawnWatchedWorker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), watched.worker);
  // Once lost, every call fails at once with the same error, and pending ones stop waiting for answers
  // that will never come (start-up included: a worker that dies while instantiating answers nothing).
  let lostError: EngineLostError | null = null;
  const lost = watched.lost.then((error) => (lostError = error));
  // Closed on purpose, calls still waiting on the terminated worker fail instead of waiting forever.
  let closing: (error: EngineError) => void = () => {};
  const closed = new Promise<never>((_, reject) => (closing = reject));
  closed.catch(() => {});
  const orLost = <T>(work: Promise<T>) => Promise.race([work, lost.then((e) => Promise.reject(e)), closed]);
  try {
    await orLost(
      withTimeout(db.instantiate(bundle.mainModule), START_TIMEOUT_MS, 'Loading the database engine'),
    );
    await orLost(db.open({ query: QUERY_CONFIG }));
  } catch (error) {
    watched.stop();
    if (messageOf((error as { cause?: unknown })?.cause ?? error).includes(WASM_REFUSED))
      throw new WasmRefusedError({ cause: error });
    if (error instanceof EngineLostError) throw error;
    throw new EngineError(
      `The database engine could not start: ${messageOf(error)}. If you host Lojal yourself, serve .wasm files as application/wasm.`,
      { cause: error },
    );
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    if (lostError) throw lostError;
    try {
      return await orLost(work());
    } catch (error) {
      if (error instanceof EngineLostError) throw error;
      const reason = lossOf(error);
      if (reason) {
        watched.fail(reason, error);
        throw await lost;
      }
      throw error;
    }
  };
  const conn = await guard(() => db.connect());
  for (const sql of SETUP_SQL) await guard(() => conn.query(sql));
  await guard(() => conn.query('SET enable_progress_bar = true'));

  let listener: ProgressListener | null = null;
  // The worker reports execution progress to these (protected) handlers; there is no public hook.
  (
    db as unknown as { _onExecutionProgress: ((p: duckdb.ProgressEntry) => void)[] }
  )._onExecutionProgress.push((p) => {
    const fraction = Math.min(1, Number(p.percentage) / 100);
    listener?.(fraction);
    // Progress events do not say which query they belong to: a cancellable query hears them only
    // while it is the only one running.
    // (DuckDB reports -1 while it cannot estimate.)
    if (running.size === 1 && fraction >= 0) for (const one of running) one.onProgress?.(fraction);
  });
  let files = 0;

  /*
   * Cancellable queries (those given a signal: every analysis query). conn.query() cannot be stopped
   * short of killing the worker; conn.send() runs the query as a pending query that the worker executes
   * in slices of about 100 ms between messages, so cancelSent() can stop it between two slices
   * (DUCKDB_WASM_NOTES "Progress and cancel"). A connection has at most one pending query, so each
   * running query borrows a connection of its own from this pool and gives it back when done.
   */
  const idle: duckdb.AsyncDuckDBConnection[] = [];
  const running = new Set<QueryOptions>();
  const borrow = async () => {
    const pooled = idle.pop();
    if (pooled) return pooled;
    const fresh = await db.connect();
    // Session settings: progress is reported for queries running longer than progress_bar_time.
    await fresh.query('SET enable_progress_bar = true');
    await fresh.query('SET progress_bar_time = 200');
    return fresh;
  };
  async function cancellable(sql: string, options: QueryOptions & { signal: AbortSignal }) {
    const { signal } = options;
    const own = await guard(borrow);
    const cancel = () => void own.cancelSent().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    running.add(options);
    try {
      signal.throwIfAborted();
      // Not streamed: the whole query runs in the cancellable pending phase, fetching only copies.
      const reader = await guard(() => own.send(slowedForTest(sql), false));
      if (!reader) throw new EngineError('The database engine stopped');
      signal.throwIfAborted();
      const batches = await guard(() => reader.readAll());
      return new Table(reader.schema, batches);
    } finally {
      running.delete(options);
      signal.removeEventListener('abort', cancel);
      idle.push(own);
    }
  }

  return {
    lost,
    async query<T extends Row = Row>(sql: string, options?: QueryOptions): Promise<T[]> {
      const signal = options?.signal;
      signal?.throwIfAborted();
      try {
        if (signal) {
          const table = await cancellable(sql, { ...options, signal });
          return (await decodeInSlices(table, signal)) as T[];
        }
        const table = await guard(() => conn.query(sql));
        return (await decodeInSlices(table)) as T[];
      } catch (error) {
        // A cancelled query fails in the worker ("no pending query"): that is the cancel, not an error.
        if (signal?.aborted) throw signal.reason;
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        if (error instanceof EngineLostError) throw error;
        throw new QueryError(messageOf(error), sql, { cause: error });
      }
    },
    async exec(sql: string) {
      try {
        await guard(() => conn.query(sql));
      } catch (error) {
        if (error instanceof EngineLostError) throw error;
        throw new QueryError(messageOf(error), sql, { cause: error });
      }
    },
    registerFile: (name: string, source: FileSource) => guard(() => registerFile(name, source)),
    dropFile: (target: string) => guard(async () => void (await db.dropFile(target))),
    onProgress(next) {
      listener = next;
    },
    async close() {
      // Terminating the worker is the only way to stop a running conn.query() (duckdb-wasm#384).
      onClose();
      closing(new EngineError('The database engine was closed'));
      watched.stop();
    },
  };

  async function registerFile(name: string, source: FileSource) {
    const target = uploadPath(name, ++files);
    switch (source.kind) {
      case 'text':
        await db.registerFileText(target, source.text);
        break;
      case 'bytes':
        await db.registerFileBuffer(target, source.bytes);
        break;
      case 'blob':
        // Read in slices on demand: a large file is never copied whole into JavaScript memory.
        await db.registerFileHandle(target, source.blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
        break;
      case 'path':
        throw new EngineError('Local paths can only be read by the command-line tool');
    }
    return target;
  }
}

/** Rows decoded between two breaks: a few tens of milliseconds even with many text columns. */
const DECODE_SLICE_ROWS = 4000;

/**
 * Arrow → rows on the main thread, a slice at a time with the page given back in between: decoding the
 * 121,000-row customer list of a 1M-order shop at once blocked the page for over a second (so did the
 * lifetime-value model's per-customer inputs, read without a cancel signal).
 */
async function decodeInSlices(table: Table, signal?: AbortSignal): Promise<Row[]> {
  if (table.numRows <= DECODE_SLICE_ROWS) return decodeTable(table);
  const rows: Row[] = [];
  for (let start = 0; start < table.numRows; start += DECODE_SLICE_ROWS) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
    for (const row of decodeTable(table.slice(start, start + DECODE_SLICE_ROWS))) rows.push(row);
  }
  return rows;
}

/**
 * Browser tests of progress and cancel need a query that really runs long in the worker: while
 * localStorage `lojal:test:slowQuery` holds a regular expression, analysis queries matching it wait on a
 * sum over 10¹¹ numbers first (minutes). Nothing in the app sets it.
 */
function slowedForTest(sql: string): string {
  let pattern: string | null;
  try {
    pattern = globalThis.localStorage?.getItem('lojal:test:slowQuery') ?? null;
  } catch {
    return sql;
  }
  if (!pattern || !new RegExp(pattern).test(sql)) return sql;
  const inner = sql.trim().replace(/;$/, '');
  return `SELECT * FROM (${inner}) WHERE (SELECT sum(range) FROM range(100000000000)) IS NOT NULL`;
}

let shared: Promise<Engine> | null = null;

/**
 * The one browser engine, started once. Call early (after first paint) so the 35 MB wasm downloads
 * in the background while the user looks at the landing page.
 */
export function browserEngine(): Promise<Engine> {
  if (shared) return shared;
  const starting: Promise<Engine> = (shared = start(() => shared === starting && (shared = null)));
  starting.then(
    // A lost engine is never handed out again: the next call starts a fresh one.
    (engine) => void engine.lost?.then(() => shared === starting && (shared = null)),
    () => shared === starting && (shared = null),
  );
  return starting;
}
