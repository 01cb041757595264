import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProfileOrdersSql,
  buildProfileSummarySql,
  type ProfileOrderRow,
  type ProfileSummaryRow,
} from '../../../src/lib/analysis/customerProfile';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

// Five customers, worked by hand. A tricky id with a quote and SQL in it must just work.
const TRICKY = "o'brien'; DROP TABLE orders; --";
const CSV = [
  'order_id,customer_id,order_date,amount,status',
  'a1,C1,2024-01-05,100.00,ok',
  'a1,C1,2024-01-05,20.00,ok', // same order: 120
  'a2,C1,2024-01-05,30.00,ok', // same day: one occasion with a1
  'a3,C1,2024-02-10,-40.00,ok', // refund
  'a4,C1,2024-03-01,50.00,cancelled',
  'a5,C1,2024-04-20,80.00,ok',
  `b1,"${TRICKY.replaceAll('"', '""')}",2024-02-01,10.00,ok`,
  'c1,C3,2024-03-15,500.00,ok',
  'c2,C3,2024-04-01,500.00,ok',
  'c3,C3,2024-04-25,500.00,ok',
  'd1,C4,2024-01-02,5.00,ok',
  'e1,C5,2024-04-30,-15.00,ok', // refund only
].join('\n');

describe('the customer profile SQL, on a hand-worked shop', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
    const spec = ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status'], {
      cancelledStatuses: ['cancelled'],
    });
    await loadTexts(engine, [{ spec, text: CSV }]);
  });
  afterAll(() => engine.close());

  it("buildProfileOrdersSql('C1') lists C1's five orders, line items summed, with their kinds", async () => {
    const rows = await engine.query<ProfileOrderRow>(buildProfileOrdersSql('C1'));
    expect(rows.map((r) => [r.order_date, r.order_id, r.amount, r.kind])).toEqual([
      ['2024-01-05', 'a1', 120, 'purchase'],
      ['2024-01-05', 'a2', 30, 'purchase'],
      ['2024-02-10', 'a3', -40, 'refund'],
      ['2024-03-01', 'a4', 50, 'cancelled'],
      ['2024-04-20', 'a5', 80, 'purchase'],
    ]);
  });

  it('buildProfileOrdersSql stops at the as-of date', async () => {
    const rows = await engine.query<ProfileOrderRow>(buildProfileOrdersSql('C1', '2024-02-10'));
    expect(rows.map((r) => r.order_id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('an id with quotes and SQL in it is only a value', async () => {
    const rows = await engine.query<ProfileOrderRow>(buildProfileOrdersSql(TRICKY));
    expect(rows.map((r) => r.order_id)).toEqual(['b1']);
    const [summary] = await engine.query<ProfileSummaryRow>(buildProfileSummarySql(TRICKY));
    expect(summary.customer_id).toBe(TRICKY);
  });

  it("buildProfileSummarySql('C1'): two occasions, net revenue 190, cohort 2024-01, RFM scores among five buyers", async () => {
    const [row] = await engine.query<ProfileSummaryRow>(buildProfileSummarySql('C1'));
    // Occasions: 5 Jan (a1 + a2) and 20 Apr (a5); the refund and the cancelled order are none.
    // Revenue: 120 + 30 − 40 + 80 = 190 (a cancelled positive order adds nothing).
    // Buyers (C5 has refunds only): last purchases C4 01-02 < tricky 02-01 < C1 04-20 < C3 04-25 → C1's
    // percent rank 2/3 → r = 1 + ⌊5 · 2/3⌋ = 4. Occasions 1, 1, 2, 3 → C1 ranks 2/3 → f = 4. Revenue
    // 5, 10, 190, 1500 → m = 4. As of 30 Apr (the last order): recency 10 days. Map row R4, fm (4+4+1)//2 = 4.
    expect(row).toMatchObject({
      customer_id: 'C1',
      occasions: 2,
      revenue: 190,
      first_purchase: '2024-01-05',
      last_purchase: '2024-04-20',
      cohort: '2024-01',
      recency: 10,
      r: 4,
      f: 4,
      m: 4,
      segment: 'Loyal',
    });
  });

  it('a customer with refunds only has no occasion, no scores and no cohort', async () => {
    const [row] = await engine.query<ProfileSummaryRow>(buildProfileSummarySql('C5'));
    expect(row).toMatchObject({ occasions: 0, revenue: -15, cohort: null, r: null, segment: null });
  });

  it('an unknown customer gives no row', async () => {
    expect(await engine.query(buildProfileSummarySql('nobody'))).toEqual([]);
  });
});
