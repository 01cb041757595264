/**
 * A shop the purchase model cannot describe (nobody ever stops buying) in the browser: the lifetime
 * value and customers pages say so in words and mark every number resting on the fit as unreliable,
 * on screen and in the export (METRICS.md §6 "Fit diagnostics").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { shop } from '../helpers/seededShop';
import { useApp } from './harness';

const app = useApp({ acceptDownloads: true });
const dir = mkdtempSync(path.join(tmpdir(), 'lojal-nodropout-'));
const file = path.join(dir, 'no-dropout-shop.csv');
writeFileSync(file, shop(0));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a shop with no drop-out', () => {
  it('the Lifetime value page explains the fit cannot be trusted and marks what rests on it', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('file-input').setInputFiles(file);
    await app.page.getByTestId('ingest-load').click({ timeout: 60_000 });
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await app.page.click('[data-section="clv"]');
    const warnings = app.page.getByTestId('model-warnings');
    await warnings.waitFor({ timeout: 90_000 });
    expect((await warnings.getAttribute('data-codes'))?.split(' ')).toContain('notIdentified:dropout');
    await expect(warnings.textContent()).resolves.toContain('No evidence of drop-out');
    await expect(warnings.textContent()).resolves.toContain('artefact of the model');
    // Every headline number and the P(alive) map carry the mark.
    for (const metric of ['predictedClv', 'meanClv', 'expectedPurchases', 'meanPAlive'])
      expect(await app.page.locator(`[data-metric="${metric}"] [data-testid="unreliable"]`).count()).toBe(1);
    expect(await app.page.locator('[data-testid="p-alive"] [data-testid="unreliable"]').count()).toBe(1);
    expect(await app.page.locator('[data-testid="clv-three"] [data-testid="unreliable"]').count()).toBe(1);
    await app.page.screenshot({ path: 'test-results/clv-no-dropout.png', fullPage: true });
  });

  it('the Customers page says so too, and its export flags every scored customer', async () => {
    await app.page.click('[data-section="customers"]');
    await app.page.waitForSelector('[data-customer]', { timeout: 60_000 });
    await app.page.getByTestId('model-warnings').waitFor();
    const header = app.page.locator('[role="columnheader"][data-sort="pAlive"]');
    expect(await header.getByTestId('unreliable').count()).toBe(1);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('export-csv').click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields).toContain('model_warnings');
    expect(csv.data.length).toBe(400);
    for (const r of csv.data) expect(r.model_warnings.split(' ')).toContain('notIdentified:dropout');
    await app.page.screenshot({ path: 'test-results/customers-no-dropout.png' });
  });

  it('raised no page error', () => {
    expect(app.log.errors).toEqual([]);
  });
});
