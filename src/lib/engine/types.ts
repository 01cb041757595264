import type { EngineLostError } from './errors';

/** One result row: column name → decoded value. */
export type Row = Record<string, Value>;

/**
 * A decoded value. DATE comes back as `YYYY-MM-DD`, TIMESTAMP as `YYYY-MM-DD HH:MM:SS`,
 * BIGINT/HUGEINT/DECIMAL as number, lists as arrays.
 */
export type Value = string | number | boolean | null | Value[];

/** Where a registered file's bytes come from. */
export type FileSource =
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  /** A browser File/Blob, read in slices on demand (never copied whole into JS memory). */
  | { kind: 'blob'; blob: Blob }
  /** A path on the local disk (Node only). */
  | { kind: 'path'; path: string };

/** Progress of a running query, 0–1. */
export type ProgressListener = (fraction: number) => void;

/** Options of one query: a cancel signal and a progress listener. */
export interface QueryOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

/**
 * The one interface every analysis talks to. Two implementations: the browser one (DuckDB-WASM in a
 * Web Worker) and the Node one (the same wasm package, blocking bindings) for tests and the CLI.
 */
export interface Engine {
  /**
   * Run SQL and return every row, decoded once (see `Value`). With a `signal`, aborting it stops the
   * query: the browser engine cancels it in the worker (each such query runs on its own connection);
   * the Node engine only drops the answer. `onProgress` hears this query's progress where the engine
   * can tell it apart (browser engine, while it is the only such query running).
   */
  query<T extends Row = Row>(sql: string, options?: QueryOptions): Promise<T[]>;
  /** Run a statement whose result is not needed (DDL, COPY, SET). */
  exec(sql: string): Promise<void>;
  /**
   * Make a file readable by SQL. Returns the path to use in `read_csv(...)`, always under the
   * engine's only allowed directory.
   */
  registerFile(name: string, source: FileSource): Promise<string>;
  /** Forget a registered file. */
  dropFile(path: string): Promise<void>;
  /** Listen to query progress (browser engine; the Node engine never calls it). */
  onProgress(listener: ProgressListener | null): void;
  /** Stop the database and free its memory. */
  close(): Promise<void>;
  /**
   * Settles (never rejects) if the engine is lost while in use: its worker died or it ran out of memory.
   * Every call after that fails with the same EngineLostError. Absent where loss cannot happen (Node).
   */
  readonly lost?: Promise<EngineLostError>;
}

/** The one directory user files live in: external access is off for everything else. */
export const UPLOAD_DIR = 'uploads/';
