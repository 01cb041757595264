/**
 * The page-side of the fit diagnostics (METRICS.md §6): which numbers are unreliable, the answer-first
 * helpers of the lifetime-value page, and the customers to call. Hand-worked cases.
 */
import { describe, expect, it } from 'vitest';
import type { RealisedClvRow } from '../../../../src/lib/analysis/realisedClv';
import {
  clvHistogram,
  niceStep,
  realisedTwelveMonths,
  topCustomers,
  topShare,
} from '../../../../src/lib/components/clv/clvAnswer';
import {
  modelReliability,
  warningCodes,
  warningMessage,
} from '../../../../src/lib/components/clv/reliability';
import {
  applyView,
  toCall,
  toCallView,
  viewTable,
  type CustomerRecord,
} from '../../../../src/lib/components/customers/customerView';
import type { ClvJobResult } from '../../../../src/lib/models/clvJob';
import type { FitWarning } from '../../../../src/lib/models/fit';
import { en } from '../../../../src/lib/i18n/en';

/** Just the parts of a job result that reliability reads. */
const result = (bg: FitWarning[], gg: FitWarning[] | null) =>
  ({ bgnbd: { warnings: bg }, gammaGamma: gg === null ? null : { warnings: gg } }) as unknown as ClvJobResult;

describe('modelReliability', () => {
  it('a sound fit marks nothing', () => {
    expect(modelReliability(result([], []), result([], null))).toEqual({
      purchase: [],
      spend: [],
      pAlive: false,
      clv: false,
      codes: [],
    });
  });

  it('a drop-out that cannot be identified marks P(alive) and CLV', () => {
    const r = modelReliability(result([{ code: 'notIdentified', parameter: 'dropout' }], []), null);
    expect([r.pAlive, r.clv]).toEqual([true, true]);
    expect(r.codes).toEqual(['notIdentified:dropout']);
  });

  it('q ≤ 1 marks CLV but not P(alive)', () => {
    const r = modelReliability(result([], [{ code: 'noMeanSpend', values: { q: 0.8 } }]), null);
    expect([r.pAlive, r.clv]).toEqual([false, true]);
  });

  it("the holdout run's miss counts against the prediction fit; its other warnings do not", () => {
    const holdout = result(
      [
        { code: 'fewRepeaters' },
        { code: 'holdoutMiss', values: { miss: -0.18, predicted: 82, actual: 100 } },
      ],
      [],
    );
    const r = modelReliability(result([], []), holdout);
    expect(r.codes).toEqual(['holdoutMiss']);
    expect(r.pAlive).toBe(true);
  });

  it('warningCodes lists each code once, with its parameter', () => {
    expect(
      warningCodes([
        { code: 'notIdentified', parameter: 'b' },
        { code: 'notIdentified', parameter: 'b' },
        { code: 'notConverged' },
      ]),
    ).toEqual(['notIdentified:b', 'notConverged']);
  });

  it('every warning code has a message in words', () => {
    const codes: FitWarning[] = [
      { code: 'notIdentified', parameter: 'dropout' },
      { code: 'notIdentified', parameter: 'b' },
      { code: 'notIdentified' },
      { code: 'holdoutMiss' },
      { code: 'noMeanSpend' },
      { code: 'notConverged' },
      { code: 'startsDisagree' },
      { code: 'fewCustomers' },
      { code: 'fewRepeaters' },
      { code: 'shortPeriod' },
      { code: 'extremeParameters' },
    ];
    for (const w of codes) expect(Object.keys(en)).toContain(warningMessage(w).key);
    expect(warningMessage({ code: 'notIdentified', parameter: 'b' }).values.parameter).toBe('b');
    expect(en['clv.diag.notIdentified.dropout']).toMatch(/artefact of the model/);
  });
});

