import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './harness';

/**
 * Every screen, as a phone and a desktop show it: the section menu of narrow windows, no sideways page
 * scroll at 390 × 844, segment breakdowns (the largest N and "(other)", one colour per segment on
 * every page) and the cohort heatmap's keyboard use. Screenshots are kept in test-results/layout.
 */
const app = useApp({ viewport: { width: 390, height: 844 } });
const OUT = 'test-results/layout';
const SECTIONS = ['overview', 'cohorts', 'churn', 'clv', 'customers', 'value', 'drivers', 'data'];

/** What each section must have drawn before it is measured. */
const READY: Record<string, string> = {
  overview: '[data-testid="monthly"] svg',
  cohorts: '[data-testid="cohort-heatmap"] svg[role="group"]',
  churn: '[data-testid="figure-lifecycle"] svg rect[data-key]',
  clv: '[data-testid="holdout"] svg [data-series="predicted"]',
  customers: '[data-customer]',
  value: '[data-testid="value-profit"] svg [data-series="5y"]',
  drivers: '[data-testid="action-list"]',
  data: '[data-testid="hygiene"]',
};

async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="query-progress"]'), undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(400);
}

beforeAll(() => mkdir(OUT, { recursive: true }));

describe('a phone (390 × 844): a section menu, and no page wider than the screen', () => {
  beforeAll(async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  });

  it('opens the section list from the menu button, and closes it with Escape or a choice', async () => {
    const page = app.page;
    const toggle = page.getByTestId('menu-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-section="cohorts"]').isVisible()).toBe(false);

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-section="cohorts"]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-section="cohorts"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'menu-toggle',
    );

    // Keyboard only: open, Tab to a section, choose it; the menu closes and names the section.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-section'))).toBe('cohorts');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="cohorts-page"]').isVisible()).toBe(true);
    expect(await toggle.innerText()).toContain('Cohorts');
  });

  it.each(SECTIONS)('%s: no sideways page scroll, the menu reaches it', async (section) => {
    const page = app.page;
    await page.getByTestId('menu-toggle').click();
    await page.click(`[data-section="${section}"]`);
    await page.waitForSelector(READY[section], { timeout: 120_000 });
    await quiet(page);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth, `${section}: page width`).toBeLessThanOrEqual(innerWidth);
    // Figures use the width there is: the first chart is at least 80 % of the screen wide.
    const chart = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('main .card svg:not([aria-hidden="true"])')].find(
        (s) => s.getBoundingClientRect().width > 100,
      );
      return svg ? svg.getBoundingClientRect().width : null;
    });
    if (section !== 'customers' && section !== 'data') expect(chart).toBeGreaterThan(0.8 * 330);
    await page.screenshot({ path: `${OUT}/${section}-390.png`, fullPage: true });
  });

  it('scrolls the heatmap inside its own box, the cohort column staying in place', async () => {
    const page = app.page;
    await page.getByTestId('menu-toggle').click();
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector(READY.cohorts);
    const box = page.locator('[data-testid="cohort-heatmap"] .scroll');
    const before = await page.locator('svg.pin').boundingBox();
    await box.evaluate((e) => (e.scrollLeft = 400));
    expect(await box.evaluate((e) => e.scrollLeft)).toBe(400);
    const after = await page.locator('svg.pin').boundingBox();
    expect(after?.x).toBe(before?.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('the cohort heatmap is one tab stop (desktop)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(app.server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector(READY.cohorts, { timeout: 120_000 });
    await quiet(page);
  });
  afterAll(() => page?.close());

  const focused = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return e?.classList.contains('cell')
        ? { r: Number(e.getAttribute('data-r')), k: Number(e.getAttribute('data-k')) }
        : { outside: e?.tagName ?? null };
    });

  it('Tab enters the grid once and the next Tab leaves it', async () => {
    expect(await page.locator('[data-testid="cohort-heatmap"] .cell').count()).toBeGreaterThan(600);
    expect(await page.locator('[data-testid="cohort-heatmap"] .cell[tabindex="0"]').count()).toBe(1);
    await page.locator('[data-testid="cohort-heatmap"] .curves-head button').last().focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ r: 0, k: 0 });
    await page.keyboard.press('Tab');
    expect(await focused()).not.toHaveProperty('r');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual({ r: 0, k: 0 });
  });

  it('arrow keys, End and Home move between cells', async () => {
    await page.keyboard.press('ArrowDown'); // the first cohort row
    expect(await focused()).toEqual({ r: 1, k: 0 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ r: 1, k: 2 });
    await page.keyboard.press('End');
    const last = await page.locator('[data-r="1"].cell').count();
    expect(await focused()).toEqual({ r: 1, k: last - 1 });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ r: 1, k: 1 });
    // The tab stop moved with the focus.
    expect(await page.locator('.cell[tabindex="0"]').getAttribute('data-r')).toBe('1');
  });

  it("Enter lists the cell's customers, Escape closes them and focus stays on the cell", async () => {
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="cell-customers"] [data-count]', { timeout: 30_000 });
    expect(await focused()).toEqual({ r: 1, k: 1 });
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="cell-customers"]').count()).toBe(0);
    expect(await focused()).toEqual({ r: 1, k: 1 });
    // From inside the list too: Escape closes it and focus goes back to the cell.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="cell-download"]:not([disabled])', { timeout: 30_000 });
    await page.getByTestId('cell-download').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="cell-customers"]').count()).toBe(0);
    expect(await focused()).toEqual({ r: 1, k: 1 });
  });

  it('shows totals: retained customers instead of rates', async () => {
    const cell = page.locator('[data-row="cohort"]').first().locator('.cell[data-k="1"] text');
    expect(await cell.textContent()).toMatch(/%$/);
    await page.click('[data-cells="total"]');
    expect(await cell.textContent()).toMatch(/^\d+$/);
    await page.click('[data-cells="rate"]');
  });
});

