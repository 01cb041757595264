import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './harness';

/**
 * The printed report of every section fits one A4 page: Chromium's own PDF of the page (print media,
 * as "Save as PDF" makes it, with the page's own @page size) has exactly one page, and shows the report
 * header and the section's figures. Cohorts print landscape on two: the cohort table at the page's
 * width on the first, the curves on the second. The PDFs and print-media screenshots are kept in
 * test-results/print for review.
 */
const app = useApp();
const OUT = 'test-results/print';

beforeAll(() => mkdir(OUT, { recursive: true }));

/** Pages of a PDF as Chromium writes it: one `/Type /Page` dictionary per page. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** What each section must have drawn before it is printed. */
const READY: Record<string, string> = {
  overview: '[data-testid="monthly"] svg',
  cohorts: '[data-testid="cohort-heatmap"] svg',
  churn: '[data-testid="figure-lifecycle"] svg rect[data-key]',
  clv: '[data-testid="holdout"] svg [data-series="predicted"]',
  customers: '[data-customer]',
  value: '[data-testid="value-profit"] svg [data-series="5y"]',
  drivers: '[data-testid="action-list"]',
  data: '[data-testid="hygiene"]',
};

/** Pages each section's report takes (one unless said here). */
const PAGES: Record<string, number> = { cohorts: 2 };

/** Width and height of the first page, in points, from its MediaBox. */
function firstPageSize(pdf: Buffer): [number, number] {
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return box ? [Number(box[1]), Number(box[2])] : [0, 0];
}

describe('the printed report of every section fits one A4 page', () => {
  beforeAll(async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  });

  it.each(Object.keys(READY))('%s', async (section) => {
    await app.page.click(`[data-section="${section}"]`);
    await app.page.waitForSelector(READY[section], { timeout: 120_000 });
    await app.page.waitForFunction(
      () => !document.querySelector('[data-testid="query-progress"]'),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await app.page.waitForTimeout(500);
    await app.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await app.page.emulateMedia({ media: 'print' });
    try {
      expect(await app.page.getByTestId('print-header').isVisible()).toBe(true);
      await app.page.screenshot({ path: `${OUT}/${section}.png`, fullPage: true });
      const pdf = await app.page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        path: `${OUT}/${section}.pdf`,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfPages(pdf), `${section}: pages of the printed report`).toBe(PAGES[section] ?? 1);
      // A4 is 595 × 842 points; the cohort table's section is landscape.
      const [w, h] = firstPageSize(pdf);
      expect(Math.round(Math.max(w, h))).toBe(842);
      expect(w > h, `${section}: landscape`).toBe(section === 'cohorts');
    } finally {
      await app.page.emulateMedia({ media: 'screen' });
      await app.page.evaluate(() => dispatchEvent(new Event('afterprint')));
    }
  });

  it('raised no page error', () => {
    expect(app.log.errors).toEqual([]);
  });
});
