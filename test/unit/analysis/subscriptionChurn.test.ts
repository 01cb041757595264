import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import {
  buildMrrSql,
  buildSubscriptionChurnSql,
  type MrrRow,
  type SubscriptionChurnRow,
} from '../../../src/lib/analysis/subscriptionChurn';
import { buildSurvivalInputSql, type SurvivalInputRow } from '../../../src/lib/analysis/survivalInput';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';
import {
  dayNumber,
  isoDay,
  refMrr,
  refSpells,
  refSubscriptionChurn,
  type RefSubscription,
} from '../../helpers/churnReference';
import { seededRandom } from '../../helpers/survivalReference';

const COLUMNS = ['customer_id', 'start_date', 'end_date', 'monthly', 'plan'];
const subscriptionsSpec: LoadSpec = {
  ...ordersSpec(COLUMNS),
  fileName: 'subscriptions.csv',
  role: 'subscriptions',
  fields: { customerId: 0, startDate: 1, endDate: 2, recurringAmount: 3, plan: 4 },
  attributes: [],
};
const toCsv = (subs: RefSubscription[]) =>
  [
    COLUMNS.join(','),
    ...subs.map((s) => [s.customerId, s.start, s.end ?? '', s.amount, s.plan].join(',')),
  ].join('\n');

// Hand-worked, as of 2024-05-31:
//   X: basic 01-15 → 03-15 at 10, then pro from 03-15 (same-day upgrade: one spell, never churned) at 20
//   Y: 01-01 → 02-10 at 5 (churn in Feb), again 04-05 → 05-20 at 5 (reactivated in Apr, churned in May)
//   Z: 02-01 → 06-30 at 7 (the end is after the as-of date: still running), add-on 03-01 → 04-01 at 3
const HAND: RefSubscription[] = [
  { customerId: 'X', start: '2024-01-15', end: '2024-03-15', amount: 10, plan: 'basic' },
  { customerId: 'X', start: '2024-03-15', end: null, amount: 20, plan: 'pro' },
  { customerId: 'Y', start: '2024-01-01', end: '2024-02-10', amount: 5, plan: 'basic' },
  { customerId: 'Y', start: '2024-04-05', end: '2024-05-20', amount: 5, plan: 'pro' },
  { customerId: 'Z', start: '2024-02-01', end: '2024-06-30', amount: 7, plan: 'pro' },
  { customerId: 'Z', start: '2024-03-01', end: '2024-04-01', amount: 3, plan: 'addon' },
];

describe('subscription churn SQL on a hand-worked book', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
    await loadTexts(engine, [
      // An orders file is required to load; its last date (the default as-of date) is 2024-05-31.
      {
        spec: ordersSpec(['customer_id', 'order_date', 'amount']),
        text: 'customer_id,order_date,amount\nX,2024-05-31,1',
      },
      { spec: subscriptionsSpec, text: toCsv(HAND) },
    ]);
  });
  afterAll(() => engine.close());

  it('buildSubscriptionChurnSql: a customer churns when the last active subscription ends', async () => {
    const rows = await engine.query<SubscriptionChurnRow>(buildSubscriptionChurnSql({ period: 'month' }));
    expect(
      rows.map((r) => [
        r.period,
        r.activeAtStart,
        r.churned,
        r.churnRate,
        r.new,
        r.reactivated,
        r.activeAtEnd,
      ]),
    ).toEqual([
      ['2024-01', 0, 0, null, 2, 0, 2],
      ['2024-02', 2, 1, 0.5, 1, 0, 2],
      ['2024-03', 2, 0, 0, 0, 0, 2],
      ['2024-04', 2, 0, 0, 0, 1, 3],
      ['2024-05', 3, 1, 1 / 3, 0, 0, 2],
    ]);
  });

  it('buildMrrSql: new, expansion, contraction, churn, reactivation and NRR per month', async () => {
    const rows = await engine.query<MrrRow>(buildMrrSql({}));
    const pick = (r: MrrRow) => [
      r.period,
      r.mrrStart,
      r.mrrEnd,
      r.new,
      r.expansion,
      r.contraction,
      r.churned,
      r.reactivation,
    ];
    expect(rows.map(pick)).toEqual([
      ['2024-01', 0, 15, 15, 0, 0, 0, 0],
      ['2024-02', 15, 17, 7, 0, 0, 5, 0],
      ['2024-03', 17, 30, 0, 13, 0, 0, 0],
      ['2024-04', 30, 32, 0, 0, 3, 0, 5],
      ['2024-05', 32, 27, 0, 0, 0, 5, 0],
    ]);
    expect(rows.map((r) => r.nrr)).toEqual([null, 10 / 15, 30 / 17, 27 / 30, 27 / 32]);
  });

  it('buildSurvivalInputSql({kind: "subscriptions"}): spells from start to end, censored at the as-of date', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'subscriptions', by: 'plan' }),
    );
    // X: 01-15 → censored 05-31 = 137 days (plan of the spell's first subscription: basic);
    // Y: 40 days then 45 days, both churned; Z: 02-01 → censored 05-31 = 120 days.
    expect(rows).toEqual([
      { grp: 'basic', duration: 40, event: true, n: 1 },
      { grp: 'basic', duration: 137, event: false, n: 1 },
      { grp: 'pro', duration: 45, event: true, n: 1 },
      { grp: 'pro', duration: 120, event: false, n: 1 },
    ]);
  });
});

