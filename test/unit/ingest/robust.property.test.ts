import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { specFromSniff } from '../../../src/lib/ingest/plan';
import { sniffBytes } from '../../../src/lib/ingest/sniff/sniff';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/**
 * Two general rules, checked on random files against a brute-force count:
 * - ids are trimmed of spaces, tabs, no-break spaces and byte-order marks around them, so one customer
 *   written with stray blanks stays one customer;
 * - ledger line numbers are the file's physical lines when column names hold quoted line breaks (the
 *   header then takes several lines), with blank lines and multi-line notes further down.
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

const BLANKS = [' ', '\t', '\u00a0', '\ufeff'];

describe('id trimming (property)', () => {
  it('one customer per id whatever blanks surround it', async () => {
    const cell = fc.record({
      id: fc.constantFrom('a1', 'a2', 'B-7', '00042'),
      before: fc.array(fc.constantFrom(...BLANKS), { maxLength: 2 }),
      after: fc.array(fc.constantFrom(...BLANKS), { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 12 }), async (cells) => {
        const lines = ['customer_id,order_date,amount'];
        cells.forEach((c, i) =>
          lines.push(`${c.before.join('')}${c.id}${c.after.join('')},2024-01-0${(i % 9) + 1},${i + 1}`),
        );
        const spec = ordersSpec(['customer_id', 'order_date', 'amount']);
        const info = await loadTexts(engine, [{ spec, text: lines.join('\n') + '\n' }]);
        expect(info.rows).toEqual({ read: cells.length, loaded: cells.length, rejected: 0 });
        const got = await engine.query<{ id: string; n: number }>(
          'SELECT customer_id AS id, count(*)::INTEGER AS n FROM orders GROUP BY 1 ORDER BY 1',
        );
        // Brute force: the ids as written, without the blanks, counted.
        const expected = new Map<string, number>();
        for (const c of cells) expected.set(c.id, (expected.get(c.id) ?? 0) + 1);
        expect(got).toEqual([...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, n]) => ({ id, n })));
      }),
      { numRuns: 40, seed: 1313 },
    );
  }, 240_000);
});

describe('cell trimming (property)', () => {
  it('dates, amounts, ids and attributes read the same with blanks around them, quoted or not', async () => {
    const wrap = fc.record({
      before: fc.array(fc.constantFrom(...BLANKS, '\r\n'), { maxLength: 2 }),
      after: fc.array(fc.constantFrom(...BLANKS, '\n'), { maxLength: 2 }),
      quoted: fc.boolean(),
    });
    const line = fc.record({
      id: fc.constantFrom('a1', 'B-7'),
      day: fc.integer({ min: 1, max: 28 }),
      cents: fc.integer({ min: -5000, max: 500_000 }),
      channel: fc.constantFrom('web', 'store'),
      wraps: fc.array(wrap, { minLength: 4, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 10 }), async (lines) => {
        // A line break may only stand inside quotes; a bare cell keeps the blanks that are not one.
        const write = (text: string, w: { before: string[]; after: string[]; quoted: boolean }) => {
          const keep = (bs: string[]) => (w.quoted ? bs : bs.filter((b) => !b.includes('\n')));
          const cell = `${keep(w.before).join('')}${text}${keep(w.after).join('')}`;
          return w.quoted ? `"${cell}"` : cell;
        };
        const rows = lines.map((l) => {
          const date = `2024-02-${String(l.day).padStart(2, '0')}`;
          const amount = (l.cents / 100).toFixed(2);
          return [l.id, date, amount, l.channel].map((v, i) => write(v, l.wraps[i])).join(',');
        });
        const text = ['customer_id,order_date,amount,channel', ...rows].join('\n') + '\n';
        const spec = { ...ordersSpec(['customer_id', 'order_date', 'amount', 'channel']), attributes: [3] };
        const info = await loadTexts(engine, [{ spec, text }]);
        expect(info.rows).toEqual({ read: lines.length, loaded: lines.length, rejected: 0 });
        const got = await engine.query<{ id: string; day: string; amount: number; channel: string }>(
          `SELECT customer_id AS id, strftime(order_date, '%Y-%m-%d') AS day, amount, channel
           FROM order_lines`,
        );
        const key = (r: { id: string; day: string; amount: number; channel: string }) =>
          `${r.id} ${r.day} ${r.amount.toFixed(2).padStart(12)} ${r.channel}`;
        const sorted = <T extends { id: string; day: string; amount: number; channel: string }>(rs: T[]) =>
          [...rs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        // Brute force: the values as written, without the blanks.
        expect(sorted(got)).toEqual(
          sorted(
            lines.map((l) => ({
              id: l.id,
              day: `2024-02-${String(l.day).padStart(2, '0')}`,
              amount: Number((l.cents / 100).toFixed(2)),
              channel: l.channel,
            })),
          ),
        );
      }),
      { numRuns: 40, seed: 2718 },
    );
  }, 240_000);
});

type Kind = 'good' | 'noId' | 'short';
const row = fc.record({
  kind: fc.constantFrom<Kind>('good', 'good', 'noId', 'short'),
  breaks: fc.constantFrom(0, 0, 1, 2),
  blanksAfter: fc.constantFrom(0, 0, 1),
});

/** The file's text and, worked out by walking it, the line each rejected row starts on. */
function render(
  headerBreaks: number[],
  rows: { kind: Kind; breaks: number; blanksAfter: number }[],
  newline: string,
) {
  const names = ['customer_id', 'order_date', 'amount', 'note'].map((n, i) =>
    headerBreaks[i]
      ? `"${[n, ...Array.from({ length: headerBreaks[i] }, (_, b) => `part${b}`)].join(newline)}"`
      : n,
  );
  const lines: string[] = names.join(',').split(newline);
  const rejected: number[] = [];
  rows.forEach((r, i) => {
    const start = lines.length + 1;
    // A malformed record keeps its note on one line (see lines.property.test.ts).
    const breaks = r.kind === 'short' ? 0 : r.breaks;
    const note = breaks
      ? `"${[`n${i}`, ...Array.from({ length: breaks }, (_, b) => `m${b}`)].join(newline)}"`
      : `n${i}`;
    const cells = [r.kind === 'noId' ? '' : `c${i}`, '2024-01-05', `${i + 1}`, note];
    if (r.kind === 'short') cells.pop();
    lines.push(...cells.join(',').split(newline));
    if (r.kind !== 'good') rejected.push(start);
    for (let b = 0; b < r.blanksAfter; b++) lines.push('');
  });
  return { text: lines.join(newline) + newline, rejected };
}

