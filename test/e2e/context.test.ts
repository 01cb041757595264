import { describe, expect, it } from 'vitest';
import { refOverview } from '../helpers/reference';
import { sampleOrderLines } from '../helpers/sampleOrders';
import { readMetrics, useApp } from './harness';

const app = useApp();

/** A small synthetic tenure table in the Telco export's shape: id, contract, tenure in months, churned. */
function tenureCsv(): string {
  const rows = ['customerID,Contract,tenure,Churn'];
  for (let i = 0; i < 24; i++)
    rows.push(
      `${String(1000 + i)}-ABC,${i % 3 ? 'One year' : 'Month-to-month'},${1 + ((i * 7) % 40)},${i % 4 ? 'No' : 'Yes'}`,
    );
  return rows.join('\n');
}

describe('time context on the Overview', () => {
  it('choosing "Last 90 days" shows the figures of those 90 days and their change against the 90 before', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const all = await readMetrics(page);
    // Every figure starts with no change shown: "All time" has nothing before it.
    expect(await page.getByTestId('delta').count()).toBe(0);

    await page.getByTestId('range-preset').selectOption('90d');
    await page.waitForSelector('[data-testid="overview"][data-range="90d"]');
    await page.waitForSelector('[data-testid="range-versus"]');
    const covers = page.getByTestId('range-covers');
    // The sample's last order is on 31 Dec 2025: 90 days inclusive start on 3 Oct.
    expect(await covers.getAttribute('data-from')).toBe('2025-10-03');
    expect(await covers.getAttribute('data-to')).toBe('2025-12-31');
    expect(await covers.textContent()).toContain('90 days');

    const lines = sampleOrderLines();
    const inside = (from: string, to: string) => lines.filter((l) => l.date >= from && l.date <= to);
    const now = refOverview(inside('2025-10-03', '2025-12-31'), '2025-12-31');
    const before = refOverview(inside('2025-07-05', '2025-10-02'), '2025-10-02');
    const shown = await readMetrics(page);
    expect(shown.customers).toBe(now.customers);
    expect(shown.orders).toBe(now.orders);
    expect(shown.revenue).toBeCloseTo(now.revenue, 4);
    expect(shown.customers).not.toBe(all.customers);

    // The change of customers against 5 Jul – 2 Oct, worked out from the brute-force counts.
    const card = page.locator('[data-metric="customers"]');
    const expected = new Intl.NumberFormat('en-GB', {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    }).format((now.customers - before.customers) / before.customers);
    expect(await card.getByTestId('delta').textContent()).toContain(expected);
    expect(await page.locator('[data-metric] svg.spark').count()).toBe(7);

    // The range travels in the link.
    expect(page.url()).toContain('range=90d');
  });
});

describe('a tenure table alone', () => {
  it('opens on survival, and the pages that need orders say which file would enable them', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /Load other files/ }).click();
    await page.getByTestId('file-input').setInputFiles({
      name: 'telco-tenure.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(tenureCsv(), 'utf8'),
    });
    await page.getByTestId('ingest-load').click();
    await page.waitForSelector('[data-section="churn"][aria-current="page"]', { timeout: 60_000 });
    expect(await page.locator('[data-metric="customers"]').count()).toBe(0);
    for (const section of ['overview', 'cohorts', 'clv', 'customers']) {
      await page.click(`[data-section="${section}"]`);
      const note = page.getByTestId('not-built');
      expect(await note.textContent()).toContain('needs an orders file');
    }
    await page.getByTestId('not-built-go').click();
    await page.waitForSelector('[data-section="churn"][aria-current="page"]');
  });
});

describe('an export that ends in the middle of a month', () => {
  it('draws that last month as unfinished, not as a collapse', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /Load other files/ }).click();
    const rows = ['order_id,customer_id,order_date,amount'];
    for (let i = 0; i < 60; i++)
      rows.push(
        `o${i},c${i % 17},2024-0${1 + Math.floor(i / 15)}-${String(1 + (i % 15)).padStart(2, '0')},${10 + i}`,
      );
    // The last order is on 15 Apr 2024: April is unfinished at the as-of date.
    await page.getByTestId('file-input').setInputFiles({
      name: 'orders-to-mid-april.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n'), 'utf8'),
    });
    await page.getByTestId('ingest-load').click();
    await page.waitForSelector('[data-section]', { timeout: 60_000 });
    await page.click('[data-section="overview"]');
    await page.waitForSelector('[data-testid="monthly"] svg', { timeout: 60_000 });
    const bars = page.locator('[data-testid="monthly"] g.bar');
    expect(await bars.count()).toBe(4);
    expect(await bars.nth(3).getAttribute('data-open')).toBe('true');
    expect(await bars.nth(2).getAttribute('data-open')).toBeNull();
    expect(await page.getByTestId('monthly-open').textContent()).toContain('15 Apr 2024');
  });
});
