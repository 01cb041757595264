/** Errors raised by the engine and ingest. Each carries the context a user or a developer needs. */

/** The database could not start or stopped working (wasm missing, worker died, out of memory). */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Why the engine was lost: it ran out of memory, or its worker died or hit a fatal error. */
export type EngineLossReason = 'memory' | 'crashed';

/**
 * The database is gone: its worker died, or it hit an error it cannot recover from (out of memory, a
 * wasm trap). Everything loaded into it is lost; a new engine must be started and the files read again.
 */
export class EngineLostError extends EngineError {
  override name = 'EngineLostError';
  readonly reason: EngineLossReason;
  constructor(reason: EngineLossReason, options?: { cause?: unknown }) {
    super(
      reason === 'memory'
        ? 'The database ran out of memory and was stopped'
        : 'The database stopped working (its worker ended)',
      options,
    );
    this.reason = reason;
  }
}

/** What the engine's worker says when the page's security policy refuses to compile WebAssembly. */
export const WASM_REFUSED = 'lojal:wasm-refused';

/**
 * The server's Content-Security-Policy forbids compiling WebAssembly, so the database cannot start.
 * Said at once, with what the host must change, instead of a start-up that times out.
 */
export class WasmRefusedError extends EngineError {
  override name = 'WasmRefusedError';
  constructor(options?: { cause?: unknown }) {
    super(
      "This page's Content-Security-Policy does not allow WebAssembly, so the database engine cannot start. Whoever hosts Lojal must add 'wasm-unsafe-eval' to script-src (the README's Hosting section has tested server settings).",
      options,
    );
  }
}

/** The EngineLostError behind `error` (itself or along its causes: ingest wraps what it meets), or null. */
export function engineLostIn(error: unknown): EngineLostError | null {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof EngineLostError) return e;
  return null;
}

/** A query failed; `sql` is the statement that failed. */
export class QueryError extends Error {
  override name = 'QueryError';
  readonly sql: string;
  constructor(message: string, sql: string, options?: { cause?: unknown }) {
    super(message, options);
    this.sql = sql;
  }
}

/**
 * A file could not be read as data; `file` names it and `line` points at the problem when known.
 * `details` keeps the engine's own text (shown only on request) when the message is a translation of it.
 */
export class IngestError extends Error {
  override name = 'IngestError';
  readonly file: string;
  readonly line: number | null;
  readonly details: string | null;
  constructor(
    message: string,
    file: string,
    line: number | null = null,
    options?: { cause?: unknown; details?: string | null },
  ) {
    super(message, options);
    this.file = file;
    this.line = line;
    this.details = options?.details ?? null;
  }
}

/** DuckDB's messages for a file it could not read, each with what it means in the user's words. */
const READ_FAILURES: [RegExp, string][] = [
  [
    /state machine reached an invalid state/i,
    'its lines could not be split into fields (a stray line break or quote)',
  ],
  [/maximum line size/i, 'a line is longer than 2 MB, which no export row should be'],
  [
    /invalid unicode|not utf-8 encoded/i,
    'it has bytes that are not UTF-8 text; save it as "CSV UTF-8" and try again',
  ],
  [/unterminated quote/i, 'a quote (") is opened and never closed'],
  [/expected number of columns/i, 'a row has a different number of fields than the header'],
  [/gzip|inflate|zlib|decompress|compressed/i, 'the compressed (.gz) file is damaged or incomplete'],
  [/no files found|cannot open file|no such file|could not open/i, 'the file could not be opened'],
];

/**
 * One sentence for a failure DuckDB reported while reading a file, naming the line when DuckDB gave it,
 * instead of its text (which lists every reader option over twenty lines). The raw text is for `details`.
 */
export function explainReadFailure(raw: string): { reason: string; line: number | null } {
  const found = READ_FAILURES.find(([pattern]) => pattern.test(raw));
  const line = /CSV Error on Line:\s*(\d+)/i.exec(raw);
  return {
    reason: found ? found[1] : 'the reader stopped with an error it did not explain',
    line: line ? Number(line[1]) : null,
  };
}

/** The one-line message for a file DuckDB could not read: file, line when known, what went wrong. */
export function readFailureError(file: string, error: unknown, what = 'could not be read'): IngestError {
  const raw = messageOf(error);
  const { reason, line } = explainReadFailure(raw);
  const where = line === null ? '' : ` (line ${line})`;
  return new IngestError(`${file}${where}: ${what}: ${reason}.`, file, line, { cause: error, details: raw });
}

/** A long operation was cancelled by the user. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(message = 'Cancelled') {
    super(message);
  }
}

/** The message of any thrown value, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
