import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

/**
 * `lojal summary --json` reports the same ledger as the browser for the awkward fixtures of blank
 * lines and of orders in more than one file (the browser path is checked against the same hand-worked
 * numbers in test/unit/ingest/fixtures.test.ts).
 */

const DIR = path.resolve('test/fixtures/ingest');

interface Ledger {
  rows: { read: number; loaded: number; rejected: number };
  rejectReasons: Record<string, number>;
  rejects: { file: string; line: number; reason: string }[];
  revenue: number;
}

function summary(...files: string[]): Ledger {
  const r = runCli(['summary', '--json', ...files.map((f) => path.join(DIR, f))]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as Ledger;
  return { ...out, rejects: out.rejects.map((x) => ({ ...x, file: path.basename(x.file) })) };
}

describe('lojal summary: the ledger of the blank-line and multi-file fixtures', () => {
  it.each(['lf', 'crlf', 'cr'])('blank lines (%s): every line is the file’s own', (ending) => {
    const file = `blank-lines-${ending}.csv`;
    const out = summary(file);
    expect(out.rows).toEqual({ read: 8, loaded: 3, rejected: 5 });
    expect(out.rejects).toEqual([
      { file, line: 4, reason: 'missing customer id' },
      { file, line: 7, reason: 'unparseable amount' },
      { file, line: 8, reason: 'wrong number of fields' },
      { file, line: 14, reason: 'unparseable date' },
      { file, line: 15, reason: 'unparseable amount' },
    ]);
    expect(out.revenue).toBeCloseTo(90, 9);
  });

  it('monthly exports: the split order is summed, the order exported twice is rejected once', () => {
    const out = summary('orders-2024-01.csv', 'orders-2024-02.csv');
    expect(out.rows).toEqual({ read: 7, loaded: 5, rejected: 2 });
    expect(out.rejectReasons).toEqual({ duplicate: 1, 'duplicate of a row in an earlier file': 1 });
    expect(out.rejects).toEqual([
      { file: 'orders-2024-02.csv', line: 3, reason: 'duplicate of a row in an earlier file' },
      { file: 'orders-2024-02.csv', line: 5, reason: 'duplicate' },
    ]);
    expect(out.revenue).toBeCloseTo(60, 9);
  });
});
