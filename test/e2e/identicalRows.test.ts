import { describe, expect, it } from 'vitest';
import { readMetrics, useApp } from './harness';

/**
 * A file without order ids (METRICS.md §1): identical rows may be two real purchases, so all are
 * counted; the Data page says how many there are and its switch reads the file again keeping them once.
 */
const app = useApp();

// K1 bought item 11 twice on 11 Jan, K2 paid 12 on 12 Jan twice: two identical rows, worth 23.
const ORDERS = [
  'customer_id,order_date,amount',
  'K1,2024-01-11,11',
  'K1,2024-01-11,11',
  'K1,2024-02-01,5',
  'K2,2024-01-12,12',
  'K2,2024-01-12,12',
  'K3,2024-01-20,7',
].join('\n');

describe('identical rows without an order id', () => {
  it('counts them all, says so on the Data page, and keeps them once when asked', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('file-input').setInputFiles({
      name: 'no-ids.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ORDERS),
    });
    await app.page.getByTestId('ingest-load').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    // 11 + 11 + 5 + 12 + 12 + 7 = 58.
    expect((await readMetrics(app.page)).revenue).toBeCloseTo(58, 9);

    await app.page.click('[data-section="data"]');
    const rule = app.page.locator('[data-testid="hygiene"] tr[data-rule="identical"]');
    await rule.waitFor();
    expect(await rule.getAttribute('data-count')).toBe('2');
    expect(await rule.textContent()).toContain('35.00 instead of 58.00');

    await rule.getByRole('checkbox', { name: 'Keep identical rows once' }).check();
    await app.page.click('[data-section="overview"]');
    await expect
      .poll(async () => (await readMetrics(app.page)).revenue, { timeout: 60_000 })
      .toBeCloseTo(35, 9);
    await app.page.click('[data-section="data"]');
    const duplicates = app.page.locator('[data-testid="hygiene"] tr[data-rule="duplicates"]');
    await expect.poll(() => duplicates.getAttribute('data-count'), { timeout: 30_000 }).toBe('2');
    expect(await rule.getByRole('checkbox').isChecked()).toBe(true);
  });
});
