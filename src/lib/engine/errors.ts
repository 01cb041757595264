/** Errors raised by the engine and ingest. Each carries the context a user or a developer needs. */

/** The database could not start or stopped working (wasm missing, worker died, out of memory). */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
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

/** A file could not be read as data; `file` names it and `line` points at the problem when known. */
export class IngestError extends Error {
  override name = 'IngestError';
  readonly file: string;
  readonly line: number | null;
  constructor(message: string, file: string, line: number | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.file = file;
    this.line = line;
  }
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
