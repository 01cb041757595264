import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { refOccasionDays, refOrders, type RefLine } from '../helpers/reference';
import { dayNumber, refInterPurchase, refOrderSurvival, type Occasions } from '../helpers/churnReference';
import { refKaplanMeier, refLogRank, type RefSubject } from '../helpers/survivalReference';
import { useApp } from './harness';

const app = useApp();

/** A plain CSV file of the sample (unquoted, comma-separated) as rows of named cells. */
function sampleCsv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path.resolve('public/sample', name), 'utf8').trim().split('\n');
  const columns = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
}

/** Everything the page should show, worked out by brute force from the sample files. */
function expected(attribute: string, chosenWindow?: number) {
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
  const window = chosenWindow ?? refInterPurchase(occasions).suggestedWindow!;
  const value = new Map(sampleCsv('customers.csv').map((c) => [c.customer_id, c[attribute] || '(blank)']));
  const groups = new Map<string, RefSubject[]>();
  for (const s of refOrderSurvival(occasions, dayNumber(asOf), window)) {
    const g = value.get(s.customerId) ?? '(blank)';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push({ time: s.duration, event: s.event });
  }
  const names = [...groups.keys()].sort();
  const summary = names.map((name) => {
    const subjects = groups.get(name)!;
    const median = refKaplanMeier(subjects).find((r) => r.survival <= 0.5)?.time ?? null;
    return { name, n: subjects.length, events: subjects.filter((s) => s.event).length, median };
  });
  return { window, summary, logRank: refLogRank(names.map((n) => groups.get(n)!)) };
}

/** The groups table and log-rank result as the page shows them. */
async function shown(p: Page) {
  const groups = await p.$$eval('[data-testid="survival-groups"] tbody tr', (rows) =>
    rows.map((r) => ({
      name: r.getAttribute('data-group')!,
      n: Number(r.getAttribute('data-n')),
      events: Number(r.getAttribute('data-events')),
      median: r.getAttribute('data-median') === '' ? null : Number(r.getAttribute('data-median')),
    })),
  );
  const test = await p.$eval('[data-testid="log-rank"]', (e) => ({
    chi2: Number(e.getAttribute('data-chi2')),
    df: Number(e.getAttribute('data-df')),
    p: Number(e.getAttribute('data-p')),
  }));
  const verdict = await p.$eval('[data-testid="figure-survival"] .headline', (e) => e.textContent ?? '');
  return { groups: groups.sort((a, b) => a.name.localeCompare(b.name)), test, verdict };
}

/** Pick an attribute in "Compare by" and wait until the table shows exactly the expected groups. */
async function compareBy(p: Page, attribute: string, names: string[]) {
  await p.selectOption('[data-testid="survival-by"]', { label: attribute });
  await p.waitForFunction(
    (want) => {
      const got = [...document.querySelectorAll('[data-testid="survival-groups"] tbody tr')].map((r) =>
        r.getAttribute('data-group'),
      );
      return got.length === want.length && want.every((n) => got.includes(n));
    },
    names,
    { timeout: 60_000 },
  );
}

describe('the churn page on the sample shop', () => {
  it('opens with the suggested window and one survival curve', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await app.page.click('[data-section="churn"]');
    await app.page.waitForSelector('[data-testid="survival-groups"] tbody tr', { timeout: 60_000 });
    const { window } = expected('loyalty_member');
    expect(await app.page.getByTestId('window-input').inputValue()).toBe(String(window));
    expect(
      await app.page.$$eval('[data-testid="figure-lifecycle"] svg rect[data-key]', (r) => r.length),
    ).toBeGreaterThan(50);
  });

  it.each(['loyalty_member', 'acquisition_channel'])(
    'split by %s: medians, counts and the log-rank test equal the brute force',
    async (attribute) => {
      const want = expected(attribute);
      await compareBy(
        app.page,
        attribute,
        want.summary.map((g) => g.name),
      );
      const got = await shown(app.page);
      expect(got.groups).toEqual(want.summary);
      expect(got.test.df).toBe(want.logRank.df);
      expect(got.test.chi2).toBeCloseTo(want.logRank.chi2, 6);
      expect(got.test.p).toBeLessThan(1);
      expect(got.verdict).toMatch(new RegExp(`^(Customers with ${attribute} “|No clear difference)`));
      await app.page.screenshot({ path: `test-results/churn-${attribute}.png`, fullPage: true });
    },
  );

  it('moves the window with the keyboard on the histogram marker, and the curves follow', async () => {
    const suggested = expected('acquisition_channel').window;
    await app.page.locator('[data-testid="figure-gaps"] [role="slider"]').focus();
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.waitForFunction(
      (w) => (document.querySelector('[data-testid="window-input"]') as HTMLInputElement).value === String(w),
      suggested + 7,
    );
    const want = expected('acquisition_channel', suggested + 7);
    await app.page.waitForFunction(
      (events) =>
        [...document.querySelectorAll('[data-testid="survival-groups"] tbody tr')]
          .map((r) => Number(r.getAttribute('data-events')))
          .reduce((a, b) => a + b, 0) === events,
      want.summary.reduce((a, g) => a + g.events, 0),
      { timeout: 60_000 },
    );
    const got = await shown(app.page);
    expect(got.groups).toEqual(want.summary);
    expect(got.test.chi2).toBeCloseTo(want.logRank.chi2, 6);
  });

  it('raised no page error', () => {
    expect(app.log.errors).toEqual([]);
  });
});
