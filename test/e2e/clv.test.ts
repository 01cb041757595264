import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { foreignRequests, useApp } from './harness';

const app = useApp({ acceptDownloads: true });

describe('lifetime value and customers in Chromium', () => {
  it('fits BG/NBD and Gamma-Gamma on the sample in a worker and shows positive parameters', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await app.page.click('[data-section="clv"]');
    // The answer comes first: predicted value per customer and in total, its distribution, the top customers.
    await app.page.waitForSelector('[data-testid="clv-answer"] [data-metric="meanClv"]', { timeout: 90_000 });
    expect(await app.page.locator('[data-testid="top-customers"] [data-top-customer]').count()).toBe(10);
    expect(await app.page.locator('[data-testid="clv-answer"] svg rect').count()).toBeGreaterThan(5);
    // The three lifetime values, each with what it rests on.
    const three = app.page.getByTestId('clv-three');
    await expect
      .poll(async () => await three.locator('[data-value-kind="realised"]').getAttribute('data-value'), {
        timeout: 60_000,
      })
      .not.toBe('');
    await expect(three.textContent()).resolves.toMatch(/cohorts?, [\d,]+ customers/);
    await expect(three.textContent()).resolves.toMatch(/average order value/);
    // The sample shop is one the models describe: no warning, nothing marked unreliable.
    expect(await app.page.getByTestId('model-warnings').count()).toBe(0);
    expect(await app.page.getByTestId('unreliable').count()).toBe(0);
    // The parameters and standard errors are one click below.
    expect(await app.page.getByTestId('fit-ready').isVisible()).toBe(false);
    await app.page.getByTestId('model-details').locator('summary').click();
    await app.page.waitForSelector('[data-testid="fit-ready"]', { timeout: 90_000 });
    const params = await app.page.$$eval('[data-testid="model-fit"] [data-param]', (els) =>
      els.map((e) => ({
        name: e.getAttribute('data-param'),
        value: Number(e.getAttribute('data-value')),
        text: e.textContent,
      })),
    );
    expect(params.map((p) => p.name)).toEqual(['r', 'alpha', 'a', 'b', 'p', 'q', 'gamma']);
    for (const p of params) {
      expect(p.value).toBeGreaterThan(0);
      expect(p.text).toMatch(/\d/);
    }
    await expect(app.page.getByTestId('model-fit').textContent()).resolves.toContain('log-likelihood');
    // The SQL behind the fit is one click away.
    await app.page.getByTestId('model-fit-sql-toggle').click();
    await expect(app.page.getByTestId('model-fit-sql').textContent()).resolves.toContain('customer_days');
    // The holdout check runs with a suggested calibration end and draws both charts.
    await app.page.waitForSelector('[data-testid="holdout"] svg [data-series="predicted"]', {
      timeout: 90_000,
    });
    expect(await app.page.locator('[data-testid="p-alive"] rect[data-p-alive]').count()).toBeGreaterThan(50);
    await app.page.screenshot({ path: 'test-results/clv-page.png', fullPage: true });
  });

  it('lists customers, applies the at-risk preset and exports that view as CSV', async () => {
    await app.page.click('[data-section="customers"]');
    await app.page.waitForSelector('[data-customer]', { timeout: 60_000 });
    const count = app.page.getByTestId('customer-count');
    const total = Number(await count.getAttribute('data-total'));
    expect(total).toBeGreaterThan(1000);
    await app.page.click('[data-preset="at-risk"]');
    await expect.poll(async () => Number(await count.getAttribute('data-shown'))).toBeLessThan(total);
    const shown = Number(await count.getAttribute('data-shown'));
    expect(shown).toBeGreaterThan(0);
    // Virtualised: far fewer rows in the DOM than in the view.
    expect(await app.page.locator('[data-customer]').count()).toBeLessThan(Math.min(shown, 60) + 1);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lojal-customers-at-risk.csv');
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields?.slice(0, 9)).toEqual([
      'customer_id',
      'segment',
      'first_purchase',
      'last_purchase',
      'purchases',
      'revenue',
      'p_alive',
      'expected_purchases',
      'predicted_clv',
    ]);
    expect(csv.data).toHaveLength(shown);
    expect(new Set(csv.data.map((r) => r.segment))).toEqual(new Set(['At risk', "Can't lose them"]));
    const revenue = csv.data.map((r) => Number(r.revenue));
    expect(revenue).toEqual([...revenue].sort((a, b) => b - a));
    for (const r of csv.data) expect(Number(r.p_alive)).toBeGreaterThanOrEqual(0);
    await app.page.screenshot({ path: 'test-results/customers-at-risk.png', fullPage: true });
  });

  it('flags Champions and Loyal customers whose P(alive) is below the threshold as ones to call', async () => {
    await app.page.click('[data-preset="all"]');
    // A high threshold so that the sample surely has some; the setting is kept in the link.
    await app.page.getByTestId('call-below').fill('90');
    await app.page.getByTestId('call-below').dispatchEvent('change');
    await expect.poll(() => app.page.url()).toContain('customers.callBelow=0.9');
    const note = app.page.getByTestId('call-note');
    await note.waitFor({ timeout: 60_000 });
    const calls = Number(await note.getAttribute('data-calls'));
    expect(calls).toBeGreaterThan(0);
    await app.page.click('[data-preset="to-call"]');
    const count = app.page.getByTestId('customer-count');
    await expect.poll(async () => Number(await count.getAttribute('data-shown'))).toBe(calls);
    const rows = app.page.locator('[data-customer]');
    const first = rows.first();
    await expect(first.getByTestId('call-flag').textContent()).resolves.toContain('Call');
    const segments = await rows.locator('.seg').allTextContents();
    for (const s of segments) expect(['Champions', 'Loyal']).toContain(s);
    const alive = await rows.locator('.alive > span:last-child').allTextContents();
    for (const a of alive) expect(Number(a.replace(/[^\d]/g, ''))).toBeLessThan(90);
    await app.page.screenshot({ path: 'test-results/customers-to-call.png', fullPage: true });
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
