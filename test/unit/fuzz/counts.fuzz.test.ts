import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChurnSql, type ChurnRow } from '../../../src/lib/analysis/churn';
import { buildClvCustomersSql, type ClvCustomerRow } from '../../../src/lib/analysis/clvInputs';
import { buildCohortSql, type CohortCellRow } from '../../../src/lib/analysis/cohorts';
import { buildCustomerCountsSql, type CustomerCountsRow } from '../../../src/lib/analysis/customerCounts';
import { buildCustomerListSql, type CustomerListRow } from '../../../src/lib/analysis/customerList';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import { buildSurvivalInputSql, type SurvivalInputRow } from '../../../src/lib/analysis/survivalInput';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine } from '../../helpers/engine';
import { loadShop, occasionsOf, shopArbitrary } from './shop';

/**
 * Customer counts reconcile on every page (METRICS.md §1): customers = distinct ids among loaded rows =
 * those with a purchase occasion + those left out (only cancelled or refunded orders), and every page
 * counts either all customers or those with a purchase — checked on random shops (seeded in test/setup.ts)
 * against counts taken from the shop itself.
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

const q = <T extends Record<string, unknown>>(sql: string) => engine.query(sql) as unknown as Promise<T[]>;

describe('customer counts on random shops', () => {
  it('customers = with a purchase + left out, and each page counts one of the two', async () => {
    await fc.assert(
      fc.asyncProperty(shopArbitrary, fc.integer({ min: 1, max: 200 }), async (shop, window) => {
        await loadShop(engine, shop);
        // From the shop: every customer with a loaded order line, and those with a purchase occasion.
        const all = new Set(shop.lines.map((l) => l.customer)).size;
        const buyers = occasionsOf(shop).size;
        const [counts] = await q<CustomerCountsRow>(buildCustomerCountsSql());
        expect(counts).toEqual({ customers: all, withPurchase: buyers, leftOut: all - buyers });

        const [overview] = await q<OverviewRow>(buildOverviewSql());
        expect(overview.customers).toBe(counts.customers);

        const cohorts = await q<CohortCellRow>(
          buildCohortSql({ period: 'month', anchor: 'first-purchase', measure: 'customers' }),
        );
        const sizes = cohorts.filter((r) => r.k === 0).reduce((s, r) => s + r.size, 0);
        expect(sizes).toBe(counts.withPurchase);

        const churn = await q<ChurnRow>(buildChurnSql({ window, period: 'month' }));
        expect(churn.reduce((s, r) => s + r.new, 0)).toBe(counts.withPurchase);

        const survival = await q<SurvivalInputRow>(buildSurvivalInputSql({ kind: 'orders', window }));
        expect(survival.reduce((s, r) => s + r.n, 0)).toBe(counts.withPurchase);

        const list = await q<CustomerListRow>(buildCustomerListSql({}, [], window));
        expect(list.length).toBe(counts.withPurchase);

        const clv = await q<ClvCustomerRow>(buildClvCustomersSql({ unit: 'week' }));
        expect(clv.length).toBe(counts.withPurchase);
      }),
      { numRuns: 20 },
    );
  });
});
