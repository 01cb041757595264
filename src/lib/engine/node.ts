import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { decodeTable } from './decode';
import { EngineError, QueryError, messageOf } from './errors';
import { QUERY_CONFIG, SETUP_SQL, uploadPath } from './setup';
import type { Engine, FileSource, Row } from './types';

/**
 * The engine for Node (tests and the CLI): the very same DuckDB-WASM build that ships to the
 * browser, through its blocking bindings, so every number is computed by the code users run.
 */
export async function createNodeEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  let db: duckdb.DuckDBBindings;
  let conn: duckdb.DuckDBConnection;
  try {
    db = await duckdb.createDuckDB(
      {
        mvp: {
          mainModule: path.join(dist, 'duckdb-mvp.wasm'),
          mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
        },
        eh: {
          mainModule: path.join(dist, 'duckdb-eh.wasm'),
          mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
        },
      },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    await db.instantiate(() => {});
    db.open({ query: QUERY_CONFIG });
    conn = db.connect();
    for (const sql of SETUP_SQL) conn.query(sql);
  } catch (error) {
    throw new EngineError(`DuckDB could not start: ${messageOf(error)}`, { cause: error });
  }
  let files = 0;

  const run = (sql: string) => {
    try {
      return conn.query(sql);
    } catch (error) {
      throw new QueryError(messageOf(error), sql, { cause: error });
    }
  };

  return {
    async query<T extends Row = Row>(sql: string, options?: { signal?: AbortSignal }): Promise<T[]> {
      options?.signal?.throwIfAborted();
      return decodeTable(run(sql)) as T[];
    },
    async exec(sql: string) {
      run(sql);
    },
    async registerFile(name: string, source: FileSource) {
      const target = uploadPath(name, ++files);
      switch (source.kind) {
        case 'text':
          db.registerFileText(target, source.text);
          break;
        case 'bytes':
          db.registerFileBuffer(target, source.bytes);
          break;
        case 'path':
          db.registerFileURL(target, path.resolve(source.path), duckdb.DuckDBDataProtocol.NODE_FS, false);
          break;
        case 'blob':
          db.registerFileBuffer(target, new Uint8Array(await source.blob.arrayBuffer()));
          break;
      }
      return target;
    },
    async dropFile(target: string) {
      db.dropFile(target);
    },
    onProgress() {
      // The blocking bindings report no progress.
    },
    async close() {
      conn.close();
      db.reset();
    },
  };
}
