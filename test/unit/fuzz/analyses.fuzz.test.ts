import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChurnSql, type ChurnPeriod, type ChurnRow } from '../../../src/lib/analysis/churn';
import {
  buildClvColumnsSql,
  buildClvSpanSql,
  clvArraysFromColumns,
  clvJobInput,
  type ClvColumnsRow,
  type ClvSpanRow,
} from '../../../src/lib/analysis/clvInputs';
import { shapeCohorts } from '../../../src/lib/analysis/cohortShape';
import { buildCohortSql, type CohortCellRow, type CohortParams } from '../../../src/lib/analysis/cohorts';
import {
  buildGapDistributionSql,
  buildInterPurchaseStatsSql,
  type GapCountRow,
  type InterPurchaseStatsRow,
} from '../../../src/lib/analysis/interPurchase';
import { buildMonthlySql, type MonthlyRow } from '../../../src/lib/analysis/monthly';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import {
  buildRfmSegmentsSql,
  buildRfmSql,
  type RfmRow,
  type RfmSegmentRow,
} from '../../../src/lib/analysis/rfm';
import {
  buildMrrSql,
  buildSubscriptionChurnSql,
  type MrrRow,
  type SubscriptionChurnRow,
} from '../../../src/lib/analysis/subscriptionChurn';
import { buildSurvivalInputSql, type SurvivalInputRow } from '../../../src/lib/analysis/survivalInput';
import { survivalView } from '../../../src/lib/components/churn/survivalView';
import type { Engine } from '../../../src/lib/engine/types';
import { runClvModels } from '../../../src/lib/models/clvJob';
import { dayNumber, periodStart } from '../../helpers/churnReference';
import { freshEngine } from '../../helpers/engine';
import { refMedian } from '../../helpers/survivalReference';
import { iso, loadShop, occasionsOf, shopArbitrary, type Shop } from './shop';

/**
 * Invariants every analysis must keep on any shop, checked on random small shops (seeded globally in
 * test/setup.ts). Each case loads the shop into one shared Node engine and runs the real SQL. A failure
 * prints the shrunk shop: the smallest data that breaks the rule.
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** Few cases per property: each loads a shop and runs real SQL (about 0.1–0.5 s). */
const RUNS = { numRuns: 25 };
const EPS = 1e-9;

const q = <T extends Record<string, unknown>>(sql: string) => engine.query(sql) as unknown as Promise<T[]>;

/** Customers with at least one purchase occasion, and each one's occasion days (day numbers). */
function occasionDays(shop: Shop): Map<string, number[]> {
  return new Map([...occasionsOf(shop)].map(([c, days]) => [c, days.map((d) => dayNumber(iso(d)))]));
}

const period = fc.constantFrom<ChurnPeriod>('week', 'month', 'quarter', 'year');

describe('ingest of random shops', () => {
  it('read = loaded + rejected per file and overall; only the planted bad rows are rejected', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, async (shop) => {
        const info = await loadShop(engine, shop);
        for (const f of info.files) expect(f.rows.read).toBe(f.rows.loaded + f.rows.rejected);
        expect(info.rows.read).toBe(info.rows.loaded + info.rows.rejected);
        const orders = info.files.find((f) => f.role === 'orders')!;
        expect(orders.rows).toEqual({
          read: shop.lines.length + shop.bad.length,
          loaded: shop.lines.length,
          rejected: shop.bad.length,
        });
        const [{ n }] = await q<{ n: number }>('SELECT count(*) AS n FROM customers');
        expect(n).toBe(new Set(shop.lines.map((l) => l.customer)).size);
      }),
      RUNS,
    );
  });
});

