import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection } from '@duckdb/node-api';
import { EngineError, QueryError, messageOf } from './errors';
import type { Engine, FileSource, Row, Value } from './types';

/**
 * The Engine on native DuckDB (`@duckdb/node-api`), for the command line on data too large for one
 * browser tab (`--engine native`) and for benchmarks that compare the browser with native speed. It runs
 * the very same SQL; values are decoded to the same shapes as the wasm engines (DATE as `YYYY-MM-DD`,
 * BIGINT and DECIMAL as numbers).
 */
export async function createNativeEngine(options: { threads?: number } = {}): Promise<Engine> {
  let conn: DuckDBConnection;
  try {
    const instance = await DuckDBInstance.create(':memory:', {
      threads: String(options.threads ?? 1),
      // Never fetch an extension: the native engine, too, works offline.
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      // Spill to disk when a query needs more memory than the machine has.
      temp_directory: path.join(tmpdir(), 'lojal-duckdb'),
    });
    conn = await instance.connect();
  } catch (error) {
    throw new EngineError(`Native DuckDB could not start: ${messageOf(error)}`, { cause: error });
  }
  const texts = new Map<string, string>();

  const run = async (sql: string) => {
    try {
      return await conn.runAndReadAll(sql);
    } catch (error) {
      throw new QueryError(messageOf(error), sql, { cause: error });
    }
  };

  const decode = (value: unknown, typeId: DuckDBTypeId): Value => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'bigint') return Number(value);
    if (value instanceof Date) {
      const iso = value.toISOString();
      return typeId === DuckDBTypeId.DATE ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
    }
    if (Array.isArray(value)) return value.map((v) => decode(v, DuckDBTypeId.VARCHAR));
    return value as Value;
  };

  const forget = async (file: string) => {
    const dir = texts.get(file);
    if (!dir) return;
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
    texts.delete(file);
  };

  return {
    async query<T extends Row = Row>(sql: string, opts?: { signal?: AbortSignal }): Promise<T[]> {
      opts?.signal?.throwIfAborted();
      const reader = await run(sql);
      const names = reader.columnNames();
      const types = reader.columnTypes().map((t) => t.typeId);
      return reader.getRowObjectsJS().map((row) => {
        const out: Row = {};
        names.forEach((n, i) => (out[n] = decode(row[n], types[i])));
        return out as T;
      });
    },
    async exec(sql: string) {
      await run(sql);
    },
    async registerFile(name: string, source: FileSource) {
      const fs = await import('node:fs/promises');
      /** A file of a plain name in a fresh temp folder: DuckDB's read_csv expands * ? [ ] { } as a glob. */
      const temp = async (base: string) => {
        const dir = await fs.mkdtemp(path.join(tmpdir(), 'lojal-'));
        const file = path.join(dir, path.basename(base).replace(/[^A-Za-z0-9._-]+/g, '_') || 'file');
        texts.set(file, dir);
        return file;
      };
      if (source.kind === 'path') {
        const file = path.resolve(source.path);
        if (!/[*?[\]{}]/.test(file)) return file;
        // Taken literally: `orders[1].csv` is that file, not `orders1.csv`. A link under a plain name
        // costs nothing; where links are not allowed the file is copied.
        const link = await temp(file);
        await fs.symlink(file, link).catch(() => fs.copyFile(file, link));
        return link;
      }
      if (source.kind === 'text' || source.kind === 'bytes') {
        // Native DuckDB reads files, not memory: text (a decoded Windows-1252 file) or bytes (a file
        // rewritten with one kind of line break) go through a temp file.
        const file = await temp(name.replace(/\.gz$/i, ''));
        await fs.writeFile(file, source.kind === 'text' ? source.text : source.bytes);
        return file;
      }
      throw new EngineError('The native engine reads files from disk only');
    },
    dropFile: forget,
    onProgress() {
      // Native queries report no progress here.
    },
    async close() {
      for (const file of [...texts.keys()]) await forget(file);
      conn.closeSync();
    },
  };
}
