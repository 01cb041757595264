import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/engine/errors';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset } from '../../../src/lib/ingest/load';
import { specFromSniff } from '../../../src/lib/ingest/plan';
import { sniffBytes } from '../../../src/lib/ingest/sniff';
import { freshEngine } from '../../helpers/engine';

/**
 * Whatever text is dropped, ingest either loads it with every row accounted for or stops with an
 * IngestError naming the file; nothing else may escape. Runs are seeded globally (test/setup.ts).
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** Characters that make CSV hard: every separator, quotes, line breaks, signs, digits, Nordic letters. */
const CHARS = [...'0123456789abcXYZæøå ,;|\t"\'\r\n-.:/€kr()', '\u00a0'];
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 }),
  fc.constantFrom('2024-01-05', '05.01.2024', '1 234,50', '-12.5', '0042', 'C536379', '"a,b"', ''),
);
/** Rows of cells joined by one delimiter, lines by one line ending: CSV-shaped but often broken. */
const csvText = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|', ' '),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
  })
  .map(({ delimiter, newline, rows }) => rows.map((r) => r.join(delimiter)).join(newline));
const anyText = fc.oneof(csvText, fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 200 }));

/** Load `text` as an orders file; returns null when ingest refused it with an IngestError. */
async function ingest(text: string) {
  const bytes = new TextEncoder().encode(text);
  try {
    const sniff = sniffBytes(bytes, 'random.csv');
    const spec = specFromSniff(sniff, { role: 'orders' });
    return { spec, info: await loadDataset(engine, [{ spec, source: { kind: 'bytes', bytes } }]) };
  } catch (error) {
    if (error instanceof IngestError && error.file === 'random.csv') return null;
    throw error;
  }
}

describe('ingest of random CSV-like text', () => {
  it('never crashes, and read = loaded + rejected counted from the tables themselves', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await ingest(text);
        if (!result) return;
        const { info } = result;
        const [{ loaded }] = await engine.query<{ loaded: number }>(
          'SELECT count(*) AS loaded FROM order_lines',
        );
        const [{ rejected }] = await engine.query<{ rejected: number }>(
          'SELECT count(*) AS rejected FROM rejects',
        );
        expect(info.rows).toEqual({ read: loaded + rejected, loaded, rejected });
        expect(info.rows.read).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('reads every non-blank line of quote-free text as one row, loaded or rejected', async () => {
    // Quote-free, with one kind of line ending (a CR before a CRLF reads as two line breaks).
    const plain = csvText.filter((t) => !/["']/.test(t) && new Set(t.match(/\r\n|\r|\n/g)).size <= 1);
    await fc.assert(
      fc.asyncProperty(plain, async (text) => {
        const result = await ingest(text);
        if (!result) return;
        const { spec, info } = result;
        const lines = text.split(/\r\n|\r|\n/);
        const head = spec.csv.skipLines + (spec.csv.header ? 1 : 0);
        if (lines.at(-1) === '') lines.pop();
        // DuckDB drops blank lines, except in a one-column file, where they are empty values.
        const blank = (l: string) =>
          spec.csv.delimiter === 'whitespace' ? l.trim() === '' : l === '' && spec.columns.length > 1;
        const data = lines.slice(head).filter((l) => !blank(l));
        expect(info.rows.read).toBe(data.length);
      }),
      { numRuns: 150 },
    );
  });
});
