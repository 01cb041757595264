import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../src/lib/engine/node';
import { QueryError } from '../../../src/lib/engine/errors';
import type { Engine } from '../../../src/lib/engine/types';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

describe('node engine', () => {
  it('decodes BIGINT, DECIMAL, DATE and TIMESTAMP once, into plain values', async () => {
    const [row] = await engine.query(
      `SELECT 12345678901::BIGINT AS b, 1.25::DECIMAL(10,2) AS d, DATE '2024-02-29' AS day,
              TIMESTAMP '2024-03-01 00:30:00' AS ts, [1, 2]::INTEGER[] AS list, NULL::DATE AS none`,
    );
    expect(row).toEqual({
      b: 12345678901,
      d: 1.25,
      day: '2024-02-29',
      ts: '2024-03-01 00:30:00',
      list: [1, 2],
      none: null,
    });
  });

  it('keeps dates before 1970 on their calendar day', async () => {
    const [row] = await engine.query(`SELECT DATE '1969-12-31' AS a, DATE '1900-01-01' AS b`);
    expect(row).toEqual({ a: '1969-12-31', b: '1900-01-01' });
  });

  it('reads a registered text file with read_csv', async () => {
    const path = await engine.registerFile('ids.csv', { kind: 'text', text: 'id,n\n007,1\n010,2\n' });
    expect(path.startsWith('uploads/')).toBe(true);
    const rows = await engine.query(`SELECT id, n FROM read_csv('${path}', all_varchar = true) ORDER BY id`);
    expect(rows).toEqual([
      { id: '007', n: '1' },
      { id: '010', n: '2' },
    ]);
  });

  it('refuses any file outside the upload directory, quickly and cleanly', async () => {
    await expect(engine.query(`SELECT * FROM read_csv('/etc/hostname')`)).rejects.toThrow(
      /disabled|Permission/,
    );
  });

  it('refuses to load extensions instead of fetching them from the network', async () => {
    await expect(engine.exec('LOAD json')).rejects.toThrow(/disabled/);
    await expect(engine.query(`SELECT '{}'::JSON AS j`)).rejects.toThrow(/json extension/);
  });

  it('wraps SQL errors in QueryError carrying the SQL', async () => {
    const sql = 'SELECT * FROM no_such_table';
    const error = await engine.query(sql).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).sql).toBe(sql);
  });
});
