import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetrics, useApp } from './harness';

/**
 * Broken and awkward files dropped into the page: two exports joined into one file load with the
 * repeated header as one ledger line; a truncated .csv.gz and a file DuckDB cannot read end in an error
 * banner of one sentence naming the file, the engine's own text behind "Details".
 */

const app = useApp();
const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/ingest', name));

async function drop(name: string, buffer: Buffer) {
  await app.page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await app.page.waitForSelector('[data-testid="ingest-preview"]');
  await app.page.getByTestId('ingest-load').click();
}

describe('awkward files in the page', () => {
  it('two exports joined: loaded, the repeated header one ledger line', async () => {
    await app.page.goto(app.server.url);
    await drop('jan-feb.csv', fixture('concatenated-exports.csv'));
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const shown = await readMetrics(app.page);
    // c1 (5 Jan, 20 Jan), c2 (9 Jan, 14 Feb), c3, c4 (after a byte-order mark); 10 + 20 + 5.5 + 7 + 12.5 + 1.
    expect(shown).toMatchObject({ customers: 4, orders: 6 });
    expect(shown.revenue).toBeCloseTo(56, 6);
    await app.page.click('[data-section="data"]');
    const rows = app.page.getByTestId('rejected-rows').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-line')).toBe('5');
    expect(await rows.first().getAttribute('data-reason')).toBe('repeated header');
  });

  it('a truncated .csv.gz: an error banner naming the file', async () => {
    await app.page.getByRole('button', { name: /Load other files/ }).click();
    const gz = fixture('orders.csv.gz');
    await drop('cut.csv.gz', gz.subarray(0, gz.length - 12));
    const banner = app.page.getByRole('alert').filter({ hasText: 'cut.csv.gz' });
    await banner.waitFor({ timeout: 90_000 });
    expect(await banner.textContent()).toContain(
      'cut.csv.gz: the compressed (.gz) file is damaged or incomplete',
    );
  });

  it('a file DuckDB cannot read: one sentence, its own text behind Details', async () => {
    await app.page.goto(app.server.url);
    await drop('plain.csv.gz', Buffer.from('customer_id,order_date,amount\nc1,2024-01-01,10\n'));
    const banner = app.page.getByRole('alert').filter({ hasText: 'plain.csv.gz' });
    await banner.waitFor({ timeout: 90_000 });
    expect(await banner.locator('.text').textContent()).toBe(
      'plain.csv.gz: could not be read as CSV: the compressed (.gz) file is damaged or incomplete.',
    );
    const details = banner.getByTestId('error-details');
    expect(await details.locator('pre').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('pre').textContent()).toMatch(/GZIP/i);
    await app.page.screenshot({ path: 'test-results/robust-error-details.png', fullPage: false });
  });
});
