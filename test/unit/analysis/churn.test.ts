import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import { buildChurnSql, type ChurnRow } from '../../../src/lib/analysis/churn';
import {
  binGaps,
  gapStats,
  buildGapDistributionSql,
  buildInterPurchaseStatsSql,
  type GapCountRow,
  type InterPurchaseStatsRow,
} from '../../../src/lib/analysis/interPurchase';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';
import {
  dayNumber,
  refChurn,
  refInterPurchase,
  refOrderSurvival,
  type Occasions,
} from '../../helpers/churnReference';
import { seededRandom } from '../../helpers/survivalReference';
import { buildSurvivalInputSql, type SurvivalInputRow } from '../../../src/lib/analysis/survivalInput';
import { buildCustomerListSql, type CustomerLapseRow } from '../../../src/lib/analysis/customerList';

/** A customers-file spec: id, then attributes. */
function customersSpec(columns: string[]): LoadSpec {
  return {
    ...ordersSpec(columns),
    fileName: 'customers.csv',
    role: 'customers',
    fields: { customerId: 0 },
    attributes: columns.map((_, i) => i).slice(1),
  };
}

// A hand-worked shop (W = 30 days, as of 2024-05-31; 2024 is a leap year):
//   A: 01-10, 01-25, 03-20   gaps 15, 55 → lapses after 01-25 (event 02-24) and after 03-20 (event 04-19)
//   B: 02-05                 lapses (event 03-06)
//   C: 01-31, 03-01, 05-31   gap 30 is not more than W; gap 91 → lapse after 03-01 (event 03-31)
// Also a refund and a cancelled order, which are never occasions, and two orders of A on one day.
const HAND = [
  'order_id,customer_id,order_date,amount,status',
  '1,A,2024-01-10,10,paid',
  '2,A,2024-01-25,10,paid',
  '3,A,2024-01-25,15,paid',
  '4,A,2024-03-20,10,paid',
  '5,A,2024-04-25,-10,paid',
  '6,B,2024-02-05,10,paid',
  '7,B,2024-04-01,10,cancelled',
  '8,C,2024-01-31,10,paid',
  '9,C,2024-03-01,10,paid',
  '10,C,2024-05-31,10,paid',
].join('\n');

