import { describe, expect, it } from 'vitest';
import type { CohortCellRow } from '../../../src/lib/analysis/cohorts';
import { shapeCohorts } from '../../../src/lib/analysis/cohortShape';
import { curveSeries } from '../../../src/lib/components/cohorts/curvesLayout';
import { cohortGridTable, curvesTable } from '../../../src/lib/export/cohortTables';

/** Two monthly cohorts as of mid-February: January has two periods (the second incomplete), February one. */
function cell(
  cohort: string,
  segment: string | null,
  size: number,
  k: number,
  retained: number,
  complete: boolean,
) {
  return {
    cohort,
    cohort_start: `${cohort}-01`,
    segment,
    size,
    k,
    base: size,
    retained,
    revenue: retained * 10,
    revenue0: size * 10,
    cumulative: retained * 10,
    orders: retained,
    complete,
    as_of: '2024-02-15',
  } satisfies CohortCellRow;
}
const ROWS: CohortCellRow[] = [
  cell('2024-01', null, 100, 0, 100, true),
  cell('2024-01', null, 100, 1, 30, false),
  cell('2024-02', null, 50, 0, 50, false),
];
const LABELS = {
  cohort: 'Cohort',
  segment: 'Segment',
  customers: 'Customers',
  completePeriods: 'Complete periods',
  average: 'Average',
  unit: 'Month',
};

describe('cohortGridTable(table)', () => {
  it('has the average row first, then a row per cohort with its size, complete periods and values', () => {
    const grid = cohortGridTable(shapeCohorts(ROWS, 'customers', 'pooled'), LABELS);
    expect(grid.columns).toEqual(['Cohort', 'Customers', 'Complete periods', 'Month 0', 'Month 1']);
    expect(grid.rows).toEqual([
      // The average uses complete cells only (METRICS.md §2): January's k = 0 alone.
      ['Average', 150, 1, 1, null],
      ['2024-01', 100, 1, 1, 0.3],
      ['2024-02', 50, 0, 1, null],
    ]);
  });

  it('adds a segment column and one average row per segment with a breakdown', () => {
    const rows = ['web', 'store'].flatMap((s, i) => [
      cell('2024-01', s, 40 + i * 20, 0, 40 + i * 20, true),
      cell('2024-01', s, 40 + i * 20, 1, 10 + i * 5, true),
    ]);
    const grid = cohortGridTable(shapeCohorts(rows, 'customers', 'pooled'), LABELS);
    expect(grid.columns.slice(0, 3)).toEqual(['Cohort', 'Segment', 'Customers']);
    expect(grid.rows.map((r) => r.slice(0, 3))).toEqual([
      ['Average', null, 100],
      ['Average', 'web', 40],
      ['Average', 'store', 60],
      ['2024-01', 'web', 40],
      ['2024-01', 'store', 60],
    ]);
    expect(grid.rows[0].slice(4)).toEqual([1, 0.25]);
  });
});

describe('curvesTable(series)', () => {
  it('writes one row per drawn point: complete cells of each cohort and the average', () => {
    const table = shapeCohorts(ROWS, 'customers', 'pooled');
    const csv = curvesTable(curveSeries(table, 'cohorts', 'Average'), {
      series: 'Line',
      value: 'Value',
      lower: 'Lower',
      upper: 'Upper',
      unit: 'Month',
    });
    expect(csv.columns).toEqual(['Line', 'Month', 'Value', 'Lower', 'Upper']);
    expect(csv.rows.map((r) => r.slice(0, 3))).toEqual([
      ['2024-01', 0, 1],
      ['Average', 0, 1],
    ]);
  });
});
