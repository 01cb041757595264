import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import {
  buildClvColumnsSql,
  buildClvCustomersSql,
  buildClvSpanSql,
  buildClvTrackingSql,
  clvArrays,
  clvArraysFromColumns,
  daysBetween,
  rowsFromColumns,
  suggestCalibrationEnd,
  UNIT_DAYS,
  type ClvColumnsRow,
  type ClvCustomerRow,
  type TimeUnit,
} from '../../../src/lib/analysis/clvInputs';
import { buildCustomerListSql, type CustomerListRow } from '../../../src/lib/analysis/customerList';
import {
  buildFormulaClvInputsSql,
  formulaClv,
  type FormulaClvInputsRow,
} from '../../../src/lib/analysis/formulaClv';
import {
  buildRealisedClvSql,
  poolRealisedClv,
  type RealisedClvRow,
} from '../../../src/lib/analysis/realisedClv';
import {
  buildRfmSegmentsSql,
  buildRfmSql,
  DEFAULT_RFM_MAP,
  isValidRfmMap,
  RFM_SEGMENTS,
  type RfmRow,
  type RfmSegmentRow,
} from '../../../src/lib/analysis/rfm';
import { cohortShop } from '../../helpers/cohortData';
import {
  refClvCustomers,
  refFormulaInputs,
  refRealisedClv,
  refRfm,
  refTracking,
} from '../../helpers/clvReference';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const shop = cohortShop(11, 220);
const ORDER_COLUMNS = ['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel'];
const CUSTOMER_COLUMNS = ['customer_id', 'signup_date', 'region', 'loyalty', 'acquired', 'campaign'];

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  await loadTexts(engine, [
    { spec: ordersSpec(ORDER_COLUMNS, { cancelledStatuses: ['cancelled'] }), text: shop.ordersCsv },
    {
      spec: ordersSpec(CUSTOMER_COLUMNS, {
        fileName: 'customers.csv',
        role: 'customers',
        fields: { customerId: 0, signupDate: 1 },
        attributes: [2, 3, 4, 5],
      }),
      text: shop.customersCsv,
    },
  ]);
});
afterAll(() => engine.close());

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 9);

describe('buildClvCustomersSql on a hand-worked shop', () => {
  it('buildClvCustomersSql({unit: week, calibrationEnd: 2024-01-31}) merges same-day orders and splits off the holdout', async () => {
    const e = await freshEngine();
    try {
      await loadTexts(e, [
        {
          spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount']),
          text: [
            'order_id,customer_id,order_date,amount',
            '1,A,2024-01-01,10',
            '2,A,2024-01-01,5', // same day: one occasion
            '3,A,2024-01-15,30',
            '4,A,2024-01-20,-8', // a refund: revenue, not an occasion
            '5,A,2024-02-12,20', // after the calibration end
            '6,B,2024-01-08,40',
          ].join('\n'),
        },
      ]);
      const rows = await e.query<ClvCustomerRow>(
        buildClvCustomersSql({ unit: 'week', calibrationEnd: '2024-01-31' }),
      );
      // A: occasions 01-01, 01-15 in calibration → x 1, t_x 14 days, T 30 days, m = 30; 02-12 in the holdout.
      // B: one occasion 01-08 → x 0, T 23 days. Origin: 01-01.
      expect(rows).toEqual([
        {
          customer_id: 'A',
          x: 1,
          tx: 2,
          T: 30 / 7,
          m: 30,
          cal_revenue: 45,
          occasions: 2,
          offset: 0,
          holdout: 1,
        },
        {
          customer_id: 'B',
          x: 0,
          tx: 0,
          T: 23 / 7,
          m: null,
          cal_revenue: 40,
          occasions: 1,
          offset: 1,
          holdout: 0,
        },
      ]);
    } finally {
      await e.close();
    }
  });
});

