import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import {
  buildDriverColumnsSql,
  buildDriverCustomersSql,
  buildDriverLevelsSql,
  buildDriversSql,
  driverCandidates,
  type DriverColumnRow,
  type DriverCustomerRow,
  type DriverInputRow,
} from '../../../src/lib/analysis/drivers';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

// A tiny shop, worked by hand (day numbers from 2024-01-01; as-of = last order, day 300; W = 30):
//   A: day 0 web 10 (no coupon), day 20 store 20, day 100 web 30 → lapsed, duration 100; 2 channels by day 30
//   B: day 0 web 100 SAVE10, day 280 web 50                     → active, censored at 300; 1 channel
//   C: day 10 app 50 coupon "0"                                  → lapsed, duration 0
//   D: day 50 store 40 X, day 60 web 40                          → lapsed, duration 10 (not past day 30)
//   E: day 300 web 70 "none"                                     → active, censored at 0
const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
const ORDERS = [
  'order_id,customer_id,order_date,amount,channel,coupon',
  `1,A,${day(0)},10,web,`,
  `2,A,${day(20)},20,store,`,
  `3,A,${day(100)},30,web,`,
  `4,B,${day(0)},100,web,SAVE10`,
  `5,B,${day(280)},50,web,`,
  `6,C,${day(10)},50,app,0`,
  `7,D,${day(50)},40,store,X`,
  `8,D,${day(60)},40,web,`,
  `9,E,${day(300)},70,web,none`,
].join('\n');
// member_since: A joined on day 14 (by the landmark, day 30), B on day 152 (after it), E on day 335.
const CUSTOMERS = [
  'customer_id,tier,member_since',
  'A,gold,2024-01-15',
  'B,gold,2024-06-01',
  'C,silver,',
  'E,silver,2024-12-01',
].join('\n');
const customersSpec: LoadSpec = {
  ...ordersSpec(['customer_id', 'tier', 'member_since']),
  fileName: 'customers.csv',
  role: 'customers',
  fields: { customerId: 0 },
  attributes: [1, 2],
};

let engine: Engine;
let columns: DriverColumnRow[];
beforeAll(async () => {
  engine = await freshEngine();
  await loadTexts(engine, [
    { spec: ordersSpec(ORDERS.split('\n')[0].split(',')), text: ORDERS },
    { spec: customersSpec, text: CUSTOMERS },
  ]);
  columns = await engine.query<DriverColumnRow>(buildDriverColumnsSql());
});
afterAll(() => engine.close());

const params = { window: 30, landmarkDays: 30, minLevel: 2 };
const rowsOf = (rows: DriverInputRow[]) => rows.map((r) => [r.k, r.level, r.duration, r.event, r.n]);

describe('driverCandidates', () => {
  it('offers every customer attribute, the value band, the coupon and the channels by the landmark', () => {
    expect(driverCandidates(columns)).toEqual([
      { kind: 'attribute', column: 'channel' },
      { kind: 'attribute', column: 'coupon' },
      { kind: 'attribute', column: 'tier' },
      { kind: 'joinDate', column: 'member_since' },
      { kind: 'valueBand' },
      { kind: 'discount', column: 'coupon' },
      { kind: 'channels', column: 'channel' },
    ]);
  });

  it('treats a column named like a join date as a landmark attribute', () => {
    expect(
      driverCandidates([
        { table: 'customers', column: 'member_since' },
        { table: 'customers', column: 'Loyalty join date' },
        { table: 'customers', column: 'member' },
      ]).map((c) => c.kind),
    ).toEqual(['joinDate', 'joinDate', 'attribute', 'valueBand']);
  });
});

