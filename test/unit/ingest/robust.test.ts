import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import { parseArgs } from '../../../src/cli/args';
import { loadFromArgs } from '../../../src/cli/files';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { createNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset } from '../../../src/lib/ingest/load';
import { inputsFor, sniffFiles } from '../../../src/lib/ingest/plan';
import { guessColumns, scoreOf } from '../../../src/lib/ingest/sniff/columns';
import { tempFiles } from '../../helpers/cli';

/**
 * Broken and awkward files never lose rows without a word: each case ends loaded right, refused with an
 * error naming the file (and line), or with ledger lines saying what was wrong. Every case runs through
 * the command line's loader on both engines (the wasm build the page runs and native DuckDB); the page's
 * own path (sniff → plan → load from a File) is checked where it differs. Expected numbers are worked
 * out by hand from the files' lines.
 */

const DIR = path.resolve('test/fixtures/ingest');
const ENGINES = ['wasm', 'native'] as const;
type EngineName = (typeof ENGINES)[number];

const engines: Partial<Record<EngineName, Engine>> = {};
beforeAll(async () => {
  engines.wasm = await createNodeEngine();
  engines.native = await createNativeEngine();
});
afterAll(async () => {
  for (const e of Object.values(engines)) await e?.close();
});

interface Outcome {
  rows: { read: number; loaded: number; rejected: number };
  rejectReasons: Record<string, number>;
  rejects: { line: number; reason: string }[];
  customers: string[];
  orders: number;
  revenue: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

async function outcome(
  engine: Engine,
  info: { rows: Outcome['rows']; rejectReasons: Record<string, number> },
) {
  const rejects = await engine.query<{ line: number; reason: string }>(
    'SELECT line, reason FROM rejects ORDER BY _k, line',
  );
  const [o] = await engine.query<OverviewRow>(buildOverviewSql({}));
  const customers = await engine.query<{ id: string }>('SELECT customer_id AS id FROM customers ORDER BY 1');
  return {
    rows: info.rows,
    rejectReasons: info.rejectReasons,
    rejects,
    customers: customers.map((c) => c.id),
    orders: o.orders,
    revenue: o.revenue,
    firstDate: o.firstDate,
    lastDate: o.lastDate,
  } satisfies Outcome;
}

/** `lojal summary FILE…` as the command line loads it, on one engine. */
async function cli(name: EngineName, files: string[]): Promise<Outcome> {
  const engine = engines[name]!;
  const { info } = await loadFromArgs(engine, parseArgs(['summary', ...files], { summary: [] }));
  return outcome(engine, info);
}

/** The page's path: the files sniffed, every guess taken, loaded from File objects. */
async function page(files: string[]): Promise<Outcome> {
  const engine = engines.wasm!;
  const dropped = files.map((f) => new File([readFileSync(f)], path.basename(f)));
  const info = await loadDataset(engine, await inputsFor(await sniffFiles(dropped)));
  return outcome(engine, info);
}

const fixture = (name: string) => path.join(DIR, name);

describe.each(ENGINES)('awkward files on the %s engine', (name) => {
  it('two exports joined (cat jan.csv feb.csv): the repeated header is one ledger line, byte-order marks go', async () => {
    // Line 1 header; 2–4 January; 5 the header again (after a BOM); 6–7 February; 8 a headerless part
    // after a BOM. Revenue 10 + 20 + 5.50 + 7 + 12.50 + 1 = 56.
    const out = await cli(name, [fixture('concatenated-exports.csv')]);
    expect(out.rows).toEqual({ read: 7, loaded: 6, rejected: 1 });
    expect(out.rejects).toEqual([{ line: 5, reason: 'repeated header' }]);
    expect(out.customers).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(out.revenue).toBeCloseTo(56, 9);
  });

  it('mixed line endings (CR LF, LF and a lone CR) load, with every line number the file’s own', async () => {
    const out = await cli(name, [fixture('mixed-line-endings.csv')]);
    expect(out.rows).toEqual({ read: 5, loaded: 4, rejected: 1 });
    expect(out.rejects).toEqual([{ line: 4, reason: 'unparseable amount' }]);
    expect(out.customers).toEqual(['c1', 'c2']);
    expect(out.revenue).toBeCloseTo(10 + 20 + 5 + 7, 9);
  });

  it('a quote left open over line breaks refuses the file, naming the line it starts on', async () => {
    await expect(cli(name, [fixture('unterminated-quote.csv')])).rejects.toThrow(
      /unterminated-quote\.csv \(line 3\): a quote \("\) opened on this line is never closed/,
    );
  });

  it('a quoted line break in the header moves every ledger line by one', async () => {
    // Header on lines 1–2; c1 on 3, c2 (no date) on 4, c3 on 5.
    const out = await cli(name, [fixture('header-line-break.csv')]);
    expect(out.rows).toEqual({ read: 3, loaded: 2, rejected: 1 });
    expect(out.rejects).toEqual([{ line: 4, reason: 'unparseable date' }]);
  });

  it('amounts out of range, --5, +-5 and 1_000 are rejected with a reason; never ∞', async () => {
    const out = await cli(name, [fixture('amounts-out-of-range.csv')]);
    expect(out.rows).toEqual({ read: 7, loaded: 2, rejected: 5 });
    expect(out.rejects).toEqual([
      { line: 2, reason: 'amount out of range' },
      { line: 3, reason: 'unparseable amount' },
      { line: 4, reason: 'unparseable amount' },
      { line: 6, reason: 'unparseable amount' },
      { line: 7, reason: 'amount out of range' },
    ]);
    expect(out.revenue).toBeCloseTo(12 - 3.5, 9);
  });

  it('ids are trimmed of tabs and spaces: a trailing tab makes no second customer', async () => {
    const out = await cli(name, [fixture('tab-in-ids.csv')]);
    expect(out.rows).toEqual({ read: 5, loaded: 5, rejected: 0 });
    expect(out.customers).toEqual(['c1', 'c2']);
  });

  it('each malformed line says what was wrong: bad UTF-8 byte, 3 MB line, wrong field count, stray quote', async () => {
    // 3,500 good rows (about 80 KB) first, so the sniffer's 64 KiB sample is clean UTF-8 and the file is read as such.
    const good = Array.from(
      { length: 3500 },
      (_, i) => `c${i % 9},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i + 1},o${i}\n`,
    );
    const bytes = Buffer.concat([
      Buffer.from('customer_id,order_date,amount,order_id\n' + good.join('')),
      Buffer.from('c\xff9,2024-02-01,10,x1\n', 'latin1'),
      Buffer.from(`c3,2024-02-02,3,${'y'.repeat(3 * 1024 * 1024)}\n`),
      Buffer.from('c4,2024-02-03,4\n'),
      Buffer.from('c5,2024-02-04,5,"o"5\n'),
      Buffer.from('c6,2024-02-05,6,o6\n'),
    ]);
    const file = tempFiles({ 'reasons.csv': bytes })['reasons.csv'];
    const out = await cli(name, [file]);
    expect(out.rows).toEqual({ read: 3505, loaded: 3501, rejected: 4 });
    expect(out.rejects).toEqual([
      { line: 3502, reason: 'invalid UTF-8 byte' },
      { line: 3503, reason: 'line too long (over 2 MB)' },
      { line: 3504, reason: 'wrong number of fields' },
      { line: 3505, reason: 'unterminated quote' },
    ]);
  }, 60_000);

  it('a truncated .csv.gz is refused naming the file, never loaded in part', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `c${i % 50},2024-03-${String((i % 28) + 1).padStart(2, '0')},${i}.25\n`,
    );
    const whole = gzipSync('customer_id,order_date,amount\n' + rows.join(''));
    const file = tempFiles({ 'orders.csv.gz': whole.subarray(0, Math.floor(whole.length / 2)) })[
      'orders.csv.gz'
    ];
    await expect(cli(name, [file])).rejects.toThrow(
      /orders\.csv\.gz: the compressed \(\.gz\) file is damaged or incomplete/,
    );
  });

  it('file names with glob characters are taken literally', async () => {
    const header = 'customer_id,order_date,amount\n';
    const rows = (n: number) =>
      header +
      Array.from({ length: n }, (_, i) => `c${i},2024-04-${String(i + 1).padStart(2, '0')},1\n`).join('');
    const files = tempFiles({
      'orders[1].csv': rows(3),
      'orders1.csv': rows(5),
      'star*.csv': rows(2),
      'starA.csv': rows(4),
      'orders?.csv': rows(1),
      'ordersX.csv': rows(6),
    });
    for (const [file, n] of [
      ['orders[1].csv', 3],
      ['star*.csv', 2],
      ['orders?.csv', 1],
    ] as const) {
      const out = await cli(name, [files[file]]);
      expect(out.rows, file).toEqual({ read: n, loaded: n, rejected: 0 });
    }
  });

  it('a 1 MB cell in the first data row: the sniffer looks past it, so dates and amounts are read', async () => {
    // Day-first dates with decimal commas; read month-first or with a decimal point, all would be rejected.
    const rows = Array.from(
      { length: 12 },
      (_, i) => `K${i % 3};${String(i + 1).padStart(2, '0')}.02.2024;${i + 1},50;n\n`,
    );
    const text = `kunde;dato;beløp;notat\nK9;13.01.2024;10,00;${'x'.repeat(1 << 20)}\n${rows.join('')}`;
    const file = tempFiles({ 'giant-cell.csv': text })['giant-cell.csv'];
    const out = await cli(name, [file]);
    expect(out.rows).toEqual({ read: 13, loaded: 13, rejected: 0 });
    expect([out.firstDate, out.lastDate]).toEqual(['2024-01-13', '2024-02-12']);
    // 10 + (1.5 + 2.5 + … + 12.5) = 10 + 78 + 6.
    expect(out.revenue).toBeCloseTo(94, 9);
  }, 60_000);

  it('5,000 columns: a code repeated on every row is not taken for the order id', async () => {
    // Each header and row is about 30 KB, so the first 64 KiB hold one data row only. The other cells
    // are words, different on every row (no attributes, no id by their values).
    const extra = Array.from({ length: 4996 }, (_, j) => `f${j}`);
    const word = (n: number) => n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
    const lines = [['customer', 'date', 'total', 'code', ...extra].join(',')];
    for (let i = 0; i < 30; i++)
      lines.push(
        [
          `C${i % 5}`,
          `2024-05-${String(i + 1).padStart(2, '0')}`,
          `${i + 1}.25`,
          'B7',
          ...extra.map((_, j) => `w${word(i * 5000 + j)}`),
        ].join(','),
      );
    const file = tempFiles({ 'wide.csv': lines.join('\n') + '\n' })['wide.csv'];
    const out = await cli(name, [file]);
    expect(out.rows).toEqual({ read: 30, loaded: 30, rejected: 0 });
    // One order per row: 30, not 5 (one per customer, had `code` been the order id).
    expect(out.orders).toBe(30);
  }, 120_000);
});

