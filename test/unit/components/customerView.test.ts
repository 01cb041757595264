import { describe, expect, it } from 'vitest';
import type { CustomerListRow } from '../../../src/lib/analysis/customerList';
import {
  ALL_CUSTOMERS,
  AT_RISK_VIEW,
  applyView,
  joinScores,
  viewTable,
} from '../../../src/lib/components/customers/customerView';
import { trackingPoints, bucketLabels } from '../../../src/lib/components/clv/holdoutView';
import { heatmapExtent, predictionSummary } from '../../../src/lib/components/clv/predictionSummary';

const row = (id: string, segment: string, revenue: number, region: string | null): CustomerListRow => ({
  customer_id: id,
  segment,
  first_purchase: '2024-01-01',
  last_purchase: '2024-06-01',
  recency: 10,
  purchases: 2,
  revenue,
  r: 3,
  f: 3,
  m: 3,
  'attr:region': region,
});

const rows = [
  row('c1', 'Champions', 500, 'north'),
  row('c2', 'At risk', 300, 'south'),
  row('c3', "Can't lose them", 900, null),
  row('c4', 'At risk', 300, 'north'),
  row('c5', 'Lost', 20, 'south'),
];
const scores = {
  pAlive: Float64Array.of(0.9, 0.2, 0.1, 0.4),
  expectedPurchases: Float64Array.of(3, 1, 0.5, 1.5),
  expectedSpend: Float64Array.of(50, 50, 50, 50),
  clv: Float64Array.of(150, 50, 25, 75),
};

describe('customer view', () => {
  const records = joinScores(rows, ['region'], ['c1', 'c2', 'c3', 'c4'], scores);

  it('joinScores matches scores by id and leaves customers the model did not see empty', () => {
    expect(records[3]).toMatchObject({ id: 'c4', pAlive: 0.4, clv: 75, attrs: ['north'] });
    expect(records[4]).toMatchObject({ id: 'c5', pAlive: null, clv: null });
  });

  it("applyView(AT_RISK_VIEW) keeps At risk and Can't lose them, biggest spenders first, ties by id", () => {
    expect(applyView(records, AT_RISK_VIEW).map((i) => records[i].id)).toEqual(['c3', 'c2', 'c4']);
  });

  it('applyView sorts by P(alive) ascending with customers without a score last', () => {
    const order = applyView(records, { ...ALL_CUSTOMERS, sort: 'pAlive', descending: false });
    expect(order.map((i) => records[i].id)).toEqual(['c3', 'c2', 'c4', 'c1', 'c5']);
  });

  it('applyView searches ids and attributes, case-insensitively', () => {
    expect(applyView(records, { ...ALL_CUSTOMERS, search: 'NORTH' }).map((i) => records[i].id)).toEqual([
      'c1',
      'c4',
    ]);
    expect(applyView(records, { ...ALL_CUSTOMERS, search: 'c5' }).map((i) => records[i].id)).toEqual(['c5']);
  });

  it('applyView sorts by an attribute column', () => {
    const order = applyView(records, { ...ALL_CUSTOMERS, sort: 'attr:0', descending: false });
    expect(order.map((i) => records[i].attrs[0])).toEqual(['north', 'north', 'south', 'south', null]);
  });

  it('viewTable writes the view in its order with raw numbers and attributes last', () => {
    const t = viewTable(records, [2, 0], ['region']);
    expect(t.fields.at(-1)).toBe('region');
    expect(t.rows).toEqual([
      ['c3', "Can't lose them", '2024-01-01', '2024-06-01', 2, 900, 0.1, 0.5, 25, 3, 3, 3, null],
      ['c1', 'Champions', '2024-01-01', '2024-06-01', 2, 500, 0.9, 3, 150, 3, 3, 3, 'north'],
    ]);
  });
});

describe('lifetime value page helpers', () => {
  it('trackingPoints accumulates weekly repeats, weeks without any counting zero', () => {
    const points = trackingPoints(
      [
        { week: 0, repeats: 2 },
        { week: 2, repeats: 5 },
      ],
      [1.5, 2.5, 6],
    );
    expect(points).toEqual([
      { week: 1, actual: 2, predicted: 1.5 },
      { week: 2, actual: 2, predicted: 2.5 },
      { week: 3, actual: 7, predicted: 6 },
    ]);
  });

  it('bucketLabels names the last bucket 7+', () => {
    const b = (repeats: number) => ({ repeats, customers: 1, actual: 0, predicted: 0 });
    expect(bucketLabels([b(0), b(1), b(7)])).toEqual(['0', '1', '7+']);
  });

  it('predictionSummary totals CLV and purchases and averages P(alive)', () => {
    expect(predictionSummary(scores)).toEqual({
      total: 300,
      mean: 75,
      purchases: 6,
      alive: 0.4,
      customers: 4,
    });
  });

  it('heatmapExtent covers repeat counts to the 99th percentile (5 to 40) and the longest T', () => {
    expect(heatmapExtent([0, 1, 2], [3, 9, 4])).toEqual({ maxFrequency: 5, T: 9 });
    expect(
      heatmapExtent(
        Array.from({ length: 200 }, (_, i) => i),
        [1],
      ),
    ).toEqual({ maxFrequency: 40, T: 1 });
  });
});
