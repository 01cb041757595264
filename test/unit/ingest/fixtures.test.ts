import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import { ident } from '../../../src/lib/analysis/sql';
import { parseArgs } from '../../../src/cli/args';
import { COMMANDS } from '../../../src/cli/commands';
import { loadFromArgs } from '../../../src/cli/files';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset, type DatasetInfo } from '../../../src/lib/ingest/load';
import { inputsFor, sniffFiles } from '../../../src/lib/ingest/plan';
import { freshEngine } from '../../helpers/engine';

/**
 * Every awkward file in test/fixtures/ingest/, loaded twice: through the command line's loader
 * (`loadFromArgs`, flags applied) and through the browser's planning path (sniff → guesses → load) on
 * the Node engine. Each expectation was worked out by hand from the file's lines.
 */

const DIR = path.resolve('test/fixtures/ingest');

interface Outcome {
  read: number;
  loaded: number;
  rejected: number;
  /** Rejected rows by reason; omitted means none. */
  reasons?: Record<string, number>;
  /** The file's own line numbers of the rejected rows (header = line 1), in order. */
  lines?: number[];
  customers: number;
  revenue: number | null;
  first: string | null;
  last: string | null;
  /** Purchase orders (positive amount, not cancelled), when worth checking. */
  orders?: number;
}

interface Case {
  name: string;
  /** Main files (relative to the fixture folder). */
  files: string[];
  /** Extra command-line flags; the browser path is checked only for cases without any. */
  flags?: string[];
  expect: Outcome | { error: RegExp };
}

/**
 * The same five orders, written in many ways: 1001 on 5 Jan (1 234.50) and 10 Feb (12.50), 1002 on
 * 6 Jan (99.00) and a refund on 15 Mar (−50.00), 1003 on 1 Mar (2 500.00).
 * Revenue 1234.5 + 99 + 12.5 + 2500 − 50 = 3796; purchase orders 4.
 */
const SHOP: Outcome = {
  read: 5,
  loaded: 5,
  rejected: 0,
  customers: 3,
  revenue: 3796,
  first: '2024-01-05',
  last: '2024-03-15',
  orders: 4,
};

