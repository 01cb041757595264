import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, readMetrics, serveDist } from './harness';

/**
 * Limits stated, not discovered: before loading, the preview says how much memory the files need and
 * how much the tab can give; when they do not fit, it offers a random sample of customers, and every
 * page then says the data are a sample. The device is made to report 0.25 GB of memory
 * (`navigator.deviceMemory`), so a 16 MB file is "too large" without needing gigabytes in the test.
 */

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const CUSTOMERS = 20_000;
const LINES = 400_000;

function ordersCsv(): string {
  const lines = ['order_id,customer_id,order_date,amount,channel'];
  for (let i = 0; i < LINES; i++) {
    const customer = (i * 7_919) % CUSTOMERS;
    const visit = Math.floor(i / CUSTOMERS);
    const day = new Date(Date.UTC(2022, 0, 1) + ((customer * 7 + visit * 41) % 1_000) * 86_400_000);
    lines.push(
      `SO-${i},k${customer},${day.toISOString().slice(0, 10)},${(5 + ((i * 37) % 2_000) / 10).toFixed(2)},${['web', 'store', 'app'][customer % 3]}`,
    );
  }
  return lines.join('\n');
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.25, configurable: true }),
  );
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('memory limits before loading, and a sample of customers', () => {
  it('states what the files need against what the tab can give, and warns when it will not fit', async () => {
    await page.goto(server.url);
    await page.getByTestId('file-input').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ordersCsv(), 'utf8'),
    });
    const check = page.getByTestId('memory-check');
    await check.waitFor({ timeout: 30_000 });
    expect(await check.getAttribute('data-fit')).toBe('too-large');
    expect(await check.getAttribute('role')).toBe('alert');
    const need = Number(await check.getAttribute('data-need'));
    const budget = Number(await check.getAttribute('data-budget'));
    expect(budget).toBe(128 * 1024 * 1024);
    expect(need).toBeGreaterThan(budget);
    expect(await check.innerText()).toMatch(/more than the 128 MB this tab can give/);
    await check.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/limits-too-large.png' });
  });

  it('loads the suggested sample: every page says so, and whole customers are kept', async () => {
    const share = Number(await page.getByTestId('sample-share').inputValue());
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    await page.getByTestId('load-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const { customers, orders } = await readMetrics(page);
    // A fair share of customers (± 5 standard deviations), each with all their orders (20 each).
    const sd = Math.sqrt(CUSTOMERS * share * (1 - share));
    expect(Math.abs(customers! - CUSTOMERS * share)).toBeLessThan(5 * sd);
    expect(orders).toBe(customers! * (LINES / CUSTOMERS));
    for (const section of ['overview', 'cohorts', 'churn', 'clv', 'customers', 'value', 'drivers', 'data']) {
      await page.click(`[data-section="${section}"]`);
      const notice = page.getByTestId('sample-notice');
      await notice.waitFor({ timeout: 10_000 });
      expect(Number(await notice.getAttribute('data-sample'))).toBe(share);
      await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toMatch(/\(\d[\d,]*\)/);
    }
    const text = await page.getByTestId('sample-notice').innerText();
    expect(text).toContain(`${Math.round(share * 100)}% of customers (${customers!.toLocaleString('en')})`);
    const ledger = page.getByTestId('row-ledger').locator('[data-rows-read]');
    expect(Number(await ledger.getAttribute('data-rows-read'))).toBe(orders);
    await page.click('[data-section="overview"]');
    await page.waitForSelector('[data-testid="monthly"] svg', { timeout: 30_000 });
    await page.screenshot({ path: 'test-results/limits-sample-overview.png' });
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});
