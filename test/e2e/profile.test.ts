import { describe, expect, it } from 'vitest';
import { refOrders } from '../helpers/reference';
import { sampleOrderLines } from '../helpers/sampleOrders';
import { foreignRequests, useApp } from './harness';

const app = useApp();

/** The sample customer's orders counted one at a time from the CSV: purchases, and every order. */
function bruteCounts(id: string) {
  const orders = refOrders(sampleOrderLines().filter((l) => l.customerId === id));
  return { purchases: orders.filter((o) => o.amount > 0 && !o.cancelled).length, all: orders.length };
}

async function expectProfileOf(id: string) {
  const dialog = app.page.getByTestId('profile');
  await dialog.waitFor({ state: 'visible' });
  expect(await dialog.locator('#profile-title').textContent()).toContain(id);
  const summary = dialog.getByTestId('profile-summary');
  await summary.waitFor({ timeout: 30_000 });
  const want = bruteCounts(id);
  expect(Number(await summary.getAttribute('data-orders'))).toBe(want.purchases);
  expect(Number(await summary.getAttribute('data-all-orders'))).toBe(want.all);
  expect(await dialog.locator('[data-testid="profile-orders"] tbody tr').count()).toBe(want.all);
  expect(await dialog.locator('svg.timeline g[data-kind]').count()).toBe(want.all);
}

describe('the customer profile', () => {
  it('opens from the customer list with the order count of the sample CSV, and Escape closes it', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await page.click('[data-section="customers"]');
    const opener = page.locator('[data-customer] .id button').nth(2);
    await opener.waitFor({ timeout: 60_000 });
    const id = (await opener.textContent())!.trim();
    // Keyboard: focus the customer's button and press Enter.
    await opener.focus();
    await page.keyboard.press('Enter');
    await expectProfileOf(id);
    await page.getByTestId('profile-model').getByTestId('profile-palive').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('profile').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(id);
  });

  it('opens from a cohort cell’s customers', async () => {
    const page = app.page;
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-testid="cohort-heatmap"] [data-row="cohort"]', { timeout: 60_000 });
    await page.locator('[data-row="cohort"] [data-k="2"]').first().click();
    const first = page.getByTestId('cell-customers').locator('tbody button').first();
    await first.waitFor({ timeout: 30_000 });
    const id = (await first.textContent())!.trim();
    await first.click();
    await expectProfileOf(id);
    await page.keyboard.press('Escape');
    await page.getByTestId('profile').waitFor({ state: 'hidden' });
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
