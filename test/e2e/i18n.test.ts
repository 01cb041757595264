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
  it('speaks Bokmål to a browser set to Norwegian, with kroner and dd.mm.yyyy dates', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.getByRole('button', { name: 'Prøv med eksempeldata' }).click();
    await page.waitForSelector('[data-metric="revenue"]', { timeout: 90_000 });
    const revenue = plain(await page.locator('[data-metric="revenue"] .value').textContent());
    expect(revenue).toMatch(/^\d{1,3}( \d{3})*,\d{2} kr$/);
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
      /^\d{1,3}(\.\d{3})*,\d{2} kr\.$/,
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

  it('falls back to English for a language it does not speak', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.getByTestId('try-sample').textContent()).resolves.toBe('Try sample data');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
