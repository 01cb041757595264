import { describe, expect, it } from 'vitest';
import { retentionCurve } from '../../../../src/lib/models/retentionCurve';
import type { ValueInputs } from '../../../../src/lib/models/retentionValue';
import { curveTable, profitTable, worthTable } from '../../../../src/lib/components/value/valueTables';
import { profitCurves, retentionCurves, worthByAge } from '../../../../src/lib/components/value/valueView';

// Constant churn: every month keeps 90 % of those still active, each spending 40.
const rows = Array.from({ length: 13 }, (_, k) => ({
  k,
  customers: 100,
  retained: 100 * 0.9 ** k,
  revenue: 4000 * 0.9 ** k,
}));
const inputs: ValueInputs = {
  curve: retentionCurve(rows)!,
  cohorts: [{ size: 100, age: 3 }],
  acquisitionRate: 10,
  margin: 0.5,
  acquisitionCost: 0,
  monthlyDiscount: 0.01,
};
const words = {
  t: (k: string) => k,
  currency: 'NOK',
  money: (v: number | null) => `kr ${v}`,
  pct: (v: number | null) => `${v}`,
  horizon: (y: number) => `${y}y`,
};

describe('value tables', () => {
  it('profitTable: one row per horizon and Δ = 0 … 10; Δ = 0 changes nothing; raw numbers for the CSV', () => {
    const table = profitTable(profitCurves(inputs), words);
    expect(table.rows).toHaveLength(33);
    expect(table.columns[3]).toEqual({ label: 'value.col.profit', unit: 'NOK' });
    const zero = table.rows.filter((r) => r[1] === 0);
    expect(zero.map((r) => r[0])).toEqual(['1y', '3y', '5y']);
    for (const r of zero) expect(r[4]).toEqual({ value: 0, text: 'kr 0' });
  });

  it('curveTable and worthTable mark observed and extrapolated ages; revenue per active customer is 40', () => {
    const curve = curveTable(retentionCurves(inputs, 5, 24).points, words);
    expect(curve.rows[12][3]).toBe('value.col.observed');
    expect(curve.rows[13][3]).toBe('value.col.extrapolated');
    const worth = worthTable(worthByAge(inputs, 1, 15), words);
    expect(worth.rows).toHaveLength(16);
    for (const r of worth.rows) expect((r[1] as { value: number }).value).toBeCloseTo(40, 9);
    // Worked by hand: 0.5 · 40 · Σ_{j<12} (0.9/1.01)^j.
    const q = 0.9 / 1.01;
    expect((worth.rows[0][2] as { value: number }).value).toBeCloseTo((20 * (1 - q ** 12)) / (1 - q), 9);
  });
});