const CASES: Case[] = [
  // Encodings.
  { name: 'UTF-8 with a byte-order mark, CRLF, æøå in an attribute', files: ['utf8-bom.csv'], expect: SHOP },
  { name: 'UTF-8 without a byte-order mark, LF', files: ['utf8-no-bom.csv'], expect: SHOP },
  {
    name: 'UTF-16LE with BOM, tab-separated (Excel "Unicode text")',
    files: ['utf16le-bom-tab.txt'],
    expect: SHOP,
  },
  {
    name: 'Windows-1252 with € and æøå, ; and dot thousands (Danish Excel)',
    files: ['windows1252-danish.csv'],
    expect: SHOP,
  },
  // Delimiters and layouts.
  { name: '; with decimal comma and space thousands', files: ['semicolon-decimal-comma.csv'], expect: SHOP },
  { name: 'tab-separated', files: ['tab-separated.tsv'], expect: SHOP },
  { name: '|-separated with decimal comma', files: ['pipe-separated.txt'], expect: SHOP },
  { name: 'whitespace-aligned text with ids 00001…', files: ['whitespace-aligned.txt'], expect: SHOP },
  { name: 'no header row', files: ['no-header.csv'], expect: SHOP },
  {
    name: 'no header row, columns named by position',
    files: ['no-header.csv'],
    flags: ['--no-header', '--customer-id', '1', '--date', '2', '--amount', '3'],
    expect: SHOP,
  },
  {
    name: 'quoted fields with embedded delimiters, line breaks and doubled quotes',
    files: ['quoted-fields.csv'],
    expect: SHOP,
  },
  { name: 'old Mac CR line endings', files: ['cr-line-endings.csv'], expect: SHOP },
  { name: "Excel's sep=; first line", files: ['sep-directive.csv'], expect: SHOP },
  {
    name: 'a title line and blank lines around the table',
    files: ['title-and-blank-lines.csv'],
    expect: SHOP,
  },
  // Numbers.
  { name: 'thousands: space', files: ['thousands-space.csv'], expect: SHOP },
  { name: 'thousands: no-break space', files: ['thousands-nbsp.csv'], expect: SHOP },
  { name: 'thousands: dot, decimal comma', files: ['thousands-dot.csv'], expect: SHOP },
  { name: 'thousands: comma in quoted US amounts', files: ['thousands-comma.csv'], expect: SHOP },
  { name: 'thousands: apostrophe (Swiss)', files: ['thousands-apostrophe.csv'], expect: SHOP },
  { name: 'currency text: kr 1 234,50, 12,50 kr, kr 99,-, NOK', files: ['currency-kr.csv'], expect: SHOP },
  // Dates.
  {
    name: 'ISO dates with times and offsets (2024-03-01T00:30:00+02:00 is 1 March)',
    files: ['dates-iso-times-offsets.csv'],
    expect: SHOP,
  },
  { name: 'dd.mm.yyyy hh:mm', files: ['dates-dotted-times.csv'], expect: SHOP },
  { name: 'dd-mm-yyyy', files: ['dates-dashed-dmy.csv'], expect: SHOP },
  { name: 'dd/mm/yyyy (15/03 settles the order)', files: ['dates-slashed-dmy.csv'], expect: SHOP },
  { name: 'm/d/yyyy h:mm AM/PM (US)', files: ['dates-us-mdy.csv'], expect: SHOP },
  { name: 'yyyymmdd', files: ['dates-yyyymmdd.csv'], expect: SHOP },
  {
    // 05/01, 06/01, 10/02, 01/03, 12/03 read day-first: 5 Jan … 12 Mar.
    name: 'ambiguous day/month: day-first by default',
    files: ['dates-ambiguous.csv'],
    expect: { ...SHOP, last: '2024-03-12' },
  },
  {
    // Month-first instead: 1 May, 1 Jun, 2 Oct, 3 Jan, 3 Dec.
    name: 'ambiguous day/month: month-first when chosen',
    files: ['dates-ambiguous.csv'],
    flags: ['--date-format', 'MM/DD/YYYY'],
    expect: { ...SHOP, first: '2024-01-03', last: '2024-12-03' },
  },
  // Ids, refunds, cancellations, line items.
  {
    // 007, 0042, 42 and 00042 are four customers; 100 + 200 + 300 + 400 + 50.
    name: 'leading-zero ids stay text',
    files: ['leading-zero-ids.csv'],
    expect: {
      read: 5,
      loaded: 5,
      rejected: 0,
      customers: 4,
      revenue: 1050,
      first: '2024-01-05',
      last: '2024-03-15',
    },
  },
  {
    // 100 − 100 + 250 − 50 (parentheses) + 80 − 20 (U+2212) − 30 (trailing minus) = 230; 3 purchases.
    name: 'refunds: minus, parentheses, Unicode minus, trailing minus',
    files: ['refunds.csv'],
    expect: {
      read: 7,
      loaded: 7,
      rejected: 0,
      customers: 3,
      revenue: 230,
      first: '2024-01-05',
      last: '2024-03-01',
      orders: 3,
    },
  },
  {
    // Kansellert, Cancelled and Refunded orders were never paid: 100 + 300 + 60; purchases 1, 3, 6.
    name: 'cancelled statuses in Norwegian and English',
    files: ['cancelled-status.csv'],
    expect: {
      read: 6,
      loaded: 6,
      rejected: 0,
      customers: 3,
      revenue: 460,
      first: '2024-01-05',
      last: '2024-03-01',
      orders: 3,
    },
  },
  {
    // Quantity × unit price, line items summed per invoice, C-invoices reverse sales:
    // 35.64 + 11.10 + 54.08 − 27.50 + 34.80 − 4.65 = 103.47; the row without CustomerID is rejected.
    name: 'C-prefixed cancellation invoices with line items (Online Retail)',
    files: ['cancellation-invoices.csv'],
    expect: {
      read: 8,
      loaded: 7,
      rejected: 1,
      reasons: { 'missing customer id': 1 },
      lines: [9],
      customers: 4,
      revenue: 103.47,
      first: '2010-12-01',
      last: '2010-12-13',
      orders: 4,
    },
  },
  {
    // A-1 = 2 × 10 + 5.50, A-2 = 12, A-3 = 99.90 − 5.50, A-4 = 12.50: 144.40 over 4 orders.
    name: 'line items sharing order ids, quantity × unit price',
    files: ['line-items.csv'],
    expect: {
      read: 6,
      loaded: 6,
      rejected: 0,
      customers: 3,
      revenue: 144.4,
      first: '2024-01-05',
      last: '2024-02-02',
      orders: 4,
    },
  },
  // Rows that must be rejected, each with its reason.
  {
    // Lines 3 and 6 repeat line 2 exactly; line 7 differs in the amount (a second line of order 2).
    name: 'exact duplicates are kept once',
    files: ['duplicates.csv'],
    expect: {
      read: 6,
      loaded: 4,
      rejected: 2,
      reasons: { duplicate: 2 },
      lines: [3, 6],
      customers: 2,
      revenue: 85,
      first: '2024-01-05',
      last: '2024-01-07',
      orders: 3,
    },
  },
  {
    name: 'rows with too many or too few fields',
    files: ['wrong-field-counts.csv'],
    expect: {
      read: 6,
      loaded: 3,
      rejected: 3,
      reasons: { 'wrong number of fields': 3 },
      lines: [3, 4, 6],
      customers: 3,
      revenue: 110,
      first: '2024-01-05',
      last: '2024-01-10',
    },
  },
  {
    name: 'missing and blank customer ids',
    files: ['missing-ids.csv'],
    expect: {
      read: 4,
      loaded: 2,
      rejected: 2,
      reasons: { 'missing customer id': 2 },
      lines: [3, 4],
      customers: 2,
      revenue: 50,
      first: '2024-01-05',
      last: '2024-01-08',
    },
  },
  {
    // 31.02.2024, "yesterday" and an ISO date in a dd.mm.yyyy column are unparseable; one is empty.
    name: 'impossible, unreadable, missing and wrong-format dates',
    files: ['bad-dates.csv'],
    expect: {
      read: 8,
      loaded: 4,
      rejected: 4,
      reasons: { 'unparseable date': 3, 'missing date': 1 },
      lines: [3, 4, 5, 7],
      customers: 4,
      revenue: 210,
      first: '2024-01-05',
      last: '2024-03-21',
    },
  },
  {
    name: 'unreadable and missing amounts',
    files: ['bad-amounts.csv'],
    expect: {
      read: 6,
      loaded: 2,
      rejected: 4,
      reasons: { 'unparseable amount': 3, 'missing amount': 1 },
      lines: [3, 4, 5, 7],
      customers: 2,
      revenue: 1010,
      first: '2024-01-05',
      last: '2024-01-09',
    },
  },
  {
    // Line numbers count the line breaks inside quoted notes: the rejects sit on lines 4, 6 and 9.
    name: 'rejected rows after multi-line quoted cells keep their file line numbers',
    files: ['multiline-then-rejects.csv'],
    expect: {
      read: 6,
      loaded: 3,
      rejected: 3,
      reasons: { 'missing customer id': 1, 'unparseable amount': 1, 'wrong number of fields': 1 },
      lines: [4, 6, 9],
      customers: 3,
      revenue: 90,
      first: '2024-01-05',
      last: '2024-01-10',
    },
  },
  // Blank lines: the CSV reader drops them, but every ledger line is still the file's own line.
  ...(['lf', 'crlf', 'cr'] as const).map((ending): Case => ({
    // Lines 3, 5, 6, 12 blank, 10 a blank line inside the quoted cell of lines 9–11, 16–17 blank
    // at the end. Rejected: 4 (no id), 7 (amount), 8 (six fields; the multi-line row right after it
    // must not push it down), 14 (date), 15 (amount). Loaded: A 10, B 30, C 50.
    name: `blank lines in the middle, inside a quoted cell and at the end (${ending.toUpperCase()})`,
    files: [`blank-lines-${ending}.csv`],
    expect: {
      read: 8,
      loaded: 3,
      rejected: 5,
      reasons: {
        'missing customer id': 1,
        'unparseable amount': 2,
        'wrong number of fields': 1,
        'unparseable date': 1,
      },
      lines: [4, 7, 8, 14, 15],
      customers: 3,
      revenue: 90,
      first: '2024-01-05',
      last: '2024-01-10',
      orders: 3,
    },
  })),
  {
    // A title (line 1) and a blank line (2) above the header (3), CRLF; blank lines 5 and 8 in the
    // table. Rejected: 6 (no id), 7 (date), 10 (amount). Loaded: 1001 1 234.50, 1002 −50 (a refund).
    name: 'title above the header and blank lines between rejected rows',
    files: ['title-blank-lines-rejects.csv'],
    expect: {
      read: 5,
      loaded: 2,
      rejected: 3,
      reasons: { 'missing customer id': 1, 'unparseable date': 1, 'unparseable amount': 1 },
      lines: [6, 7, 10],
      customers: 2,
      revenue: 1184.5,
      first: '2024-01-05',
      last: '2024-03-15',
      orders: 1,
    },
  },
  // One order in two files: lines of it split across monthly exports are summed; the same line exported
  // twice is a duplicate (METRICS.md §1: line items sharing an order id form one order; exact
  // duplicates are kept once).
  {
    // January: 5001 apple 10, 5002 bread 20, 5003 milk 5. February: 5001 pear 15 (the rest of 5001:
    // order 5001 = 25), 5002 bread 20 again (line 3: rejected), 5004 apple 10 twice (line 5: rejected
    // within the file). Orders 5001 25, 5002 20, 5003 5, 5004 10: revenue 60.
    name: 'monthly exports: an order split across two files is summed, an order exported twice counted once',
    files: ['orders-2024-01.csv', 'orders-2024-02.csv'],
    expect: {
      read: 7,
      loaded: 5,
      rejected: 2,
      reasons: { duplicate: 1, 'duplicate of a row in an earlier file': 1 },
      lines: [3, 5],
      customers: 3,
      revenue: 60,
      first: '2024-01-15',
      last: '2024-02-10',
      orders: 4,
    },
  },
  {
    // Another system's export (; and decimal comma, other columns) repeating January's 5002 and 5003
    // with the same customer, date and amount: both rejected (lines 2, 3). Revenue 10 + 20 + 5 = 35.
    name: 'the same orders exported by another system with other columns are counted once',
    files: ['orders-2024-01.csv', 'orders-other-system.csv'],
    expect: {
      read: 5,
      loaded: 3,
      rejected: 2,
      reasons: { 'duplicate of a row in an earlier file': 2 },
      lines: [2, 3],
      customers: 3,
      revenue: 35,
      first: '2024-01-15',
      last: '2024-01-31',
      orders: 3,
    },
  },
  // Compressed, other roles.
  { name: '.csv.gz', files: ['orders.csv.gz'], expect: SHOP },
  {
    // 4 customer rows and 3 subscription rows (one without a customer id) next to the shop's orders.
    name: 'orders with a customers file and a subscriptions file',
    files: ['utf8-no-bom.csv'],
    flags: [
      '--customers',
      path.join(DIR, 'customers.csv'),
      '--subscriptions',
      path.join(DIR, 'subscriptions.csv'),
    ],
    expect: {
      read: 12,
      loaded: 11,
      rejected: 1,
      reasons: { 'missing customer id': 1 },
      lines: [4],
      customers: 3,
      revenue: 3796,
      first: '2024-01-05',
      last: '2024-03-15',
    },
  },
  {
    // The last customer has no tenure: rejected; no orders, so no customers or revenue.
    name: 'a tenure table (duration + churn flag)',
    files: ['tenure.csv'],
    expect: {
      read: 6,
      loaded: 5,
      rejected: 1,
      reasons: { 'unparseable duration': 1 },
      lines: [7],
      customers: 0,
      revenue: null,
      first: null,
      last: null,
    },
  },
  // Files that are not tables: a clear error naming the file.
  { name: 'an empty file', files: ['empty.csv'], expect: { error: /empty\.csv.*empty/ } },
  {
    name: 'a header without data rows',
    files: ['header-only.csv'],
    expect: { error: /header-only\.csv.*header but no data rows/ },
  },
  {
    name: 'a binary file',
    files: ['binary.csv'],
    expect: { error: /binary\.csv.*not look like a text file/ },
  },
  {
    name: 'an Excel workbook renamed .csv',
    files: ['workbook-renamed.csv'],
    expect: { error: /workbook-renamed\.csv.*Excel workbook.*Save As/ },
  },
];

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

