import { describe, expect, it } from 'vitest';
import { EngineLostError, IngestError, QueryError, engineLostIn } from '../../../src/lib/engine/errors';
import { lossOf } from '../../../src/lib/engine/watchdog';

describe('lossOf: which engine errors mean the database is gone', () => {
  const cases: [string, unknown, 'memory' | 'crashed' | null][] = [
    [
      'DuckDB out of memory',
      new Error('Out of Memory Error: failed to allocate data of size 16.0 MiB (2.7 GiB/2.7 GiB used)'),
      'memory',
    ],
    ['a wasm allocation failure', new Error('std::bad_alloc'), 'memory'],
    ['emscripten cannot grow memory', new Error('Cannot enlarge memory arrays to size 4294967296'), 'memory'],
    [
      'a wasm trap',
      Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' }),
      'crashed',
    ],
    ['an abort', new Error('Aborted(). Build with -sASSERTIONS for more info.'), 'crashed'],
    ['unreachable code', new Error('RuntimeError: unreachable'), 'crashed'],
    ['a parser error', new Error('Parser Error: syntax error at or near "FROM"'), null],
    ['a missing column', new Error('Binder Error: Referenced column "x" not found'), null],
    ['a CSV error', new Error('Invalid Input Error: CSV Error on Line: 3'), null],
  ];
  it.each(cases)('lossOf(%s)', (_, error, expected) => {
    expect(lossOf(error)).toBe(expected);
  });
});

describe('engineLostIn', () => {
  it('finds the loss inside the errors that ingest and queries wrap it in', () => {
    const lost = new EngineLostError('crashed');
    const wrapped = new IngestError('orders.csv: could not be read as CSV', 'orders.csv', null, {
      cause: new QueryError('stopped', 'SELECT 1', { cause: lost }),
    });
    expect(engineLostIn(wrapped)).toBe(lost);
    expect(engineLostIn(lost)).toBe(lost);
    expect(engineLostIn(new QueryError('Parser Error', 'SELEC'))).toBeNull();
    expect(engineLostIn(null)).toBeNull();
  });

  it('says what happened in words', () => {
    expect(new EngineLostError('memory').message).toMatch(/ran out of memory/);
    expect(new EngineLostError('crashed').message).toMatch(/stopped working/);
  });
});