describe('buildClvCustomersSql against a brute force', () => {
  it.each([
    ['week', null],
    ['day', '2020-09-30'],
    ['month', '2020-06-15'],
  ] as [TimeUnit, string | null][])(
    'buildClvCustomersSql({unit: %s, calibrationEnd: %s})',
    async (unit, cal) => {
      const rows = await engine.query<ClvCustomerRow>(buildClvCustomersSql({ unit, calibrationEnd: cal }));
      const ref = refClvCustomers(shop.lines, UNIT_DAYS[unit], cal ?? undefined).customers;
      expect(rows.map((r) => r.customer_id).sort()).toEqual([...ref.keys()].sort());
      for (const r of rows) {
        const e = ref.get(r.customer_id)!;
        expect(r.x).toBe(e.x);
        for (const k of ['tx', 'T', 'm', 'cal_revenue', 'offset'] as const)
          close(r[k] as number | null, e[k]);
        expect(r.occasions).toBe(e.occasions);
        expect(r.holdout).toBe(e.holdout);
      }
      // Same-day orders are one occasion: somebody in this shop bought twice on one day.
      expect(rows.some((r) => r.x > 0)).toBe(true);
    },
  );

  it('buildClvTrackingSql counts repeat occasions per week since the origin', async () => {
    const rows = await engine.query(buildClvTrackingSql({ calibrationEnd: '2020-09-30' }));
    expect(rows).toEqual(refTracking(shop.lines, '2020-09-30'));
  });

  it('buildClvSpanSql gives origin, calibration end and as-of date', async () => {
    const [span] = await engine.query(buildClvSpanSql({ calibrationEnd: '2020-09-30' }));
    const ref = refClvCustomers(shop.lines, 1, '2020-09-30');
    const last = shop.lines.reduce((m, l) => (l.date > m ? l.date : m), '');
    expect(span).toEqual({ origin: ref.origin, calibration_end: '2020-09-30', as_of: last });
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    // 26 weeks back for long data, a third of the span for short data.
    expect(suggestCalibrationEnd('2023-01-01', '2025-12-31')).toBe('2025-07-02');
    expect(suggestCalibrationEnd('2025-01-01', '2025-04-01')).toBe('2025-03-02');
  });

  it('buildClvColumnsSql returns the same customers as lists, in customer id order', async () => {
    const rows = await engine.query<ClvCustomerRow>(
      buildClvCustomersSql({ unit: 'week', calibrationEnd: '2020-09-30' }),
    );
    const [columns] = await engine.query<ClvColumnsRow>(
      buildClvColumnsSql({ unit: 'week', calibrationEnd: '2020-09-30' }),
    );
    expect(rowsFromColumns(columns)).toEqual(rows);
    expect(clvArraysFromColumns(columns)).toEqual(clvArrays(rows));
  });

  it('clvArrays carries the mean occasion value over all calibration occasions', async () => {
    const rows = await engine.query<ClvCustomerRow>(buildClvCustomersSql({ unit: 'week' }));
    const arrays = clvArrays(rows);
    const revenue = rows.reduce((s, r) => s + r.cal_revenue, 0);
    const occasions = rows.reduce((s, r) => s + r.occasions, 0);
    expect(arrays.meanOccasionValue).toBeCloseTo(revenue / occasions, 10);
    expect(arrays.x).toHaveLength(rows.length);
  });
});

describe('buildRealisedClvSql', () => {
  it('buildRealisedClvSql({period: month}) matches a brute force cohort by cohort', async () => {
    const rows = await engine.query<RealisedClvRow>(buildRealisedClvSql({ period: 'month', maxAge: 24 }));
    const ref = refRealisedClv(shop.lines, 24);
    expect(rows.map((r) => [r.cohort, r.age, r.size, r.complete])).toEqual(
      ref.map((r) => [r.cohort, r.age, r.size, r.complete]),
    );
    rows.forEach((r, i) => expect(r.value).toBeCloseTo(ref[i].value, 9));
  });

  it('poolRealisedClv pools complete cohorts only: Σ revenue ÷ Σ size', () => {
    const row = (cohort: string, age: number, size: number, revenue: number, complete: boolean) => ({
      cohort,
      cohort_start: `${cohort}-01`,
      segment: null,
      size,
      age,
      revenue,
      value: revenue / size,
      complete,
    });
    const pooled = poolRealisedClv([
      row('2020-01', 1, 10, 100, true),
      row('2020-02', 1, 30, 600, true),
      row('2020-03', 1, 5, 999, false),
    ]);
    expect(pooled).toEqual([{ segment: null, age: 1, value: 700 / 40, cohorts: 2, customers: 40 }]);
  });

  it('buildRealisedClvSql({by: region, period: quarter}) splits cohorts by segment and sums back', async () => {
    const all = await engine.query<RealisedClvRow>(buildRealisedClvSql({ period: 'quarter', maxAge: 4 }));
    const split = await engine.query<RealisedClvRow>(
      buildRealisedClvSql({ period: 'quarter', maxAge: 4, by: 'region' }),
    );
    expect(new Set(split.map((r) => r.segment))).toEqual(new Set(['north', 'south', 'east', '(blank)']));
    for (const r of all) {
      const parts = split.filter((s) => s.cohort === r.cohort && s.age === r.age);
      expect(parts.reduce((s, p) => s + p.size, 0)).toBe(r.size);
      expect(parts.reduce((s, p) => s + p.revenue, 0)).toBeCloseTo(r.revenue, 8);
    }
  });

  it('buildRealisedClvSql({by: region, keep: [north]}) folds the other regions into (other), summing theirs', async () => {
    const split = await engine.query<RealisedClvRow>(
      buildRealisedClvSql({ period: 'quarter', maxAge: 4, by: 'region' }),
    );
    const folded = await engine.query<RealisedClvRow>(
      buildRealisedClvSql({ period: 'quarter', maxAge: 4, by: 'region', keep: ['north'] }),
    );
    expect(new Set(folded.map((r) => r.segment))).toEqual(new Set(['north', '(other)']));
    for (const r of folded) {
      const parts = split.filter(
        (s) =>
          s.cohort === r.cohort && s.age === r.age && (r.segment === 'north') === (s.segment === 'north'),
      );
      expect(parts.reduce((s, p) => s + p.size, 0)).toBe(r.size);
      expect(parts.reduce((s, p) => s + p.revenue, 0)).toBeCloseTo(r.revenue, 8);
    }
  });
});

