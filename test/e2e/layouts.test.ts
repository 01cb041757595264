import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetrics, useApp } from './harness';

/**
 * A Shopify orders export dropped as it comes: the preview names the export and shows the mapping its
 * rules chose (still editable), and the overview shows the hand-worked figures of
 * test/unit/ingest/layouts.test.ts: 2 customers, 2 orders (#1003 is cancelled), 1 refund (30.00 of
 * #1002), net revenue 56 + 80 − 30 = 106.
 */

const app = useApp();
const SHOPIFY = readFileSync(path.resolve('test/fixtures/layouts/shopify-orders.csv'));
const header = SHOPIFY.toString('utf8').split('\n')[0].split(',');

describe('a recognised export in the browser', () => {
  it('says "Recognised: Shopify orders export" and shows the mapping it chose', async () => {
    await app.page.goto(app.server.url);
    await app.page
      .getByTestId('file-input')
      .setInputFiles([{ name: 'orders_export_1.csv', mimeType: 'text/csv', buffer: SHOPIFY }]);
    const notice = app.page.getByTestId('layout');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Recognised: Shopify orders export');
    const field = (f: string) => app.page.locator(`select[data-field="${f}"]`).inputValue();
    expect(await field('customerId')).toBe(String(header.indexOf('Email')));
    expect(await field('orderId')).toBe(String(header.indexOf('Name')));
    expect(await field('orderDate')).toBe(String(header.indexOf('Created at')));
    expect(await field('orderTotal')).toBe(String(header.indexOf('Total')));
    expect(await field('refundedAmount')).toBe(String(header.indexOf('Refunded Amount')));
    expect(await field('cancelledAt')).toBe(String(header.indexOf('Cancelled at')));
    expect(await field('amount')).toBe('');
    // Every choice stays editable: take the status off and put it back.
    const status = app.page.locator('select[data-field="status"]');
    await status.selectOption('');
    expect(await status.inputValue()).toBe('');
    await status.selectOption(String(header.indexOf('Financial Status')));
    expect(await notice.isVisible()).toBe(true);
    await app.page.screenshot({ path: 'test-results/layout-preview.png', fullPage: true });
  });

  it('loads to the hand-worked overview', async () => {
    await app.page.getByTestId('ingest-load').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const shown = await readMetrics(app.page);
    expect(shown).toMatchObject({ customers: 2, orders: 2, refunds: 1, occasions: 2 });
    expect(shown.revenue).toBeCloseTo(106, 6);
  });
});
