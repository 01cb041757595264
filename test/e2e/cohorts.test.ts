import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  refCohorts,
  type RefCohortParams,
  type RefCustomer,
  type RefOrderLine,
} from '../helpers/cohortReference';
import { foreignRequests, useApp } from './harness';

const app = useApp();

/** A sample file as header-keyed rows (the sample is plain, unquoted CSV). */
function sample(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path.resolve('public/sample', name), 'utf8').trim().split(/\r?\n/);
  const header = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

const orders: RefOrderLine[] = sample('orders.csv').map((r) => ({
  orderId: r.order_id,
  customerId: r.customer_id,
  date: r.order_date,
  amount: Number(r.amount),
  cancelled: r.status === 'cancelled',
  attrs: { channel: r.channel },
}));
const customers: RefCustomer[] = sample('customers.csv').map((r) => ({
  customerId: r.customer_id,
  signupDate: r.signup_date || null,
  attrs: { loyalty_member: r.loyalty_member || null, city: r.city || null },
}));

interface ShownRow {
  kind: string;
  cohort: string | null;
  segment: string | null;
  size: number | null;
  cells: { k: number; value: number | null; complete: boolean }[];
}

/** Every row of the rendered heatmap, read from its data attributes. */
function readHeatmap(p: Page): Promise<ShownRow[]> {
  return p.$$eval('[data-testid="cohort-heatmap"] [data-row]', (rows) =>
    rows.map((row) => ({
      kind: row.getAttribute('data-row') ?? '',
      cohort: row.getAttribute('data-cohort'),
      segment: row.getAttribute('data-segment'),
      size: row.hasAttribute('data-size') ? Number(row.getAttribute('data-size')) : null,
      cells: [...row.querySelectorAll('[data-k]')].map((c) => ({
        k: Number(c.getAttribute('data-k')),
        value: c.getAttribute('data-value') === '' ? null : Number(c.getAttribute('data-value')),
        complete: c.getAttribute('data-complete') === 'true',
      })),
    })),
  );
}

/** The shown cohort rows must equal the brute force, cell by cell; the top average row too. */
async function expectTable(params: RefCohortParams) {
  const shown = await readHeatmap(app.page);
  const ref = refCohorts(orders, params, customers);
  const cohortRows = shown.filter((r) => r.kind === 'cohort');
  expect(cohortRows.map((r) => [r.segment, r.cohort, r.size])).toEqual(
    ref.cohorts.map((c) => [c.segment, c.cohort, c.size]),
  );
  cohortRows.forEach((row, i) => {
    const line = ref.cohorts[i];
    expect(row.cells.map((c) => c.complete)).toEqual(line.complete);
    row.cells.forEach((c) => {
      if (line.values[c.k] === null) expect(c.value).toBeNull();
      else expect(c.value).toBeCloseTo(line.values[c.k]!, 10);
    });
  });
  const average = shown.find((r) => r.kind === 'average')!;
  const refAverage = ref.average.filter((a) => a.value !== null);
  expect(average.cells.map((c) => c.k)).toEqual(refAverage.map((a) => a.k));
  average.cells.forEach((c, i) => expect(c.value).toBeCloseTo(refAverage[i].value!, 10));
  return ref;
}

describe('the Cohorts page on the sample shop, in Chromium', () => {
  it('shows the monthly cohort table equal to a brute-force computation', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await app.page.click('[data-section="cohorts"]');
    await app.page.waitForSelector('[data-testid="cohort-heatmap"] [data-row="cohort"]', { timeout: 60_000 });
    const ref = await expectTable({ period: 'month' });
    expect(ref.cohorts.length).toBeGreaterThan(12);
  });

  it('recomputes when the period changes', async () => {
    await app.page.selectOption('[data-setting="period"]', 'quarter');
    await app.page.waitForSelector('[data-row="cohort"][data-cohort$="-Q1"]', { timeout: 60_000 });
    await expectTable({ period: 'quarter' });
  });

  it('recomputes when a breakdown is chosen, and compares segments in the curves', async () => {
    await app.page.selectOption('[data-setting="by"]', 'loyalty_member');
    await app.page.waitForSelector('[data-row="cohort"][data-segment="yes"]', { timeout: 60_000 });
    await expectTable({ period: 'quarter', by: 'loyalty_member' });
    const series = await app.page.$$eval('[data-testid="cohort-curves"] [data-series]', (els) =>
      els.map((e) => e.getAttribute('data-series')),
    );
    expect(series.sort()).toEqual(['avg:no', 'avg:yes']);
  });

  it('lists the customers behind a cell, as many as the cell counts', async () => {
    const cell = app.page.locator('[data-row="cohort"][data-segment="yes"] [data-k="1"]').first();
    const value = Number(await cell.getAttribute('data-value'));
    const size = Number(
      await app.page.locator('[data-row="cohort"][data-segment="yes"]').first().getAttribute('data-size'),
    );
    await cell.click();
    const count = app.page.getByTestId('cell-customers').locator('[data-count]');
    await count.waitFor({ timeout: 30_000 });
    expect(Number(await count.getAttribute('data-count'))).toBe(Math.round(value * size));
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