describe('churn SQL on a hand-worked shop', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
    await loadTexts(engine, [
      {
        spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status'], {
          cancelledStatuses: ['cancelled'],
        }),
        text: HAND,
      },
      { spec: customersSpec(['customer_id', 'tier']), text: 'customer_id,tier\nA,gold\nB,basic\n' },
    ]);
  });
  afterAll(() => engine.close());

  it('buildInterPurchaseStatsSql: gaps 15, 30, 55, 91 → median 42.5, p90 80.2, window 81', async () => {
    const [row] = await engine.query<InterPurchaseStatsRow>(
      buildInterPurchaseStatsSql({ asOf: '2024-05-31' }),
    );
    expect(row).toEqual({
      gaps: 4,
      repeaters: 2,
      median: 42.5,
      p90: expect.closeTo(80.2, 10),
      suggestedWindow: 81,
    });
    const dist = await engine.query<GapCountRow>(buildGapDistributionSql({ asOf: '2024-05-31' }));
    expect(dist).toEqual([15, 30, 55, 91].map((days) => ({ days, n: 1 })));
    expect(gapStats(dist)).toMatchObject({
      gaps: 4,
      median: 42.5,
      p90: expect.closeTo(80.2, 10),
      suggestedWindow: 81,
    });
    expect(binGaps(dist, 30, 60)).toEqual([
      { from: 0, to: 30, n: 1, overflow: false },
      { from: 30, to: 60, n: 2, overflow: false },
      { from: 60, to: 90, n: 1, overflow: true },
    ]);
  });

  it('buildChurnSql({period: "month", window: 30}) counts active, churned and lifecycle by hand', async () => {
    const rows = await engine.query<ChurnRow>(
      buildChurnSql({ window: 30, period: 'month', asOf: '2024-05-31' }),
    );
    const pick = (r: ChurnRow) => [
      r.period,
      r.activeAtStart,
      r.churned,
      r.churnRate,
      r.new,
      r.returning,
      r.resurrected,
      r.lapsed,
      r.complete,
    ];
    expect(rows.map(pick)).toEqual([
      ['2024-01', 0, 0, null, 2, 0, 0, 0, true],
      ['2024-02', 2, 1, 0.5, 1, 0, 0, 2, true],
      ['2024-03', 2, 2, 1, 0, 0, 2, 1, true],
      ['2024-04', 1, 1, 1, 0, 0, 0, 2, true],
      ['2024-05', 0, 0, null, 0, 0, 1, 0, true],
    ]);
  });

  it('buildChurnSql with an earlier as-of date leaves later occasions out and flags the open period', async () => {
    const rows = await engine.query<ChurnRow>(
      buildChurnSql({ window: 30, period: 'month', asOf: '2024-03-10' }),
    );
    // As of 03-10: A's lapse after 01-25 is seen (next occasion 03-20 is unknown, but 03-10 − 01-25 = 45 > 30);
    // B lapsed on 03-06 (03-10 − 02-05 = 34 > 30); C is active (last occasion 03-01).
    expect(rows.map((r) => [r.period, r.activeAtStart, r.churned, r.complete])).toEqual([
      ['2024-01', 0, 0, true],
      ['2024-02', 2, 1, true],
      ['2024-03', 2, 1, false],
    ]);
  });

  it('buildChurnSql({by}) splits by a customer attribute, blanks included', async () => {
    const rows = await engine.query<ChurnRow>(
      buildChurnSql({ window: 30, period: 'quarter', asOf: '2024-05-31', by: 'tier' }),
    );
    expect(rows.map((r) => [r.segment, r.period, r.activeAtStart, r.churned, r.new])).toEqual([
      ['(blank)', '2024-Q1', 0, 1, 1],
      ['(blank)', '2024-Q2', 0, 0, 0],
      ['basic', '2024-Q1', 0, 1, 1],
      ['basic', '2024-Q2', 0, 0, 0],
      ['gold', '2024-Q1', 0, 1, 1],
      ['gold', '2024-Q2', 1, 1, 0],
    ]);
  });

  it('buildSurvivalInputSql({kind: "orders"}) gives first → last occasion, censored at the as-of date', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'orders', window: 30, asOf: '2024-05-31', by: 'tier' }),
    );
    // A: 01-10 → 03-20 = 70 days, lapsed; B: 0 days, lapsed; C: active, censored at 01-31 → 05-31 = 121 days.
    expect(rows).toEqual([
      { grp: '(blank)', duration: 121, event: false, n: 1 },
      { grp: 'basic', duration: 0, event: true, n: 1 },
      { grp: 'gold', duration: 70, event: true, n: 1 },
    ]);
  });
});

// The lapse boundary (METRICS.md §4), W = 10 days, weeks, as of Sunday 2024-03-24:
//   P: 03-14                 lapse dated 03-14 + 10 = 03-24, exactly the as-of date → counted (week 12)
//   Q: 03-10, 03-20          returns on day W (gap 10) → no lapse; 03-20 + 10 = 03-30 is after the as-of date
//   R: 03-03, 03-14, 03-20   returns on day W + 1 (gap 11) → lapse dated 03-13 (week 11), then resurrected
// Weeks: W09 02-26…03-03, W10 03-04…03-10, W11 03-11…03-17, W12 03-18…03-24.
const BOUNDARY = [
  'order_id,customer_id,order_date,amount',
  '1,P,2024-03-14,10',
  '2,Q,2024-03-10,10',
  '3,Q,2024-03-20,10',
  '4,R,2024-03-03,10',
  '5,R,2024-03-14,10',
  '6,R,2024-03-20,10',
].join('\n');

