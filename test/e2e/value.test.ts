import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { refOccasionDays, refOrders } from '../helpers/reference';
import { sampleOrderLines } from '../helpers/sampleOrders';
import { foreignRequests, useApp } from './harness';

const app = useApp();

const monthOf = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

/**
 * Annual retention of the sample (METRICS.md §8: U_12 ÷ U_0 of the pooled "in k or later" curve, held
 * from rising), worked out customer by customer from the sample's order lines.
 */
function sampleAnnualRetention(): number {
  const lines = sampleOrderLines();
  const asOf = lines.reduce((m, l) => (l.date > m ? l.date : m), '');
  const next = new Date(Date.parse(asOf) + 86_400_000).toISOString().slice(0, 10);
  const customers = [...refOccasionDays(refOrders(lines))]
    .filter(([, days]) => days.size)
    .map(([, days]) => {
      const months = [...days].map(monthOf);
      const first = Math.min(...months);
      return { first, last: Math.max(...months) - first };
    });
  let u = 1;
  for (let k = 0; k <= 12; k++) {
    // Cohorts whose month k ended on or before the as-of date.
    const complete = customers.filter((c) => c.first + k < monthOf(next));
    u = Math.min(u, complete.filter((c) => c.last >= k).length / complete.length);
  }
  return u;
}

const attr = async (page: Page, name: string) =>
  Number(await page.getByTestId('value-page').getAttribute(name));

/** Type into a number field and commit it (the page reads it on change). */
async function setField(page: Page, testid: string, value: string) {
  await page.getByTestId(testid).fill(value);
  await page.getByTestId(testid).dispatchEvent('change');
}

describe('Value of retention', () => {
  it('draws the profit curves, the literature band and both retention curves for the sample', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await page.click('[data-section="value"]');
    for (const years of ['1y', '3y', '5y'])
      await page.waitForSelector(`[data-testid="value-profit"] svg [data-series="${years}"]`, {
        timeout: 60_000,
      });
    expect(await page.getByTestId('literature-band').count()).toBe(1);
    const curves = page.getByTestId('value-curves');
    for (const series of ['baseline', 'baseline-extrapolated', 'scenario', 'scenario-extrapolated'])
      expect(await curves.locator(`[data-series="${series}"]`).count()).toBe(1);
    expect(
      await curves.locator('[data-series="baseline-extrapolated"]').getAttribute('stroke-dasharray'),
    ).toBe('6 4');
    expect(await page.getByTestId('value-worth').locator('svg [data-series="worth"]').count()).toBe(1);
    const headline = await page.getByTestId('value-profit').locator('.headline').textContent();
    expect(headline).toMatch(
      /^\+5 points of annual retention \(\d+\.\d% → \d+\.\d%\) would change profit over 3 years by/,
    );
    expect(await attr(page, 'data-annual')).toBeCloseTo(sampleAnnualRetention(), 12);
    expect(await attr(page, 'data-change')).toBeGreaterThan(0);
  });

  it('follows the inputs: half the margin halves the change, an acquisition cost leaves it alone', async () => {
    const { page } = app;
    const change = await attr(page, 'data-change');
    const pct = await attr(page, 'data-change-pct');
    await setField(page, 'value-margin', '50');
    await expect.poll(() => attr(page, 'data-change')).not.toBe(change);
    // With no acquisition cost, profit is margin × discounted revenue in both scenarios.
    expect(await attr(page, 'data-change')).toBeCloseTo(change / 2, 6);
    expect(await attr(page, 'data-change-pct')).toBeCloseTo(pct, 12);
    // The cost of new customers is the same with and without the scenario: only the % moves.
    await setField(page, 'value-cost', '100');
    await expect.poll(() => attr(page, 'data-change-pct')).toBeGreaterThan(pct);
    expect(await attr(page, 'data-change')).toBeCloseTo(change / 2, 6);
    // More points, more profit.
    await setField(page, 'value-delta', '8');
    await expect.poll(() => attr(page, 'data-change')).toBeGreaterThan(change / 2);
    // The inputs travel in the link.
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    expect(hash).toContain('value.margin=0.5');
    expect(hash).toContain('value.acquisitionCost=100');
    expect(hash).toContain('value.delta=8');
    expect(hash).toContain('section=value');
  });

  it('made no request off the origin and threw no page error', () => {
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