/** A random subscription book: renewals, same-day upgrades, overlaps, gaps and reactivations. */
function generateBook(seed: number): RefSubscription[] {
  const random = seededRandom(seed);
  const subs: RefSubscription[] = [];
  const base = dayNumber('2023-01-01');
  for (let c = 0; c < 40; c++) {
    let day = base + Math.floor(random() * 400);
    const n = 1 + Math.floor(random() * 4);
    for (let k = 0; k < n; k++) {
      const length = 5 + Math.floor(random() * 200);
      const open = random() < 0.2;
      subs.push({
        customerId: `k${c}`,
        start: isoDay(day),
        end: open ? null : isoDay(day + length),
        amount: [10, 20, 35][Math.floor(random() * 3)],
        plan: ['a', 'b'][Math.floor(random() * 2)],
      });
      // Next one: the same day the last ends (renewal/upgrade), overlapping (add-on) or after a gap.
      const r = random();
      day += r < 0.3 ? length : r < 0.6 ? Math.floor(length / 2) + 1 : length + 1 + Math.floor(random() * 90);
    }
  }
  return subs;
}

describe.each([7, 8, 9])('subscription SQL against the day-by-day brute force (seed %d)', (seed) => {
  const book = generateBook(seed);
  const asOf = '2024-06-15';
  const asOfDay = dayNumber(asOf);
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
    await loadTexts(engine, [
      {
        spec: ordersSpec(['customer_id', 'order_date', 'amount']),
        text: 'customer_id,order_date,amount\nx,2023-01-01,1',
      },
      { spec: subscriptionsSpec, text: toCsv(book) },
    ]);
  });
  afterAll(() => engine.close());

  it.each(['month', 'quarter'] as const)('matches logo churn per %s', async (period) => {
    const rows = await engine.query<SubscriptionChurnRow>(buildSubscriptionChurnSql({ period, asOf }));
    const ref = refSubscriptionChurn(book, asOfDay, period);
    expect(rows.map((r) => ({ ...r, period: undefined, complete: undefined, churnRate: undefined }))).toEqual(
      ref.map((r) => ({ ...r, period: undefined, complete: undefined, churnRate: undefined })),
    );
  });

  it('matches recurring-revenue movements and NRR', async () => {
    const rows = await engine.query<MrrRow>(buildMrrSql({ asOf }));
    const ref = refMrr(book, asOfDay);
    expect(rows.length).toBe(ref.length);
    rows.forEach((r, i) => {
      const { nrr, ...rest } = ref[i];
      expect(r).toMatchObject(rest);
      if (nrr === null) expect(r.nrr).toBeNull();
      else expect(r.nrr).toBeCloseTo(nrr, 12);
    });
  });

  it('matches the subscription survival inputs', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'subscriptions', asOf, by: 'plan' }),
    );
    const counts = new Map<string, number>();
    for (const s of refSpells(book, asOfDay)) {
      const key = `${s.firstSub.plan}|${(s.end ?? asOfDay) - s.start}|${s.end !== null}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(new Map(rows.map((r) => [`${r.grp}|${r.duration}|${r.event}`, r.n]))).toEqual(counts);
  });
});