/** 20 countries of falling size (40, 38, … 2 customers), each customer buying 1 to 4 times. */
function manyCountries(): string {
  const lines = ['customer_id,order_id,order_date,amount,country'];
  let id = 0;
  let order = 0;
  for (let c = 0; c < 20; c++) {
    const country = `Land ${String.fromCharCode(65 + c)}`;
    for (let i = 0; i < 40 - 2 * c; i++, id++) {
      const visits = 1 + (id % 4);
      for (let v = 0; v < visits; v++) {
        const d = new Date(Date.UTC(2023, id % 12, 1 + (id % 27)) + v * (25 + (id % 5) * 20) * 86_400_000);
        lines.push(`c${id},o${order++},${d.toISOString().slice(0, 10)},${10 + (id % 7) * 3},${country}`);
      }
    }
  }
  return lines.join('\n');
}

describe('a breakdown by 20 countries: the largest 8 and "(other)", each with its own colour everywhere', () => {
  let page: Page;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(app.server.url);
    await page
      .getByTestId('file-input')
      .setInputFiles([
        { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(manyCountries(), 'utf8') },
      ]);
    await page.getByTestId('ingest-load').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  });
  afterAll(() => page?.close());

  const strokes = (selector: string, key: string) =>
    page.$$eval(
      selector,
      (els, k) => els.map((e) => [e.getAttribute(k), e.getAttribute('stroke')] as [string, string]),
      key,
    );

  it('shows 8 countries and (other) on the cohort curves and the heatmap, colours never repeated', async () => {
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector(READY.cohorts, { timeout: 120_000 });
    await page.click('[data-compare="country"]');
    await page.waitForSelector('[data-testid="cohort-curves"] path.segment', { timeout: 60_000 });
    await quiet(page);
    const curves = await strokes('[data-testid="cohort-curves"] path.segment', 'data-series');
    expect(curves.map(([k]) => k)).toEqual([
      ...'ABCDEFGH'.split('').map((c) => `avg:Land ${c}`),
      'avg:(other)',
    ]);
    expect(new Set(curves.map(([, s]) => s)).size).toBe(9);
    const groups = await page.$$eval('[data-testid="cohort-heatmap"] svg[role="group"] text.group', (t) =>
      t.map((e) => e.textContent),
    );
    expect(groups).toEqual([...'ABCDEFGH'.split('').map((c) => `Land ${c}`), '(other)']);
    // (other) holds the 12 smallest: 24 + 22 + … + 2 = 156 customers.
    const other = await page.$$eval('[data-row="cohort"][data-segment="(other)"]', (rows) =>
      rows.reduce((s, r) => s + Number(r.getAttribute('data-size')), 0),
    );
    expect(other).toBe(156);
    await page.screenshot({ path: `${OUT}/segments-cohorts.png`, fullPage: true });
  });

  it('gives each country the same colour on the survival curves', async () => {
    const cohortColours = new Map(
      (await strokes('[data-testid="cohort-curves"] path.segment', 'data-series')).map(([k, s]) => [
        k.slice(4),
        s,
      ]),
    );
    await page.click('[data-section="churn"]');
    await page.waitForSelector('[data-testid="survival-by"]', { timeout: 120_000 });
    await page.selectOption('[data-testid="survival-by"]', 'customers.country');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="figure-survival"] path.curve').length === 9,
      undefined,
      { timeout: 60_000 },
    );
    const survival = await strokes('[data-testid="figure-survival"] path.curve', 'data-group');
    expect(survival).toHaveLength(9);
    for (const [group, stroke] of survival) expect(stroke, group).toBe(cohortColours.get(group));
    await page
      .locator('[data-testid="figure-survival"]')
      .screenshot({ path: `${OUT}/segments-survival.png` });
  });

  it('shows the largest 3 when asked, and picked countries instead, in every page alike', async () => {
    await page.selectOption('[data-testid="segment-top"]', '3');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="figure-survival"] path.curve').length === 4,
      undefined,
      { timeout: 60_000 },
    );
    await page.click('[data-testid="segment-pick"]');
    // Showing the largest three; ticking a small country compares it too, and the link carries it.
    await page.check('[data-testid="segment-picker"] input[data-segment="Land T"]');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="figure-survival"] path.curve')]
          .map((p) => p.getAttribute('data-group'))
          .join('|') === 'Land A|Land B|Land C|Land T|(other)',
      undefined,
      { timeout: 60_000 },
    );
    const link = await page.evaluate(() => location.hash.slice(1));
    expect(new URLSearchParams(link).get('segments.top')).toBe('3');
    expect(new URLSearchParams(link).getAll('segments.pick').join('|')).toContain('Land T');
    const survival = new Map(await strokes('[data-testid="figure-survival"] path.curve', 'data-group'));
    await page.click('[data-section="cohorts"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cohort-curves"] path.segment').length === 5,
      undefined,
      { timeout: 60_000 },
    );
    const cohorts = await strokes('[data-testid="cohort-curves"] path.segment', 'data-series');
    for (const [key, stroke] of cohorts) expect(stroke, key).toBe(survival.get(key.slice(4)));
    expect(new Set(cohorts.map(([, s]) => s)).size).toBe(5);
  });
});