const EXTRA = Object.fromEntries(Object.entries(COMMANDS).map(([k, c]) => [k, c.options]));

async function outcome(info: DatasetInfo): Promise<Outcome> {
  const [o] = await engine.query<OverviewRow>(buildOverviewSql());
  // The ledger counted independently of the loader's own report.
  const ledger = await engine.query<{ line: number }>('SELECT line FROM rejects ORDER BY _k, line');
  expect(ledger.length).toBe(info.rows.rejected);
  return {
    read: info.rows.read,
    loaded: info.rows.loaded,
    rejected: info.rows.rejected,
    ...(info.rows.rejected ? { reasons: info.rejectReasons, lines: ledger.map((r) => r.line) } : {}),
    customers: o.customers,
    revenue: info.hasAmount ? o.revenue : null,
    first: o.firstDate,
    last: o.lastDate,
    orders: o.orders,
  };
}

function check(got: Outcome, want: Outcome) {
  const { revenue, orders, ...rest } = want;
  expect({ ...got, revenue: undefined, orders: undefined }).toEqual({
    ...rest,
    revenue: undefined,
    orders: undefined,
  });
  if (revenue === null) expect(got.revenue).toBeNull();
  else expect(got.revenue).toBeCloseTo(revenue, 9);
  if (orders !== undefined) expect(got.orders).toBe(orders);
}

