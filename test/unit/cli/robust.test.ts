import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../../helpers/cli';

/**
 * The command line on files it must not half-read: one line naming the file and exit 1; the engine's
 * own text only with --verbose, or as `details` of the JSON error with --json. Both engines.
 */

const gz = readFileSync(path.resolve('test/fixtures/ingest/orders.csv.gz'));
const files = tempFiles({
  'cut.csv.gz': gz.subarray(0, gz.length - 12),
  // Plain text under a .gz name: DuckDB's reader fails with its own message.
  'plain.csv.gz': 'customer_id,order_date,amount\nc1,2024-01-01,10\n',
});

describe('lojal on damaged files', () => {
  it.each(['wasm', 'native'])('a truncated .csv.gz: exit 1, one line naming the file (%s)', (engine) => {
    const r = runCli(['summary', '--engine', engine, files['cut.csv.gz']]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(files['cut.csv.gz']);
    expect(lines[0]).toContain('damaged or incomplete');
  });

  it('the engine’s text is kept out of the message: in details with --json, after it with --verbose', () => {
    const json = runCli(['summary', '--json', files['plain.csv.gz']]);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
    const error = JSON.parse(json.stderr.trim()) as { error: string; file: string; details: string };
    expect(error.file).toBe(files['plain.csv.gz']);
    expect(error.error).toBe(
      `${files['plain.csv.gz']}: could not be read as CSV: the compressed (.gz) file is damaged or incomplete.`,
    );
    expect(error.details).toMatch(/not a GZIP stream/i);
    const verbose = runCli(['summary', '--verbose', files['plain.csv.gz']]);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr.split('\n')[0]).toBe(`lojal: ${error.error}`);
    expect(verbose.stderr).toMatch(/not a GZIP stream/i);
  });
});