describe('the lapse rule at its boundaries, the same on every page (METRICS.md §4–5)', () => {
  let engine: Engine;
  const asOf = '2024-03-24';
  beforeAll(async () => {
    engine = await freshEngine();
    await loadTexts(engine, [
      { spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount']), text: BOUNDARY },
    ]);
  });
  afterAll(() => engine.close());

  it('churn: the event on the as-of date counts, a return on day W is no lapse, day W + 1 is', async () => {
    const rows = await engine.query<ChurnRow>(buildChurnSql({ window: 10, period: 'week', asOf }));
    // Active at a week's start: R from 03-04 (W10), R and Q at 03-11, R, Q and P at 03-18.
    expect(
      rows.map((r) => [r.period, r.activeAtStart, r.churned, r.new, r.returning, r.resurrected, r.lapsed]),
    ).toEqual([
      ['2024-W09', 0, 0, 1, 0, 0, 0],
      ['2024-W10', 1, 0, 1, 0, 0, 1],
      ['2024-W11', 2, 1, 1, 0, 1, 1],
      ['2024-W12', 3, 1, 0, 1, 1, 1],
    ]);
    expect(rows.at(-1)!.complete).toBe(true);
    // The day-by-day reference agrees.
    const occasions: Occasions = new Map([
      ['P', ['2024-03-14'].map(dayNumber)],
      ['Q', ['2024-03-10', '2024-03-20'].map(dayNumber)],
      ['R', ['2024-03-03', '2024-03-14', '2024-03-20'].map(dayNumber)],
    ]);
    expect(refChurn(occasions, dayNumber(asOf), 10, 'week').map((r) => [r.activeAtStart, r.churned])).toEqual(
      rows.map((r) => [r.activeAtStart, r.churned]),
    );
  });

  it('survival: P lapsed on the as-of date is an event; Q and R are censored there', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'orders', window: 10, asOf }),
    );
    // P: 03-14 → 03-14 = 0 days, event; Q: 03-10 → 03-24 = 14; R: 03-03 → 03-24 = 21.
    expect(rows).toEqual([
      { grp: null, duration: 0, event: true, n: 1 },
      { grp: null, duration: 14, event: false, n: 1 },
      { grp: null, duration: 21, event: false, n: 1 },
    ]);
  });

  it('customer list: only P has lapsed by the as-of date', async () => {
    const rows = await engine.query<CustomerLapseRow>(buildCustomerListSql({ asOf }, [], 10));
    expect(rows.map((r) => [r.customer_id, r.lapsed])).toEqual([
      ['P', true],
      ['Q', false],
      ['R', false],
    ]);
  });

  it('a day earlier as-of date, P has not lapsed yet anywhere', async () => {
    const earlier = '2024-03-23';
    const churn = await engine.query<ChurnRow>(buildChurnSql({ window: 10, period: 'week', asOf: earlier }));
    expect(churn.at(-1)!.churned).toBe(0);
    const list = await engine.query<CustomerLapseRow>(buildCustomerListSql({ asOf: earlier }, [], 10));
    expect(list.find((r) => r.customer_id === 'P')!.lapsed).toBe(false);
  });
});

/** A random shop: customers with bursts of occasions, some orders refunded, a segment attribute. */
function generateShop(seed: number) {
  const random = seededRandom(seed);
  const lines = ['order_id,customer_id,order_date,amount'];
  const customers = ['customer_id,segment'];
  const occasions: Occasions = new Map();
  const base = dayNumber('2023-01-01');
  let id = 0;
  const nCustomers = 60 + Math.floor(random() * 60);
  for (let c = 0; c < nCustomers; c++) {
    const name = `c${c}`;
    const segment = ['north', 'south', 'west', ''][Math.floor(random() * 4)];
    customers.push(`${name},${segment}`);
    let day = base + Math.floor(random() * 600);
    const days = new Set<number>();
    const visits = 1 + Math.floor(-Math.log(1 - random()) * 5);
    for (let v = 0; v < visits && day < base + 730; v++) {
      const refund = random() < 0.1;
      lines.push(
        `${++id},${name},${new Date(day * 86_400_000).toISOString().slice(0, 10)},${refund ? -5 : 20}`,
      );
      if (!refund) days.add(day);
      // Gaps mix short repeats, long pauses (to produce lapses and resurrections) and same-day orders.
      day += random() < 0.15 ? 0 : Math.floor(-Math.log(1 - random()) * (random() < 0.3 ? 150 : 25));
    }
    if (days.size)
      occasions.set(
        name,
        [...days].sort((a, b) => a - b),
      );
  }
  return { orders: lines.join('\n'), customers: customers.join('\n'), occasions };
}

