import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from './harness';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Intl separates groups and units with (narrow) no-break spaces: compare with plain ones. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('languages in Chromium', () => {
  it('speaks Bokmål to a browser set to Norwegian, with dd.mm.yyyy dates, and no kroner the data do not name', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.getByRole('button', { name: 'Prøv med eksempeldata' }).click();
    await page.waitForSelector('[data-metric="revenue"]', { timeout: 90_000 });
    // The sample names no currency: the language does not make its amounts kroner.
    expect(plain(await page.locator('[data-metric="revenue"] .value').textContent())).toMatch(
      /^\d{1,3}( \d{3})*,\d{2}$/,
    );
    await page.getByTestId('currency-picker').selectOption('NOK');
    const revenue = plain(await page.locator('[data-metric="revenue"] .value').textContent());
    expect(revenue).toMatch(/^\d{1,3}( \d{3})*,\d{2} kr$/);
    // A seven-digit Norwegian amount fits its card at 1360 px.
    const fits = await page.$$eval('[data-metric] .value', (els) =>
      els.map((e) => ({
        text: e.textContent,
        fits:
          e.scrollWidth <= e.clientWidth + 1 &&
          e.getBoundingClientRect().right <= e.parentElement!.getBoundingClientRect().right,
      })),
    );
    expect(fits.filter((f) => !f.fits)).toEqual([]);
    expect(revenue.replace(/\D/g, '').length).toBeGreaterThanOrEqual(9);
    await page.getByTestId('currency-picker').selectOption('none');
    expect(await page.locator('[data-section="overview"]').textContent()).toBe('Oversikt');
    expect(plain(await page.locator('main').textContent())).toMatch(/Per \d\d\.\d\d\.\d{4}/);
    await context.close();
  });

  it('speaks Danish to a Danish browser, and the picker switches language and remembers it', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.getByTestId('try-sample').textContent()).resolves.toBe('Prøv med eksempeldata');
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="revenue"]', { timeout: 90_000 });
    expect(plain(await page.locator('[data-metric="revenue"] .value').textContent())).toMatch(
      /^\d{1,3}(\.\d{3})*,\d{2}$/,
    );
    expect(await page.locator('[data-section="overview"]').textContent()).toBe('Overblik');

    await page.getByTestId('locale-picker').selectOption('en');
    expect(await page.locator('[data-section="overview"]').textContent()).toBe('Overview');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByTestId('currency-picker').selectOption('EUR');
    expect(plain(await page.locator('[data-metric="revenue"] .value').textContent())).toMatch(
      /^€[\d,]+\.\d{2}$/,
    );

    await page.reload();
    await expect(page.getByTestId('try-sample').textContent()).resolves.toBe('Try sample data');
    await context.close();
  });

  it('takes the currency from a currency column of the export, whatever the language, and says when it is mixed', async () => {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    const load = async (name: string, currencies: string[]) => {
      const rows = ['InvoiceNo,CustomerID,InvoiceDate,Amount,Currency'];
      currencies.forEach((c, i) =>
        rows.push(`${100 + i},${17850 + (i % 3)},2024-0${1 + (i % 6)}-1${i % 9},1234567.5,${c}`),
      );
      await page
        .getByTestId('file-input')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
      await page.getByTestId('ingest-load').click();
    };
    await load('uk.csv', ['GBP', 'GBP', 'GBP', 'GBP']);
    await page.waitForSelector('[data-testid="data-currency"]', { timeout: 60_000 });
    expect(plain(await page.locator('[data-metric="revenue"] .value').textContent())).toMatch(/£$/);
    expect(await page.getByTestId('data-currency').textContent()).toContain('GBP');

    await page.getByRole('button', { name: 'Last inn andre filer' }).click();
    await load('mixed.csv', ['NOK', 'DKK', 'NOK', 'SEK']);
    await page.waitForSelector('[data-testid="data-currency"]:has-text("DKK, NOK, SEK")', {
      timeout: 60_000,
    });
    expect(plain(await page.locator('[data-metric="revenue"] .value').textContent())).toMatch(
      /^[\d ]+,\d{2}$/,
    );
    await context.close();
  });

  it('falls back to English for a language it does not speak', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.getByTestId('try-sample').textContent()).resolves.toBe('Try sample data');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
