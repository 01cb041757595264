import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionTable } from '../../../src/lib/components/drivers/actionTable';
import { tableCsv } from '../../../src/lib/export/csv';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import type { DriverResult } from '../../../src/lib/models/drivers';

const t = (key: MessageKey, args: Record<string, string | number> = {}) =>
  en[key].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k]));
const f = {
  pct: (v: number | null) => `${Math.round((v ?? 0) * 100)} %`,
  money: (v: number | null) => `${v} kr`,
};
const level = (name: string, s: number) => ({
  level: name,
  customers: 40,
  survival12: s,
  lower: s - 0.05,
  upper: s + 0.05,
  se: 0.02,
  curve: { n: 40, events: 0, table: [], median: null, medianLower: null, medianUpper: null },
});
// An attribute whose level names and customer ids are formulas, as a hostile export could hold.
const result: DriverResult = {
  name: 'attribute:=tier',
  landmark: false,
  levels: [level('gold', 0.6), level('@SUM(1+1)', 0.3)],
  chi2: 20,
  df: 1,
  p: 1e-5,
  q: 1e-5,
  effect: 0.3,
  effectLower: 0.2,
  effectUpper: 0.4,
  best: 'gold',
  worst: '@SUM(1+1)',
  clear: true,
};

describe('actionTable', () => {
  it('gives each customer the reason in words and exports formulas as inert text', () => {
    const table = actionTable(
      [
        {
          id: '=HYPERLINK("http://x.example","y")',
          revenue: 1200,
          level: '@SUM(1+1)',
          pAlive: 0.25,
          clv: 800,
          valuable: 'clv',
        },
      ],
      result,
      '=tier',
      t,
      f,
    );
    expect(table.rows[0][5]).toBe(
      '=tier is @SUM(1+1): 30 % of such customers are still active after 12 months, against 60 % for gold. P(alive) 25 %; predicted CLV 800 kr (top quarter).',
    );
    const csv = tableCsv(table);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([
      'Customer',
      'Level',
      'P(alive) (share, 0–1)',
      'Predicted CLV',
      'Revenue',
      'Reason',
    ]);
    // Text cells that a spreadsheet would run start with an apostrophe; numbers stay raw numbers.
    expect(row[0]).toBe(`'=HYPERLINK("http://x.example","y")`);
    expect(row[1]).toBe("'@SUM(1+1)");
    expect(row[5].startsWith("'=tier is")).toBe(true);
    expect(row.slice(2, 5)).toEqual(['0.25', '800', '1200']);
  });
});
