import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText, columnLabel, shown, tableCsv } from '../../../src/lib/export/csv';
import { formatMoney, formatPercent } from '../../../src/lib/i18n/format';
import { exportFileName } from '../../../src/lib/export/download';

describe('tableCsv(table)', () => {
  it('neutralises every text cell a spreadsheet would run, headers included; numbers stay numbers', () => {
    const csv = tableCsv({
      columns: ['segment', '=HYPERLINK("x")', 'revenue'],
      rows: [
        ['=1+2', '+47 99', -12.5],
        ['-minus', '@SUM(A1)', 0],
        ['\tTab', '\rCR', 1e21],
        ['=2+5\nsecond line', 'plain, with comma', 3.25],
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['segment', `'=HYPERLINK("x")`, 'revenue'],
      [`'=1+2`, `'+47 99`, '-12.5'],
      [`'-minus`, `'@SUM(A1)`, '0'],
      [`'\tTab`, `'\rCR`, '1e+21'],
      [`'=2+5\nsecond line`, 'plain, with comma', '3.25'],
    ]);
  });

  it('writes missing and non-finite numbers as empty cells, booleans as words, CRLF line ends', () => {
    const csv = tableCsv({
      columns: ['a', 'b', 'c', 'd'],
      rows: [[null, undefined, Number.NaN, true]],
    });
    expect(csv).toBe('\uFEFFa,b,c,d\r\n,,,true\r\n');
  });

  it('drops the floating-point noise of sums: 12 significant digits', () => {
    const csv = tableCsv({ columns: ['revenue', 'share'], rows: [[48035.549999999996, 1 / 3]] });
    expect(csv).toBe('\uFEFFrevenue,share\r\n48035.55,0.333333333333\r\n');
  });

  it('keeps one line per row: header plus rows', () => {
    const rows = Array.from({ length: 37 }, (_, i) => [`2024-${i}`, i]);
    const lines = tableCsv({ columns: ['month', 'n'], rows })
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(38);
  });
});

describe('numbers shown formatted, exported raw', () => {
  // What the Norwegian page shows: "1 234,50 kr", "45,0 %" (with non-breaking spaces).
  const money = (v: number) => formatMoney(v, 'nb-NO-u-cu-nok');
  const pct = (v: number) => formatPercent(v, 'nb-NO');
  const table = {
    columns: [
      'Segment',
      { label: 'Omsetning', unit: 'NOK' },
      { label: 'Frafall', unit: 'andel, 0–1' },
      { label: 'Uten enhet', unit: null },
    ],
    rows: [
      ['=Champions', shown(1234.5, money(1234.5)), shown(0.45, pct(0.45)), 3],
      ['Lost', shown(-98765.4321, money(-98765.4321)), shown(null, '—'), shown(1e6, '1 000 000')],
    ],
  };

  it('the CSV carries dot decimals, no separators or symbols, shares as 0–1, units in the header', () => {
    const csv = tableCsv(table);
    expect(csv).toBe(
      '\uFEFFSegment,Omsetning (NOK),"Frafall (andel, 0–1)",Uten enhet\r\n' +
        '"\'=Champions",1234.5,0.45,3\r\n' +
        'Lost,-98765.4321,,1000000\r\n',
    );
    const [, ...rows] = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    for (const row of rows)
      for (const cell of row.slice(1)) if (cell !== '') expect(Number.isFinite(Number(cell))).toBe(true);
  });

  it('the screen gets the formatted text and the plain heading', () => {
    expect(cellText(table.rows[0][1])).toBe(money(1234.5));
    expect(cellText(table.rows[0][1])).toMatch(/kr/);
    expect(cellText(table.rows[0][2])).toMatch(/45,0\s%/);
    expect(cellText(table.rows[1][2])).toBe('—');
    expect(cellText(table.rows[0][3])).toBe(3);
    expect(table.columns.map(columnLabel)).toEqual(['Segment', 'Omsetning', 'Frafall', 'Uten enhet']);
  });
});

describe('exportFileName(title, extension)', () => {
  it.each([
    ['Active customers by month', 'png', 'lojal-active-customers-by-month.png'],
    ['Kunder som kommer tilbake · Ålesund', 'svg', 'lojal-kunder-som-kommer-tilbake-ålesund.svg'],
    ['../../etc/passwd', 'csv', 'lojal-etc-passwd.csv'],
    ['<script>', 'csv', 'lojal-script.csv'],
    ['', 'svg', 'lojal-figure.svg'],
    ['a'.repeat(80), 'csv', `lojal-${'a'.repeat(60)}.csv`],
  ] as const)('%s → %s', (title, ext, name) => {
    expect(exportFileName(title, ext)).toBe(name);
  });
});