describe('overview and monthly activity', () => {
  it('count every occasion once; each month new + returning = customers active in it', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, async (shop) => {
        await loadShop(engine, shop);
        const occasions = occasionDays(shop);
        const [overview] = await q<OverviewRow>(buildOverviewSql({}));
        expect(overview.occasions).toBe([...occasions.values()].reduce((s, d) => s + d.length, 0));
        const months = await q<MonthlyRow>(buildMonthlySql({}));
        const active = new Map<string, Set<string>>();
        for (const [c, days] of occasions)
          for (const d of days) {
            const m = new Date(d * 86_400_000).toISOString().slice(0, 7);
            active.set(m, (active.get(m) ?? new Set()).add(c));
          }
        for (const m of months)
          expect(m.newCustomers + m.returningCustomers, m.month).toBe(active.get(m.month)?.size ?? 0);
        expect(months.reduce((s, m) => s + m.newCustomers, 0)).toBe(occasions.size);
        // No month is missing between the first and the last.
        for (let i = 1; i < months.length; i++) {
          const [y, mo] = months[i - 1].month.split('-').map(Number);
          expect(months[i].month).toBe(mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`);
        }
      }),
      RUNS,
    );
  });
});

describe('cohorts', () => {
  const params = fc.record({
    period: fc.constantFrom<CohortParams['period']>('week', 'month', 'quarter'),
    mode: fc.constantFrom<NonNullable<CohortParams['mode']>>('in-period', 'unbounded'),
    by: fc.constantFrom(null, 'channel', 'region'),
    anchor: fc.constantFrom<NonNullable<CohortParams['anchor']>>('first-purchase', 'signup'),
  });

  it('retention stays in [0, 1], cohort size is the period-0 count, sizes add up to all buyers', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, params, async (shop, p) => {
        await loadShop(engine, shop);
        const rows = await q<CohortCellRow>(buildCohortSql({ ...p, measure: 'customers' }));
        const buyers = occasionsOf(shop).size;
        if (buyers > 0 && p.anchor === 'first-purchase') expect(rows.length).toBeGreaterThan(0);
        const lines = new Map<string, CohortCellRow[]>();
        for (const r of rows) {
          const where = `${r.segment}/${r.cohort} k=${r.k}`;
          expect(r.retained, where).toBeGreaterThanOrEqual(0);
          expect(r.retained, where).toBeLessThanOrEqual(r.base);
          expect(r.base, where).toBeLessThanOrEqual(r.size);
          const key = `${r.segment}\u0000${r.cohort}`;
          lines.set(key, [...(lines.get(key) ?? []), r]);
        }
        let total = 0;
        for (const [key, cells] of lines) {
          cells.sort((a, b) => a.k - b.k);
          expect(cells[0].k, key).toBe(0);
          total += cells[0].size;
          // Acquired by their first purchase: everyone buys in period 0.
          if (p.anchor === 'first-purchase') expect(cells[0].retained, key).toBe(cells[0].size);
          for (let i = 1; i < cells.length; i++) {
            expect(cells[i].k, key).toBe(cells[i - 1].k + 1);
            // Complete cells come first: period c + k ends no earlier than period c + k − 1.
            if (cells[i].complete) expect(cells[i - 1].complete, key).toBe(true);
            // "In k or later" can only shrink as k grows.
            if (p.mode === 'unbounded')
              expect(cells[i].retained, key).toBeLessThanOrEqual(cells[i - 1].retained);
          }
        }
        if (p.anchor === 'first-purchase') expect(total).toBe(buyers);
        const table = shapeCohorts(rows, 'customers');
        for (const point of [...table.average, ...table.segments.flatMap((s) => s.average)])
          if (point.value !== null) {
            expect(point.value).toBeGreaterThanOrEqual(0);
            expect(point.value).toBeLessThanOrEqual(1 + EPS);
            expect(point.lower!).toBeLessThanOrEqual(point.value + EPS);
            expect(point.upper!).toBeGreaterThanOrEqual(point.value - EPS);
          }
      }),
      RUNS,
    );
  });
});

describe('churn and lifecycle', () => {
  const params = fc.record({
    window: fc.integer({ min: 1, max: 200 }),
    period,
    by: fc.constantFrom(null, 'region'),
  });

  it('active at start carries over: A(P+1) = A(P) + spells started in P − churned in P', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, params, async (shop, p) => {
        await loadShop(engine, shop);
        const rows = await q<ChurnRow>(buildChurnSql(p));
        // Segments split customers, so the balance holds for their sum per period.
        const byPeriod = new Map<string, { start: string; a: number; churned: number; complete: boolean }>();
        for (const r of rows) {
          const t = byPeriod.get(r.start) ?? { start: r.start, a: 0, churned: 0, complete: r.complete };
          t.a += r.activeAtStart;
          t.churned += r.churned;
          byPeriod.set(r.start, t);
        }
        const periods = [...byPeriod.values()].sort((a, b) => a.start.localeCompare(b.start));
        if (occasionsOf(shop).size > 0) expect(periods.length).toBeGreaterThan(0);
        // A spell of activity starts at an occasion more than W days after the one before (or the first).
        const starts = new Map<number, number>();
        for (const days of occasionDays(shop).values())
          days.forEach((d, i) => {
            if (i > 0 && d - days[i - 1] <= p.window) return;
            const ps = periodStart(d, p.period);
            starts.set(ps, (starts.get(ps) ?? 0) + 1);
          });
        for (let i = 0; i + 1 < periods.length; i++) {
          const cur = periods[i];
          const next = periods[i + 1];
          const spells = starts.get(dayNumber(cur.start)) ?? 0;
          expect(next.a, `${cur.start} → ${next.start}`).toBe(cur.a + spells - cur.churned);
        }
        for (const r of rows) {
          expect(r.activeAtStart).toBeGreaterThanOrEqual(0);
          expect(r.churned).toBeGreaterThanOrEqual(0);
          if (r.activeAtStart > 0) expect(r.churnRate).toBeCloseTo(r.churned / r.activeAtStart, 12);
          else expect(r.churnRate).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('lifecycle adds up: new + returning + resurrected = active; lapsed = active before − returning', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, params, async (shop, p) => {
        await loadShop(engine, shop);
        const rows = await q<ChurnRow>(buildChurnSql(p));
        const occasions = occasionDays(shop);
        const activeIn = new Map<number, number>();
        for (const days of occasions.values())
          for (const ps of new Set(days.map((d) => periodStart(d, p.period))))
            activeIn.set(ps, (activeIn.get(ps) ?? 0) + 1);
        const sum = new Map<string, number>();
        for (const r of rows) sum.set(r.start, (sum.get(r.start) ?? 0) + r.new + r.returning + r.resurrected);
        for (const [start, n] of sum) expect(n, start).toBe(activeIn.get(dayNumber(start)) ?? 0);
        expect(rows.reduce((s, r) => s + r.new, 0)).toBe(occasions.size);
        const segments = new Map<string, ChurnRow[]>();
        for (const r of rows)
          segments.set(String(r.segment), [...(segments.get(String(r.segment)) ?? []), r]);
        for (const [segment, list] of segments)
          for (let i = 1; i < list.length; i++) {
            const before = list[i - 1].new + list[i - 1].returning + list[i - 1].resurrected;
            expect(list[i].lapsed, `${segment} ${list[i].start}`).toBe(before - list[i].returning);
          }
      }),
      RUNS,
    );
  });
});

describe('time between purchases and survival', () => {
  it('gaps number occasions − buyers; the suggested window is ⌈p90⌉', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, async (shop) => {
        await loadShop(engine, shop);
        const occasions = [...occasionsOf(shop).values()];
        const [stats] = await q<InterPurchaseStatsRow>(buildInterPurchaseStatsSql({}));
        const gaps = await q<GapCountRow>(buildGapDistributionSql({}));
        const expected = occasions.reduce((s, d) => s + d.length - 1, 0);
        expect(stats.gaps).toBe(expected);
        expect(stats.repeaters).toBe(occasions.filter((d) => d.length > 1).length);
        expect(gaps.reduce((s, g) => s + g.n, 0)).toBe(expected);
        for (const g of gaps) expect(g.days).toBeGreaterThanOrEqual(1);
        if (expected > 0) {
          expect(stats.median!).toBeLessThanOrEqual(stats.p90!);
          expect(stats.suggestedWindow).toBe(Math.ceil(stats.p90!));
        } else expect(stats.suggestedWindow).toBeNull();
      }),
      RUNS,
    );
  });

  it('survival is non-increasing in [0, 1] with lower ≤ S ≤ upper; every buyer is followed once', async () => {
    const params = fc.record({
      window: fc.integer({ min: 1, max: 200 }),
      by: fc.constantFrom(null, 'region', 'channel'),
      kind: fc.constantFrom('orders' as const, 'subscriptions' as const),
    });
    await fc.assert(
      fc.asyncProperty(shopArbitrary, params, async (shop, p) => {
        await loadShop(engine, shop);
        if (p.kind === 'subscriptions' && shop.subscriptions.length === 0) return;
        const byTable = p.kind === 'subscriptions' ? ('customers' as const) : undefined;
        const rows = await q<SurvivalInputRow>(
          buildSurvivalInputSql({ kind: p.kind, window: p.window, by: p.by, byTable, maxGroups: 6 }),
        );
        const view = survivalView(rows, 'All');
        const n = view.groups.reduce((s, g) => s + g.curve.n, 0);
        if (p.kind === 'orders') expect(n).toBe(occasionsOf(shop).size);
        for (const g of view.groups) {
          let last = 1;
          for (const r of g.curve.table) {
            expect(r.survival, `${g.name} t=${r.time}`).toBeLessThanOrEqual(last + EPS);
            expect(r.survival).toBeGreaterThanOrEqual(0);
            if (r.lower !== null) expect(r.lower).toBeLessThanOrEqual(r.survival + EPS);
            if (r.upper !== null) expect(r.upper).toBeGreaterThanOrEqual(r.survival - EPS);
            if (r.lower !== null && r.upper !== null) {
              expect(r.lower).toBeGreaterThanOrEqual(0);
              expect(r.upper).toBeLessThanOrEqual(1 + EPS);
            }
            last = r.survival;
          }
          expect(g.curve.median).toBe(refMedian(g.curve.table));
        }
        if (view.test) {
          expect(view.test.chi2).toBeGreaterThanOrEqual(-EPS);
          expect(view.test.p).toBeGreaterThanOrEqual(0);
          expect(view.test.p).toBeLessThanOrEqual(1);
          expect(view.test.df).toBeLessThanOrEqual(view.groups.length - 1);
        }
      }),
      RUNS,
    );
  });
});

describe('RFM', () => {
  it('puts every buyer in exactly one segment, scored 1–5', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, async (shop) => {
        await loadShop(engine, shop);
        const buyers = occasionsOf(shop).size;
        const rows = await q<RfmRow>(buildRfmSql({}));
        const segments = await q<RfmSegmentRow>(buildRfmSegmentsSql({}));
        expect(rows.length).toBe(buyers);
        expect(new Set(rows.map((r) => r.customer_id)).size).toBe(buyers);
        expect(segments.reduce((s, r) => s + r.customers, 0)).toBe(buyers);
        for (const r of rows)
          for (const score of [r.r, r.f, r.m]) {
            expect(score).toBeGreaterThanOrEqual(1);
            expect(score).toBeLessThanOrEqual(5);
          }
      }),
      RUNS,
    );
  });
});

describe('lifetime value models on random shops', () => {
  const params = fc.record({
    unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
    holdout: fc.boolean(),
  });
  const finitePositive = (v: number, what: string) => {
    expect(Number.isFinite(v), `${what} = ${v}`).toBe(true);
    expect(v, what).toBeGreaterThan(0);
  };

  it('fits positive, finite parameters and scores every customer with finite numbers', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, params, async (shop, p) => {
        await loadShop(engine, shop);
        const [span] = await q<ClvSpanRow>(buildClvSpanSql({}));
        if (!span.origin || !span.as_of) return;
        const calibrationEnd = p.holdout
          ? iso(Math.floor((dayNumber(span.origin) + dayNumber(span.as_of)) / 2) - dayNumber('2023-01-01'))
          : null;
        const [columns] = await q<ClvColumnsRow>(buildClvColumnsSql({ unit: p.unit, calibrationEnd }));
        const [calSpan] = await q<ClvSpanRow>(buildClvSpanSql({ calibrationEnd }));
        const arrays = clvArraysFromColumns(columns);
        for (let i = 0; i < arrays.x.length; i++) {
          expect(arrays.x[i]).toBeGreaterThanOrEqual(0);
          expect(arrays.tx[i]).toBeGreaterThanOrEqual(0);
          expect(arrays.tx[i]).toBeLessThanOrEqual(arrays.T[i] + EPS);
        }
        const result = runClvModels(
          clvJobInput(arrays, calSpan, { unit: p.unit, horizonMonths: 12, monthlyDiscount: 0.01, margin: 1 }),
        );
        for (const [k, v] of Object.entries(result.bgnbd.params)) finitePositive(v, `BG/NBD ${k}`);
        if (result.gammaGamma)
          for (const [k, v] of Object.entries(result.gammaGamma.params))
            finitePositive(v, `Gamma-Gamma ${k}`);
        const s = result.scores;
        for (let i = 0; i < arrays.x.length; i++) {
          expect(s.pAlive[i]).toBeGreaterThanOrEqual(0);
          expect(s.pAlive[i]).toBeLessThanOrEqual(1);
          expect(Number.isFinite(s.expectedPurchases[i]) && s.expectedPurchases[i] >= 0).toBe(true);
          expect(Number.isFinite(s.clv[i]), `clv of ${arrays.ids[i]}`).toBe(true);
        }
        if (result.holdout) {
          expect(Number.isFinite(result.holdout.predicted) && result.holdout.predicted >= 0).toBe(true);
          for (const v of result.holdout.tracking) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('subscriptions', () => {
  it('active customers and recurring revenue carry over from one period to the next', async () => {
    await fc.assert(
      fc.asyncProperty(
        shopArbitrary.filter((s) => s.subscriptions.length > 0),
        period,
        async (shop, p) => {
          await loadShop(engine, shop);
          const rows = await q<SubscriptionChurnRow>(buildSubscriptionChurnSql({ period: p }));
          for (let i = 0; i < rows.length; i++) {
            const r = rows[i];
            expect(r.activeAtEnd, r.period).toBe(r.activeAtStart + r.new + r.reactivated - r.churned);
            expect(r.activeAtEnd).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(r.activeAtStart, r.period).toBe(rows[i - 1].activeAtEnd);
          }
          const mrr = await q<MrrRow>(buildMrrSql({}));
          for (let i = 0; i < mrr.length; i++) {
            const m = mrr[i];
            const moved = m.mrrStart + m.new + m.expansion - m.contraction - m.churned + m.reactivation;
            expect(m.mrrEnd, m.period).toBeCloseTo(moved, 6);
            if (i > 0) expect(m.mrrStart, m.period).toBeCloseTo(mrr[i - 1].mrrEnd, 6);
          }
        },
      ),
      RUNS,
    );
  });
});