describe('awkward files dropped in the page', () => {
  it('two exports joined: the same ledger as the command line', async () => {
    const out = await page([fixture('concatenated-exports.csv')]);
    expect(out.rows).toEqual({ read: 7, loaded: 6, rejected: 1 });
    expect(out.rejects).toEqual([{ line: 5, reason: 'repeated header' }]);
    expect(out.customers).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('mixed line endings load from a dropped file too, with the same ledger', async () => {
    const out = await page([fixture('mixed-line-endings.csv')]);
    expect(out.rows).toEqual({ read: 5, loaded: 4, rejected: 1 });
    expect(out.rejects).toEqual([{ line: 4, reason: 'unparseable amount' }]);
  });

  it('a quote left open over line breaks refuses the dropped file, naming the line', async () => {
    await expect(page([fixture('unterminated-quote.csv')])).rejects.toThrow(
      /unterminated-quote\.csv \(line 3\): a quote/,
    );
  });

  it('a truncated .csv.gz is refused naming the file', async () => {
    const whole = readFileSync(fixture('orders.csv.gz'));
    const file = tempFiles({ 'cut.csv.gz': whole.subarray(0, whole.length - 12) })['cut.csv.gz'];
    await expect(page([file])).rejects.toThrow(
      /cut\.csv\.gz: the compressed \(\.gz\) file is damaged or incomplete/,
    );
  });

  it('an intact .csv.gz still loads whole', async () => {
    const file = tempFiles({ 'copy.csv.gz': readFileSync(fixture('orders.csv.gz')) })['copy.csv.gz'];
    const out = await page([file]);
    expect(out.rows.rejected).toBe(0);
    expect(out.rows.read).toBeGreaterThan(0);
  });
});

describe('guessColumns: value evidence needs more than one row', () => {
  it('a code seen on one row only is no order-id candidate; named by its header it still is', () => {
    const [code, named] = guessColumns(['code', 'Order ID'], [['B7', 'B7']]);
    expect(scoreOf(code, 'orderId')).toBe(0);
    expect(scoreOf(named, 'orderId')).toBeGreaterThan(0.5);
    const [twice] = guessColumns(['code'], [['B7'], ['B8']]);
    expect(scoreOf(twice, 'orderId')).toBeGreaterThan(0);
  });
});