async function viaCli(c: Case): Promise<Outcome> {
  const args = parseArgs(['summary', ...(c.flags ?? []), ...c.files.map((f) => path.join(DIR, f))], EXTRA);
  const { info } = await loadFromArgs(engine, args);
  return outcome(info);
}

async function viaBrowserPlan(c: Case): Promise<Outcome> {
  const files = await Promise.all(
    c.files.map(async (f) => new File([await openAsBlob(path.join(DIR, f))], f)),
  );
  const planned = await sniffFiles(files);
  const info = await loadDataset(engine, await inputsFor(planned));
  return outcome(info);
}

describe('ingest fixtures through the command-line loader', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    if ('error' in c.expect) await expect(viaCli(c)).rejects.toThrow(c.expect.error);
    else check(await viaCli(c), c.expect);
  });
});

describe('ingest fixtures through the browser planning path (sniff, guess, load)', () => {
  const plain = CASES.filter((c) => !c.flags);
  it.each(plain.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    if ('error' in c.expect) await expect(viaBrowserPlan(c)).rejects.toThrow(c.expect.error);
    else check(await viaBrowserPlan(c), c.expect);
  });

  it('orders, customers and subscriptions dropped together get their roles from their columns', async () => {
    const names = ['utf8-no-bom.csv', 'customers.csv', 'subscriptions.csv'];
    const files = await Promise.all(
      names.map(async (f) => new File([await openAsBlob(path.join(DIR, f))], f)),
    );
    const planned = await sniffFiles(files);
    expect(planned.map((p) => p.sniff.role.role)).toEqual(['orders', 'customers', 'subscriptions']);
    const info = await loadDataset(engine, await inputsFor(planned));
    expect(info.rows).toEqual({ read: 12, loaded: 11, rejected: 1 });
    const customers = await engine.query<{ customer_id: string; signup_date: string; region: string }>(
      'SELECT customer_id, signup_date, region FROM customers ORDER BY customer_id',
    );
    expect(customers).toEqual([
      { customer_id: '1001', signup_date: '2023-12-01', region: 'Oslo' },
      { customer_id: '1002', signup_date: '2023-12-15', region: 'Bergen' },
      { customer_id: '1003', signup_date: '2024-02-20', region: 'Oslo' },
    ]);
    const subs = await engine.query(
      'SELECT customer_id, start_date, end_date, amount, plan FROM subscriptions ORDER BY 1',
    );
    expect(subs).toEqual([
      { customer_id: '1001', start_date: '2024-01-05', end_date: '2024-03-05', amount: 99, plan: 'basic' },
      { customer_id: '1002', start_date: '2024-01-06', end_date: null, amount: 199, plan: 'pro' },
    ]);
  });

  it('keeps attribute text exactly as written in each encoding', async () => {
    for (const [file, expected] of [
      ['utf8-bom.csv', ['Malmö', 'Tromsø', 'Århus']],
      ['utf16le-bom-tab.txt', ['Bodø', 'Trømsø']],
      ['windows1252-danish.csv', ['København', 'Ærøskøbing', 'Århus']],
    ] as const) {
      const blob = await openAsBlob(path.join(DIR, file));
      const info = await loadDataset(engine, await inputsFor(await sniffFiles([new File([blob], file)])));
      expect(info.attributes).toHaveLength(1);
      const attrs = await engine.query<{ v: string }>(
        `SELECT DISTINCT ${ident(info.attributes[0])} AS v FROM customers ORDER BY 1`,
      );
      expect(attrs.map((r) => r.v).sort()).toEqual([...expected].sort());
    }
  });
});