describe('formula CLV', () => {
  it('buildFormulaClvInputsSql({window: 60}) matches a brute force over the last 12 complete months', async () => {
    const [row] = await engine.query<FormulaClvInputsRow>(buildFormulaClvInputsSql({ window: 60 }));
    const ref = refFormulaInputs(shop.lines, 60, 12);
    expect(row.months).toBe(12);
    expect(row.first_month).toBe('2020-03');
    expect(row.last_month).toBe('2021-02');
    for (const k of ['active_months', 'churned', 'active_orders', 'orders'] as const)
      expect(row[k]).toBe(ref[k]);
    for (const k of ['churn_rate', 'frequency', 'revenue', 'aov'] as const) close(row[k] as number, ref[k]);
  });

  it('formulaClv = aov × frequency × margin × (1 + d) ÷ (d + churn), worked by hand', () => {
    // 50 × 0.4 × 0.3 = 6 a month; churn 5 %: 6 / 0.05 = 120 undiscounted, 6 × 1.01 / 0.06 = 101 discounted.
    expect(formulaClv({ aov: 50, frequency: 0.4, churnRate: 0.05 }, 0.3, 0)!.value).toBeCloseTo(120, 12);
    expect(formulaClv({ aov: 50, frequency: 0.4, churnRate: 0.05 }, 0.3, 0.01)!.value).toBeCloseTo(101, 12);
    expect(formulaClv({ aov: 50, frequency: 0.4, churnRate: 0 }, 0.3, 0.01)).toBeNull();
  });
});

describe('RFM', () => {
  it('buildRfmSql scores and names every customer as a brute force does', async () => {
    const rows = await engine.query<RfmRow>(buildRfmSql());
    const ref = refRfm(shop.lines, DEFAULT_RFM_MAP);
    expect(rows).toHaveLength(ref.size);
    for (const r of rows) {
      const e = ref.get(r.customer_id)!;
      expect({ ...r, monetary: Math.round(r.monetary * 1e6) }).toEqual({
        customer_id: r.customer_id,
        ...e,
        monetary: Math.round(e.monetary * 1e6),
      });
    }
    // Quintiles spread the scores.
    expect(new Set(rows.map((r) => r.r)).size).toBe(5);
  });

  it('buildRfmSql with an edited map renames exactly the edited cell', async () => {
    const map = DEFAULT_RFM_MAP.map((row) => row.slice());
    map[4][4] = 'VIP \'best\' "ones"';
    const rows = await engine.query<RfmRow>(buildRfmSql({ map }));
    const before = await engine.query<RfmRow>(buildRfmSql());
    rows.forEach((r, i) => {
      expect(r.segment).toBe(r.r === 5 && r.fm === 5 ? map[4][4] : before[i].segment);
    });
  });

  it('buildRfmSegmentsSql sums sizes and revenue per segment', async () => {
    const segments = await engine.query<RfmSegmentRow>(buildRfmSegmentsSql());
    const ref = refRfm(shop.lines, DEFAULT_RFM_MAP);
    for (const s of segments) {
      const members = [...ref.values()].filter((r) => r.segment === s.name);
      expect(s.customers).toBe(members.length);
      expect(s.revenue).toBeCloseTo(
        members.reduce((a, r) => a + r.monetary, 0),
        8,
      );
      expect(RFM_SEGMENTS).toContain(s.name);
    }
    expect(segments.reduce((a, s) => a + s.customers, 0)).toBe(ref.size);
  });

  it('isValidRfmMap accepts the default and refuses ragged or blank maps', () => {
    expect(isValidRfmMap(DEFAULT_RFM_MAP)).toBe(true);
    expect(new Set(DEFAULT_RFM_MAP.flat())).toEqual(new Set(RFM_SEGMENTS));
    expect(isValidRfmMap([['a']])).toBe(false);
    expect(isValidRfmMap(DEFAULT_RFM_MAP.map((r, i) => (i === 2 ? [...r.slice(0, 4), ' '] : r)))).toBe(false);
  });

  it('buildCustomerListSql adds attributes, even with a hostile column name', async () => {
    const e2 = await freshEngine();
    try {
      const evil = 'x"; DROP TABLE orders; --';
      await loadTexts(e2, [
        {
          spec: ordersSpec(['customer_id', 'order_date', 'amount', evil]),
          text: `customer_id,order_date,amount,"x""; DROP TABLE orders; --"\nA,2024-01-01,10,web\nA,2024-02-01,5,web\nB,2024-02-01,7,app`,
        },
      ]);
      const rows = await e2.query<CustomerListRow>(buildCustomerListSql({}, [evil]));
      expect(rows.map((r) => [r.customer_id, r.purchases, r.revenue, r[`attr:${evil}`]])).toEqual([
        ['A', 2, 15, 'web'],
        ['B', 1, 7, 'app'],
      ]);
    } finally {
      await e2.close();
    }
  });
});
