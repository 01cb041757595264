import { describe, expect, it } from 'vitest';
import { refOverview } from '../helpers/reference';
import { sampleOrderLines } from '../helpers/sampleOrders';
import { foreignRequests, readMetrics, useApp } from './harness';

const app = useApp();

describe('the dashboard in Chromium, served from a sub-path', () => {
  it('loads the sample data and shows overview numbers equal to a brute-force computation', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const shown = await readMetrics(app.page);
    const expected = refOverview(sampleOrderLines());
    expect(shown.customers).toBe(expected.customers);
    expect(shown.orders).toBe(expected.orders);
    expect(shown.occasions).toBe(expected.occasions);
    expect(shown.revenue).toBeCloseTo(expected.revenue, 4);
    expect(shown.repeatRate).toBeCloseTo(expected.repeatRate!, 10);
    expect(shown.averageOrderValue).toBeCloseTo(expected.averageOrderValue!, 6);
    await app.page.screenshot({ path: 'test-results/overview-sample.png', fullPage: true });
  });

  it('loads a Norwegian semicolon / decimal-comma file dropped through the file input', async () => {
    await app.page.getByRole('button', { name: /Load other files/ }).click();
    const csv = [
      'Ordrenummer;Kundenr;Ordredato;Beløp;Kanal',
      '1001;00042;05.01.2024;1 234,50;nettbutikk',
      '1002;00042;05.01.2024;100,00;nettbutikk',
      '1003;00042;10.02.2024;99,50;butikk',
      '1004;00077;31.12.2023;-50,00;butikk',
      '1005;00077;15.01.2024;500,00;butikk',
      '1006;00099;20.01.2024;ikke oppgitt;butikk',
    ].join('\r\n');
    await app.page.getByTestId('file-input').setInputFiles({
      name: 'ordrer.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    // Dropped files wait in the preview; one click on Load confirms every guess.
    await app.page.getByTestId('ingest-load').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 60_000 });
    const shown = await readMetrics(app.page);
    // By hand: customers 00042 and 00077 (00099's only row has an unreadable amount and is rejected).
    expect(shown).toMatchObject({ customers: 2, orders: 4, occasions: 3, revenue: 1884 });
    expect(shown.repeatRate).toBeCloseTo(1 / 2, 12);
    const ledger = app.page.getByTestId('row-ledger').locator('[data-rows-read]');
    expect(await ledger.getAttribute('data-rows-read')).toBe('6');
    expect(await ledger.getAttribute('data-rows-rejected')).toBe('1');
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(app.log.urls.length).toBeGreaterThan(5);
    expect(app.log.urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