describe('ledger line numbers under a header with line breaks (property)', () => {
  it('are the physical lines of the rejected rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(0, 0, 1, 2), { minLength: 4, maxLength: 4 }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        async (headerBreaks, rows, newline) => {
          const { text, rejected } = render(headerBreaks, rows, newline);
          // The sniffer says how many lines the header takes, as it does for a dropped file.
          const sniffed = specFromSniff(sniffBytes(new TextEncoder().encode(text), 'orders.csv'), {
            role: 'orders',
          });
          expect(sniffed.csv.headerLines).toBe(1 + headerBreaks.reduce((a: number, b) => a + b, 0));
          // The note is read by no field and no attribute: its line breaks still count.
          const spec = ordersSpec(['customer_id', 'order_date', 'amount', 'note'], {
            csv: { ...sniffed.csv, delimiter: ',', quote: '"', header: true, skipLines: 0 },
            attributes: [],
          });
          const info = await loadTexts(engine, [{ spec, text }]);
          const ledger = await engine.query<{ line: number }>('SELECT line FROM rejects ORDER BY line');
          expect(ledger.map((r) => r.line)).toEqual(rejected);
          expect(info.rows.read).toBe(rows.length);
        },
      ),
      { numRuns: 40, seed: 1314 },
    );
  }, 240_000);
});