describe.each([101, 202, 303])('churn SQL against the day-by-day brute force (seed %d)', (seed) => {
  const shop = generateShop(seed);
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
    await loadTexts(engine, [
      { spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount']), text: shop.orders },
      { spec: customersSpec(['customer_id', 'segment']), text: shop.customers },
    ]);
  });
  afterAll(() => engine.close());
  const asOf = '2024-10-15';
  const asOfDay = dayNumber(asOf);
  const cut: Occasions = new Map(
    [...shop.occasions]
      .map(([c, days]) => [c, days.filter((d) => d <= asOfDay)] as [string, number[]])
      .filter(([, d]) => d.length),
  );

  it('matches the gap statistics', async () => {
    const [row] = await engine.query<InterPurchaseStatsRow>(buildInterPurchaseStatsSql({ asOf }));
    const ref = refInterPurchase(cut);
    expect(row.gaps).toBe(ref.gaps.length);
    expect(row.median).toBeCloseTo(ref.median!, 10);
    expect(row.p90).toBeCloseTo(ref.p90!, 10);
    expect(row.suggestedWindow).toBe(ref.suggestedWindow);
    // The page computes the same numbers from the distribution query alone.
    const fromCounts = gapStats(await engine.query<GapCountRow>(buildGapDistributionSql({ asOf })));
    expect(fromCounts.gaps).toBe(ref.gaps.length);
    expect(fromCounts.median).toBeCloseTo(ref.median!, 10);
    expect(fromCounts.p90).toBeCloseTo(ref.p90!, 10);
    expect(fromCounts.suggestedWindow).toBe(ref.suggestedWindow);
  });

  it.each([
    ['month', 45],
    ['week', 20],
    ['quarter', 90],
  ] as const)('matches churn and lifecycle per %s with W = %d', async (period, window) => {
    const rows = await engine.query<ChurnRow>(buildChurnSql({ window, period, asOf }));
    const ref = refChurn(cut, asOfDay, window, period);
    expect(
      rows.map(({ start, activeAtStart, churned, new: n, returning, resurrected, lapsed, complete }) => ({
        start,
        activeAtStart,
        churned,
        new: n,
        returning,
        resurrected,
        lapsed,
        complete,
      })),
    ).toEqual(ref.map(({ churnRate: _, ...r }) => r));
    rows.forEach((r, i) =>
      ref[i].churnRate === null
        ? expect(r.churnRate).toBeNull()
        : expect(r.churnRate).toBeCloseTo(ref[i].churnRate!, 12),
    );
  });

  it('matches per segment: each segment equals the brute force on its own customers', async () => {
    const rows = await engine.query<ChurnRow>(
      buildChurnSql({ window: 45, period: 'month', asOf, by: 'segment' }),
    );
    const segmentOf = new Map(
      shop.customers
        .split('\n')
        .slice(1)
        .map((l) => l.split(',') as [string, string]),
    );
    for (const segment of ['north', 'south', 'west', '(blank)']) {
      const mine = new Map([...cut].filter(([c]) => (segmentOf.get(c) || '(blank)') === segment));
      const got = rows.filter((r) => r.segment === segment);
      const ref = refChurn(cut, asOfDay, 45, 'month').map((r) => r.start);
      // Segments share the overall period range; compare the counts on it.
      const refSeg = refChurn(mine, asOfDay, 45, 'month');
      const offset = ref.indexOf(refSeg[0].start);
      expect(
        got.slice(offset).map((r) => [r.activeAtStart, r.churned, r.new, r.resurrected, r.lapsed]),
      ).toEqual(refSeg.map((r) => [r.activeAtStart, r.churned, r.new, r.resurrected, r.lapsed]));
      expect(got.slice(0, offset).every((r) => r.activeAtStart === 0 && r.churned === 0 && r.new === 0)).toBe(
        true,
      );
    }
  });

  it('matches the orders survival inputs', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'orders', window: 45, asOf }),
    );
    const counts = new Map<string, number>();
    for (const s of refOrderSurvival(cut, asOfDay, 45)) {
      const key = `${s.duration}|${s.event}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(new Map(rows.map((r) => [`${r.duration}|${r.event}`, r.n]))).toEqual(counts);
  });
});
