import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../../helpers/cli';

// Worked by hand: 0042 has two occasions (5 Jan: two orders, 10 Feb), 0077 one purchase and one refund,
// the row without a customer is rejected, and so is the exact duplicate of line 3.
const ORDERS = [
  'Ordrenummer;Kundenr;Ordredato;Beløp;Kanal',
  '1001;0042;05.01.2024;1 234,50;nettbutikk',
  '1002;0042;05.01.2024;100,00;nettbutikk',
  '1002;0042;05.01.2024;100,00;nettbutikk',
  '1003;0042;10.02.2024;99,50;butikk',
  '1004;0077;31.12.2023;-50,00;butikk',
  '1005;0077;15.01.2024;500,00;butikk',
  '1006;;20.01.2024;10,00;butikk',
].join('\r\n');

describe('lojal summary', () => {
  const files = tempFiles({ 'ordrer.csv': ORDERS, 'plain.csv': 'kunde,dato,sum\nA,2024-01-01,10\n' });

  it('prints exactly the documented JSON object, with every row accounted for', () => {
    const r = runCli(['summary', '--json', files['ordrer.csv']]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'rows',
      'rejectReasons',
      'rejects',
      'customers',
      'orders',
      'occasions',
      'revenue',
      'firstDate',
      'lastDate',
      'asOf',
      'repeatRate',
      'averageOrderValue',
      'layout',
    ]);
    // No known export's header: read as today, column by column.
    expect(out.layout).toBeNull();
    expect(out.rows).toEqual({ read: 7, loaded: 5, rejected: 2 });
    expect(out.rejectReasons).toEqual({ duplicate: 1, 'missing customer id': 1 });
    expect(out.rejects).toEqual([
      { file: files['ordrer.csv'], line: 4, reason: 'duplicate' },
      { file: files['ordrer.csv'], line: 8, reason: 'missing customer id' },
    ]);
    expect(out).toMatchObject({
      customers: 2,
      orders: 4,
      occasions: 3,
      firstDate: '2023-12-31',
      lastDate: '2024-02-10',
      asOf: '2024-02-10',
    });
    expect(out.revenue).toBeCloseTo(1234.5 + 100 + 99.5 - 50 + 500, 9);
    expect(out.repeatRate).toBeCloseTo(1 / 2, 12);
    expect(out.averageOrderValue).toBeCloseTo(1884 / 4, 9);
  });

  it('takes columns by name or 1-based position, and an as-of date', () => {
    const r = runCli(
      ['summary', '--json', '--customer-id', '2', '--date', 'Ordredato', '--amount', '4'].concat([
        '--as-of',
        '2024-01-31',
        files['ordrer.csv'],
      ]),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ customers: 2, orders: 3, occasions: 2, asOf: '2024-01-31' });
    expect(out.revenue).toBeCloseTo(1234.5 + 100 - 50 + 500, 9);
  });

  it('exits 1 with one line naming the file on bad input', () => {
    const empty = tempFiles({ 'empty.csv': '' })['empty.csv'];
    for (const file of [empty, files['ordrer.csv'] + '.missing']) {
      const r = runCli(['summary', '--json', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
    }
  });

  it('exits 2 on a usage error', () => {
    expect(runCli(['summary', '--bogus', files['plain.csv']]).code).toBe(2);
    expect(runCli(['nonsense', files['plain.csv']]).code).toBe(2);
    expect(runCli(['summary']).code).toBe(2);
    expect(runCli(['summary', '--customer-id', 'nope', files['plain.csv']]).code).toBe(2);
  });
});
