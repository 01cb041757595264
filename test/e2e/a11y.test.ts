import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness';

const SECTIONS = ['overview', 'cohorts', 'churn', 'clv', 'customers', 'value', 'drivers', 'data'];
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

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

/** Run axe-core (WCAG 2.1 A and AA rules) on the page as it is now. */
async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Serious and critical findings, one line each, for a readable failure message. */
function blocking(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}`));
}

/** Wait until the section stops adding or removing elements (charts drawn, models fitted). */
async function settle(page: Page, maxMs = 30_000): Promise<void> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < maxMs) {
    const n = await page.locator('main *').count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1500) return;
    await page.waitForTimeout(250);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe-core, ${scheme} mode): no serious or critical violation`, () => {
    let context: BrowserContext;
    let page: Page;
    const report: Record<string, string[]> = {};

    beforeAll(async () => {
      // bypassCSP: axe is injected as an inline script, which the page's own policy rightly refuses.
      context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: scheme,
        bypassCSP: true,
      });
      page = await context.newPage();
    });
    afterAll(async () => {
      const minor = Object.entries(report).filter(([, lines]) => lines.length);
      if (minor.length)
        console.info(
          `${scheme}: moderate and minor findings\n${JSON.stringify(Object.fromEntries(minor), null, 1)}`,
        );
      await context?.close();
    });

    it('on the landing page', async () => {
      await page.goto(server.url);
      await page.getByText(/Engine ready/).waitFor({ timeout: 90_000 });
      const violations = await axe(page);
      report.landing = violations.filter((v) => !blocking([v]).length).map((v) => `${v.impact} ${v.id}`);
      expect(blocking(violations)).toEqual([]);
    });

    for (const section of SECTIONS) {
      it(`on the ${section} section with the sample loaded`, async () => {
        if (!(await page.locator('[data-section]').count())) {
          if (!page.url().startsWith(server.url)) await page.goto(server.url);
          await page.getByTestId('try-sample').click();
          await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
        }
        await page.click(`[data-section="${section}"]`);
        await settle(page);
        if (section === 'clv') {
          // Everything the page shows once the models are fitted in their worker.
          await page.getByTestId('clv-answer').waitFor({ timeout: 90_000 });
          // The fit details are one click below; open them so they are checked too.
          await page.getByTestId('model-details').locator('summary').click();
          await page.getByTestId('fit-ready').waitFor({ timeout: 90_000 });
          await page.getByTestId('formula-value').waitFor({ timeout: 30_000 });
          await settle(page);
        }
        const violations = await axe(page);
        report[section] = violations.filter((v) => !blocking([v]).length).map((v) => `${v.impact} ${v.id}`);
        if (blocking(violations).length)
          console.info(`${scheme} ${section}:\n${blocking(violations).join('\n')}`);
        expect(blocking(violations)).toEqual([]);
      });
    }

    it('on the overview with a 90-day range (changes and trend lines shown)', async () => {
      await page.click('[data-section="overview"]');
      await page.getByTestId('range-preset').selectOption('90d');
      await page.getByTestId('range-versus').waitFor({ timeout: 30_000 });
      await settle(page);
      const violations = await axe(page);
      report.range = violations.filter((v) => !blocking([v]).length).map((v) => `${v.impact} ${v.id}`);
      expect(blocking(violations)).toEqual([]);
      await page.getByTestId('range-preset').selectOption('all');
    });

    it("on a customer's profile", async () => {
      await page.click('[data-section="customers"]');
      await page.locator('[data-customer] .id button').first().click();
      await page.getByTestId('profile-summary').waitFor({ timeout: 30_000 });
      await page.getByTestId('profile-palive').waitFor({ timeout: 60_000 });
      const violations = await axe(page);
      report.profile = violations.filter((v) => !blocking([v]).length).map((v) => `${v.impact} ${v.id}`);
      expect(blocking(violations)).toEqual([]);
      await page.keyboard.press('Escape');
    });
  });
}
