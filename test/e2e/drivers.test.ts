import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { refOccasionDays, refOrders, type RefLine } from '../helpers/reference';
import { dayNumber, refOrderSurvival, type Occasions } from '../helpers/churnReference';
import { refKaplanMeier, type RefSubject } from '../helpers/survivalReference';
import { foreignRequests, useApp } from './harness';

const app = useApp();

function sampleCsv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path.resolve('public/sample', name), 'utf8').trim().split('\n');
  const columns = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
}

/** 12-month survival per loyalty level, by brute force from the sample files (METRICS.md §5, §9). */
function expectedLoyalty(window: number) {
  const lines: RefLine[] = sampleCsv('orders.csv').map((r) => ({
    orderId: r.order_id,
    customerId: r.customer_id,
    date: r.order_date,
    amount: Number(r.amount),
    cancelled: r.status === 'cancelled',
  }));
  const asOf = lines.reduce((m, l) => (l.date > m ? l.date : m), '');
  const occasions: Occasions = new Map();
  for (const [customer, days] of refOccasionDays(refOrders(lines)))
    if (days.size)
      occasions.set(
        customer,
        [...days].map(dayNumber).sort((a, b) => a - b),
      );
  const member = new Map(sampleCsv('customers.csv').map((c) => [c.customer_id, c.loyalty_member]));
  const groups = new Map<string, RefSubject[]>();
  for (const s of refOrderSurvival(occasions, dayNumber(asOf), window)) {
    const g = member.get(s.customerId)!;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push({ time: s.duration, event: s.event });
  }
  return Object.fromEntries(
    [...groups].map(([g, subjects]) => [
      g,
      {
        n: subjects.length,
        survival: refKaplanMeier(subjects)
          .filter((r) => r.time <= 365)
          .at(-1)!.survival,
      },
    ]),
  );
}

describe('what goes with retention', () => {
  it('ranks loyalty membership first on the sample, with the brute-force 12-month survival', async () => {
    const { page, server } = app;
    await page.goto(server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await page.click('[data-section="drivers"]');
    await page.waitForSelector('[data-testid="driver"]', { timeout: 60_000 });
    const first = page.locator('[data-testid="drivers-ranked"] [data-testid="driver"]').first();
    expect(await first.getAttribute('data-name')).toBe('attribute:loyalty_member');
    expect(Number(await first.getAttribute('data-q'))).toBeLessThan(0.001);
    await expect.poll(() => first.textContent()).toContain('still active after 12 months');
    expect(await page.getByTestId('drivers-caution').textContent()).toContain('not a cause');

    const window = Number(await page.locator('[data-window]').getAttribute('data-window'));
    const want = expectedLoyalty(window);
    const shown = await first
      .locator('[data-level]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-level'), Number(e.getAttribute('data-survival'))] as const),
      );
    expect(shown.map(([l]) => l)).toEqual(['yes', 'no']);
    for (const [level, s] of shown) expect(s).toBeCloseTo(want[level!].survival, 10);
  });

  it('opens the curves per level and the customers behind a level', async () => {
    const { page } = app;
    await page.locator('[data-testid="driver-open"]').first().click();
    const detail = page.getByTestId('figure-driver-detail');
    await detail.waitFor();
    await expect.poll(() => detail.locator('svg [data-group]').count()).toBe(2);
    await detail.locator('[data-testid="driver-level-customers"]').first().click();
    const list = page.getByTestId('drivers-customers');
    await expect.poll(() => list.getAttribute('data-count')).not.toBe('');
    const window = Number(await page.locator('[data-window]').getAttribute('data-window'));
    expect(Number(await list.getAttribute('data-count'))).toBe(expectedLoyalty(window).yes.n);
    // The link now carries the opened attribute.
    expect(decodeURIComponent(page.url())).toContain('drivers.attribute=attribute:loyalty_member');
  });

  it('lists whom to contact first, with reasons, and exports them as CSV', async () => {
    const { page, server, log } = app;
    const table = page.getByTestId('action-list');
    await table.waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('action-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lojal-contact-first.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual([
      'Customer',
      'Level',
      'P(alive) (share, 0–1)',
      'Predicted CLV',
      'Revenue',
      'Reason',
    ]);
    const rows = await table.locator('tbody tr').count();
    expect(csv.data).toHaveLength(rows);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(50);
    const member = new Map(sampleCsv('customers.csv').map((c) => [c.customer_id, c.loyalty_member]));
    for (const r of csv.data) {
      // Not yet members, P(alive) below the threshold, each with the reason in words.
      expect(member.get(r.Customer)).toBe('no');
      expect(Number(r['P(alive) (share, 0–1)'])).toBeLessThan(0.5);
      expect(r.Reason).toMatch(
        /^loyalty_member is no: .* still active after 12 months, against .* for yes\. P\(alive\)/,
      );
    }
    const clv = csv.data.map((r) => Number(r['Predicted CLV']));
    expect(clv).toEqual([...clv].sort((a, b) => b - a));
    expect(foreignRequests(log.urls, server.origin)).toEqual([]);
  });
});
