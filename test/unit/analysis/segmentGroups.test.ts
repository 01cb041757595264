import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { buildCohortSql, type CohortCellRow } from '../../../src/lib/analysis/cohorts';
import {
  DEFAULT_TOP,
  groupSizes,
  keepList,
  MAX_SHOWN,
  rankSegments,
  segmentOrder,
  shownSegments,
  type SegmentSize,
} from '../../../src/lib/analysis/segmentGroups';
import { buildSegmentSizesSql, OTHER_SEGMENT } from '../../../src/lib/analysis/segments';
import { buildSurvivalInputSql, type SurvivalInputRow } from '../../../src/lib/analysis/survivalInput';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

/** Brute force: count each value, sort by count (then value), name the first `top`, add up the rest. */
function bruteForce(values: string[], top: number): { named: [string, number][]; other: number | null } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = sorted.slice(0, top);
  const rest = sorted.slice(top);
  return { named, other: rest.length ? rest.reduce((s, [, n]) => s + n, 0) : null };
}

const sizesOf = (values: string[]): SegmentSize[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // In no particular order: ranking is the function's job.
  return [...counts].reverse().map(([value, n]) => ({ value, n }));
};

describe('segment groups: the largest N by name, the rest as "(other)"', () => {
  it('matches a brute-force count on random data, and keeps every member counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: MAX_SHOWN }),
        (values, top) => {
          const ranked = rankSegments(sizesOf(values));
          const shown = shownSegments(ranked, { top, picked: [] });
          const groups = groupSizes(ranked, shown);
          const want = bruteForce(values, top);
          expect(shown).toEqual(want.named.map(([v]) => v));
          expect(groups.filter((g) => g.value !== OTHER_SEGMENT).map((g) => [g.value, g.n])).toEqual(
            want.named,
          );
          expect(groups.find((g) => g.value === OTHER_SEGMENT)?.n ?? null).toBe(want.other);
          expect(groups.reduce((s, g) => s + g.n, 0)).toBe(values.length);
          // SQL folds only when something is left over.
          expect(keepList(ranked, shown) === null).toBe(want.other === null);
        },
      ),
      { seed: 38, numRuns: 300 },
    );
  });

  it('shows the picked segments that exist, largest first, instead of the largest N', () => {
    const ranked = rankSegments([
      { value: 'UK', n: 100 },
      { value: 'EIRE', n: 8 },
      { value: 'France', n: 9 },
      { value: 'Iceland', n: 1 },
    ]);
    expect(shownSegments(ranked, { top: 2, picked: ['Iceland', 'EIRE', 'Atlantis'] })).toEqual([
      'EIRE',
      'Iceland',
    ]);
    expect(groupSizes(ranked, ['EIRE', 'Iceland'])).toEqual([
      { value: 'EIRE', n: 8 },
      { value: 'Iceland', n: 1 },
      { value: OTHER_SEGMENT, n: 109 },
    ]);
    // Nothing picked that exists: the largest N again.
    expect(shownSegments(ranked, { top: 2, picked: ['Atlantis'] })).toEqual(['UK', 'France']);
    // N out of range is clamped to 1 … MAX_SHOWN; a missing N is the default.
    expect(shownSegments(ranked, { top: 0, picked: [] })).toHaveLength(Math.min(DEFAULT_TOP, 4));
    expect(shownSegments(ranked, { top: 99, picked: [] })).toHaveLength(4);
    expect(['(other)', 'Iceland', 'UK'].sort(segmentOrder(ranked))).toEqual(['UK', 'Iceland', '(other)']);
  });
});

describe('folding in SQL: the cohort grid and the survival input use the same groups', () => {
  let engine: Engine;
  // 14 customers: 6 in Norway, 4 in Sweden, 2 in Denmark, 1 in Finland, 1 with no country.
  const COUNTRIES = ['NO', 'NO', 'NO', 'NO', 'NO', 'NO', 'SE', 'SE', 'SE', 'SE', 'DK', 'DK', 'FI', ''];
  beforeAll(async () => {
    engine = await freshEngine();
    const lines = ['customer_id,order_id,order_date,amount,country'];
    COUNTRIES.forEach((c, i) => {
      lines.push(`c${i},o${i}a,2024-01-${String(1 + i).padStart(2, '0')},10,${c}`);
      if (i % 2 === 0) lines.push(`c${i},o${i}b,2024-02-${String(1 + i).padStart(2, '0')},10,${c}`);
    });
    await loadTexts(engine, [
      {
        spec: ordersSpec(['customer_id', 'order_id', 'order_date', 'amount', 'country']),
        text: lines.join('\n'),
      },
    ]);
  });
  afterAll(() => engine?.close());

  it('ranks the countries by customers, blank as (blank)', async () => {
    const rows = await engine.query<SegmentSize>(buildSegmentSizesSql('customers', 'country'));
    expect(rows.map((r) => [r.value, r.n])).toEqual([
      ['NO', 6],
      ['SE', 4],
      ['DK', 2],
      ['(blank)', 1],
      ['FI', 1],
    ]);
  });

  it('cohorts keep NO and SE by name and fold the other 4 customers into (other)', async () => {
    const rows = await engine.query<CohortCellRow>(
      buildCohortSql({ period: 'month', by: 'country', keep: ['NO', 'SE'] }),
    );
    const sizes = new Map<string, number>();
    for (const r of rows.filter((r) => r.k === 0))
      sizes.set(r.segment!, (sizes.get(r.segment!) ?? 0) + r.size);
    expect(Object.fromEntries(sizes)).toEqual({ NO: 6, SE: 4, [OTHER_SEGMENT]: 4 });
  });

  it('survival keeps the same groups', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'orders', window: 30, by: 'country', keep: ['NO', 'SE'] }),
    );
    const n = new Map<string, number>();
    for (const r of rows) n.set(r.grp!, (n.get(r.grp!) ?? 0) + r.n);
    expect(Object.fromEntries(n)).toEqual({ NO: 6, SE: 4, [OTHER_SEGMENT]: 4 });
  });
});