describe('buildDriversSql', () => {
  it('gives each level its durations and events, pooling small levels as (other)', async () => {
    const rows = await engine.query<DriverInputRow>(
      buildDriversSql({ ...params, candidates: driverCandidates(columns) }),
    );
    expect(rowsOf(rows)).toEqual([
      // first-order channel: web A(100, lapsed) B(300) E(0); app C and store D pooled
      [0, '(other)', 0, true, 1],
      [0, '(other)', 10, true, 1],
      [0, 'web', 0, false, 1],
      [0, 'web', 100, true, 1],
      [0, 'web', 300, false, 1],
      // first-order coupon as written: blank, SAVE10, 0, X, none — one customer each, all pooled
      [1, '(other)', 0, false, 1],
      [1, '(other)', 0, true, 1],
      [1, '(other)', 10, true, 1],
      [1, '(other)', 100, true, 1],
      [1, '(other)', 300, false, 1],
      // tier: gold A B, silver C E, D has none (blank, 1 customer → other)
      [2, '(other)', 10, true, 1],
      [2, 'gold', 100, true, 1],
      [2, 'gold', 300, false, 1],
      [2, 'silver', 0, false, 1],
      [2, 'silver', 0, true, 1],
      // member by day 30, among A and B (past the landmark): A yes, B no — one each, so pooled
      [3, '(other)', 70, true, 1],
      [3, '(other)', 270, false, 1],
      // value band: quartiles of 10, 40, 50, 70, 100 are 40, 50, 70 → A D in Q1, C Q2, E Q3, B Q4
      [4, '(other)', 0, false, 1],
      [4, '(other)', 0, true, 1],
      [4, '(other)', 300, false, 1],
      [4, 'Q1', 10, true, 1],
      [4, 'Q1', 100, true, 1],
      // coupon used on the first order: B (SAVE10) and D (X); A blank, C "0", E "none" did not
      [5, 'no', 0, false, 1],
      [5, 'no', 0, true, 1],
      [5, 'no', 100, true, 1],
      [5, 'yes', 10, true, 1],
      [5, 'yes', 300, false, 1],
      // channels by day 30, among A and B (past the landmark): one each, so pooled
      [6, '(other)', 70, true, 1],
      [6, '(other)', 270, false, 1],
    ]);
  });

  it('compares channels by the landmark only among customers past it, timed from it', async () => {
    const rows = await engine.query<DriverInputRow>(
      buildDriversSql({ ...params, minLevel: 1, candidates: [{ kind: 'channels', column: 'channel' }] }),
    );
    // A: web and store by day 30, lapsed at 100 → 70 from the landmark; B: web only, censored at 300 → 270.
    expect(rowsOf(rows)).toEqual([
      [0, '1', 270, false, 1],
      [0, '2', 70, true, 1],
    ]);
  });

  it('counts a loyalty join date by the landmark, among customers past it, timed from it', async () => {
    const rows = await engine.query<DriverInputRow>(
      buildDriversSql({ ...params, minLevel: 1, candidates: [{ kind: 'joinDate', column: 'member_since' }] }),
    );
    expect(rowsOf(rows)).toEqual([
      [0, 'no', 270, false, 1],
      [0, 'yes', 70, true, 1],
    ]);
  });

  it('lists the customers behind a level, and every customer with their levels and revenue', async () => {
    const list = await engine.query<DriverCustomerRow>(
      buildDriverCustomersSql(params, { kind: 'attribute', column: 'tier' }, 'gold'),
    );
    expect(list).toEqual([
      { customer_id: 'A', first_purchase: day(0), duration: 100, event: true },
      { customer_id: 'B', first_purchase: day(0), duration: 300, event: false },
    ]);
    // The pooled level lists the customers of every small level (D, the only one without a tier).
    const other = await engine.query<DriverCustomerRow>(
      buildDriverCustomersSql(params, { kind: 'attribute', column: 'tier' }, '(other)'),
    );
    expect(other.map((r) => r.customer_id)).toEqual(['D']);
    const levels = await engine.query(
      buildDriverLevelsSql({
        ...params,
        candidates: [
          { kind: 'attribute', column: 'tier' },
          { kind: 'channels', column: 'channel' },
        ],
      }),
    );
    expect(levels).toEqual([
      { customer_id: 'A', revenue: 60, l0: 'gold', l1: '(other)' },
      { customer_id: 'B', revenue: 150, l0: 'gold', l1: '(other)' },
      { customer_id: 'C', revenue: 50, l0: 'silver', l1: null },
      { customer_id: 'D', revenue: 80, l0: '(other)', l1: null },
      { customer_id: 'E', revenue: 70, l0: 'silver', l1: null },
    ]);
  });

  it('never interpolates a column name into the SQL', () => {
    const sql = buildDriversSql({
      ...params,
      candidates: [{ kind: 'attribute', column: 'x"; DROP TABLE orders; --' }],
    });
    expect(sql).toContain('"x""; DROP TABLE orders; --"');
  });
});
