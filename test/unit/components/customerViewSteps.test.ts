import { describe, expect, it } from 'vitest';
import type { CustomerListRow } from '../../../src/lib/analysis/customerList';
import {
  applyView,
  applyViewSteps,
  finish,
  joinScores,
  joinScoresSteps,
  sortSteps,
  viewRow,
  viewTable,
  type SortKey,
  type ViewSpec,
} from '../../../src/lib/components/customers/customerView';

/** A seeded random generator (LCG) so every run sees the same customers. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const SEGMENTS = ['Champions', 'At risk', "Can't lose them", 'Lost', 'Loyal'];
const REGIONS = ['north', 'South', 'øst', 'Nord', 'west', '=x', ''];

/** Random rows with ties, nulls and repeated values in every sortable column. */
function customers(n: number, seed: number): CustomerListRow[] {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: n }, (_, i) => ({
    customer_id: `c${Math.floor(next() * n * 2)}-${i}`,
    segment: pick(SEGMENTS),
    first_purchase: `2024-0${1 + Math.floor(next() * 9)}-01`,
    last_purchase: `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    recency: Math.floor(next() * 300),
    purchases: 1 + Math.floor(next() * 4),
    revenue: Math.round(next() * 20) * 25,
    r: 1 + Math.floor(next() * 5),
    f: 1 + Math.floor(next() * 5),
    m: 1 + Math.floor(next() * 5),
    'attr:region': next() < 0.15 ? null : pick(REGIONS),
    'attr:plan': next() < 0.5 ? null : pick(['a', 'b']),
  }));
}

function scoresFor(rows: CustomerListRow[], seed: number) {
  const next = random(seed);
  // The model sees a random subset, in another order, with tied values.
  const ids = rows.filter(() => next() < 0.8).map((r) => String(r.customer_id));
  ids.reverse();
  const values = () => Float64Array.from(ids, () => Math.round(next() * 10) / 10);
  return {
    ids,
    scores: { pAlive: values(), expectedPurchases: values(), expectedSpend: values(), clv: values() },
  };
}

const SORTS: SortKey[] = [
  'id',
  'segment',
  'lastPurchase',
  'purchases',
  'revenue',
  'pAlive',
  'clv',
  'attr:0',
  'attr:1',
];

describe('customer view in steps', () => {
  it('sortSteps gives what Array.prototype.sort gives, for any step size', () => {
    const next = random(3);
    for (const n of [0, 1, 2, 7, 64, 65, 1000]) {
      const xs = Array.from({ length: n }, (_, i) => ({ k: Math.floor(next() * 10), i }));
      const cmp = (a: { k: number; i: number }, b: { k: number; i: number }) => a.k - b.k || a.i - b.i;
      for (const step of [1, 2, 3, 8, 4096]) {
        expect(finish(sortSteps(xs, cmp, step))).toEqual([...xs].sort(cmp));
      }
    }
  });

  it.each([0, 1, 50, 997])(
    '%i customers: joinScoresSteps and applyViewSteps match joinScores and applyView',
    (n) => {
      const rows = customers(n, n + 11);
      const { ids, scores } = scoresFor(rows, n + 5);
      const attributes = ['region', 'plan'];
      for (const [i, s] of [
        [null, null],
        [ids, scores],
      ] as const) {
        const whole = joinScores(rows, attributes, i, s);
        for (const step of [1, 3, 64]) {
          const sliced = finish(joinScoresSteps(rows, attributes, i, s, step));
          expect(sliced).toEqual(whole);
          for (const sort of SORTS) {
            for (const descending of [false, true]) {
              for (const [search, segments] of [
                ['', []],
                ['NOR', []],
                [' c1', ['At risk', "Can't lose them"]],
                ['', ['Lost']],
              ] as [string, string[]][]) {
                const spec: ViewSpec = { search, segments, sort, descending };
                expect(finish(applyViewSteps(whole, spec, step))).toEqual(applyView(whole, spec));
              }
            }
          }
        }
      }
    },
  );

  it('yields between chunks, so a driver can give the page back', () => {
    const rows = customers(100, 1);
    let yields = 0;
    const steps = joinScoresSteps(rows, ['region'], null, null, 10);
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  it('viewRow is the row viewTable writes', () => {
    const records = joinScores(customers(20, 2), ['region', 'plan'], null, null);
    const order = applyView(records, { search: '', segments: [], sort: 'revenue', descending: true });
    expect(order.map((i) => viewRow(records[i]))).toEqual(viewTable(records, order, ['region', 'plan']).rows);
  });
});