describe('lifetime value page: the answer first', () => {
  it('clvHistogram: round bars from 0 to the 99th percentile, the last open, every customer counted once', () => {
    // 100 values 0, 1, …, 99: the 99th percentile is 98 (index ⌊0.99 · 99⌋); 98 / 10 = 9.8 rounds up to
    // bars 10 wide: [0, 10) … [80, 90), then [90, …) open with 90 … 99.
    const values = Array.from({ length: 100 }, (_, i) => i);
    const bins = clvHistogram(values, 10);
    expect(bins.map((b) => b.from)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(bins.map((b) => b.count)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(bins.at(-1)!.to).toBeNull();
    // A huge customer lands in the open last bar instead of stretching the axis.
    const withWhale = clvHistogram([...values.slice(0, 99), 1e6], 10);
    expect(withWhale.map((b) => b.from)).toEqual(bins.map((b) => b.from));
    expect(withWhale.at(-1)!.count).toBe(10);
    // A refund-heavy customer below zero starts the first bar at a round negative edge: the range
    // −3 … 98 over 10 bars is 10.1 wide each, rounded up to 20.
    expect(clvHistogram([-3, ...values], 10)[0]).toEqual({ from: -20, to: 0, count: 1 });
    expect([niceStep(9.8), niceStep(0.031), niceStep(2200), niceStep(2)]).toEqual([10, 0.05, 2500, 2]);
  });

  it('topCustomers orders by predicted CLV, ties by input order; topShare of the best 10 %', () => {
    const scores = {
      pAlive: Float64Array.of(0.9, 0.5, 0.2, 0.7),
      expectedPurchases: Float64Array.of(1, 2, 3, 4),
      expectedSpend: Float64Array.of(1, 1, 1, 1),
      clv: Float64Array.of(10, 40, 40, 5),
    };
    const top = topCustomers(['a', 'b', 'c', 'd'], scores, Float64Array.of(100, 200, 300, 400), 3);
    expect(top.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(top[0]).toEqual({ id: 'b', revenue: 200, pAlive: 0.5, purchases: 2, clv: 40 });
    // 10 % of 4 customers rounds to 0, so at least one: 40 of 95.
    expect(topShare(scores.clv)).toBeCloseTo(40 / 95, 12);
  });

  it('realisedTwelveMonths pools complete cohorts at 12 months and says how many it rests on', () => {
    const r = (cohort: string, age: number, size: number, revenue: number, complete: boolean) =>
      ({
        cohort,
        cohort_start: cohort,
        segment: null,
        size,
        age,
        revenue,
        value: revenue / size,
        complete,
      }) as RealisedClvRow;
    const rows = [
      r('2023-01', 12, 100, 5000, true),
      r('2023-02', 12, 50, 1000, true),
      r('2023-03', 12, 70, 9999, false),
      r('2023-01', 6, 100, 3000, true),
    ];
    // (5000 + 1000) ÷ (100 + 50) = 40, over 2 cohorts and 150 customers.
    expect(realisedTwelveMonths(rows, 'month')).toEqual({ value: 40, cohorts: 2, customers: 150 });
    expect(realisedTwelveMonths(rows.slice(0, 1), 'month')).toEqual({
      value: 50,
      cohorts: 1,
      customers: 100,
    });
    // In quarters, 12 months is age 4: none here.
    expect(realisedTwelveMonths(rows, 'quarter')).toBeNull();
  });
});

describe('the ones to call: Champions and Loyal customers the model thinks may be gone', () => {
  const rec = (id: string, segment: string, pAlive: number | null): CustomerRecord => ({
    id,
    segment,
    firstPurchase: '2024-01-01',
    lastPurchase: '2024-06-01',
    purchases: 5,
    revenue: 100,
    pAlive,
    clv: pAlive === null ? null : 10,
    expectedPurchases: pAlive === null ? null : 1,
    r: 5,
    f: 5,
    m: 5,
    attrs: [],
  });
  const records = [
    rec('a', 'Champions', 0.03),
    rec('b', 'Champions', 0.8),
    rec('c', 'Loyal', 0.49),
    rec('d', 'Loyal', 0.5),
    rec('e', 'At risk', 0.1),
    rec('f', 'Champions', null),
  ];

  it('toCall: Champions or Loyal and P(alive) strictly below the threshold; unscored never', () => {
    expect(records.map((r) => toCall(r, 0.5))).toEqual([true, false, true, false, false, false]);
    expect(records.map((r) => toCall(r, 0.9))).toEqual([true, true, true, true, false, false]);
    expect(records.map((r) => toCall(r, 0))).toEqual([false, false, false, false, false, false]);
  });

  it('the "ones to call" view shows only them, least likely alive first', () => {
    expect(applyView(records, toCallView(0.5)).map((i) => records[i].id)).toEqual(['a', 'c']);
  });

  it('the export says who is to call and which fit warnings the numbers rest on', () => {
    const t = viewTable(records, [0, 1, 5], [], { callBelow: 0.5, modelWarnings: 'notIdentified:dropout' });
    expect(t.fields.slice(-2)).toEqual(['to_call', 'model_warnings']);
    expect(t.rows.map((row) => row.slice(-2))).toEqual([
      [true, 'notIdentified:dropout'],
      [false, 'notIdentified:dropout'],
      [false, ''],
    ]);
  });
});
