import { mkdir, readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { foreignRequests, launchBrowser, readMetrics, recordRequests, serveDist } from './harness';

/**
 * Exports in Chromium on the sample shop: a chart as SVG and PNG, its numbers as CSV, and the printed
 * report. Each file is opened and checked against what the page shows, not just that it downloaded.
 */
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: ReturnType<typeof recordRequests>;
const OUT = 'test-results/exports';

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  log = recordRequests(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Press a figure's export button and return the downloaded file's name and bytes (kept for review).
 * Headless Chromium drops the 11th download of a browser context (measured with a bare page clicking a
 * blob: link), so a test that needs more than ten downloads should open a second context.
 */
async function download(
  figure: Locator,
  kind: 'svg' | 'png' | 'csv',
): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download', { timeout: 30_000 });
  await figure.getByTestId(`export-${kind}`).click();
  const file = await event;
  const bytes = await readFile((await file.path())!);
  await writeFile(`${OUT}/${file.suggestedFilename()}`, bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** The SVG parsed as the browser parses a file it opens; counts of the selectors asked for. */
async function parseSvg(text: string, selectors: string[]) {
  return page.evaluate(
    ({ text, selectors }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: root.querySelector('g > text')?.textContent ?? null,
        counts: selectors.map((s) => doc.querySelectorAll(s).length),
        unresolved: /var\(--/.test(text),
        scripts: doc.querySelectorAll('script, foreignObject').length,
      };
    },
    { text, selectors },
  );
}

/** PNG signature, and the size from the IHDR chunk. */
function png(bytes: Buffer) {
  return {
    signature: [...bytes.subarray(0, 8)],
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
}

describe('exports of the sample shop, in Chromium', () => {
  it('Overview: the monthly chart as SVG and PNG, its numbers as CSV', async () => {
    await page.goto(server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-testid="monthly"] svg', { timeout: 90_000 });
    const figure = page.getByTestId('monthly');
    const bars = await figure.locator('svg g.bar').count();
    expect(bars).toBeGreaterThan(12);

    const svg = await download(figure, 'svg');
    expect(svg.name).toBe('lojal-active-customers-by-month.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const parsed = await parseSvg(text, ['g.bar', 'rect.new', 'rect.returning', 'text.tick']);
    expect(parsed).toMatchObject({
      error: null,
      root: 'svg',
      namespace: 'http://www.w3.org/2000/svg',
      title: 'Active customers by month',
      unresolved: false,
      scripts: 0,
    });
    expect(parsed.counts.slice(0, 3)).toEqual([bars, bars, bars]);
    expect(parsed.counts[3]).toBeGreaterThan(3);
    // The colours came from CSS variables and classes: resolved into attributes.
    expect(text).toMatch(/<rect class="new"[^>]* fill="rgb\(15, 118, 110\)"/);

    const image = await download(figure, 'png');
    expect(image.name).toBe('lojal-active-customers-by-month.png');
    const head = png(image.bytes);
    expect(head.signature).toEqual(PNG_SIGNATURE);
    // Twice the SVG's size, and a real picture (a blank canvas compresses to a few hundred bytes).
    expect([head.width, head.height]).toEqual([parsed.width * 2, parsed.height * 2]);
    expect(image.bytes.length).toBeGreaterThan(20_000);

    const rows = csvRows((await download(figure, 'csv')).bytes);
    expect(rows[0]).toEqual(['Month', 'New', 'Returning', 'Net revenue']);
    expect(rows).toHaveLength(bars + 1);
    expect(rows[1][0]).toMatch(/^\d{4}-\d{2}$/);
    // The same numbers as the figure's table view, month by month.
    await figure.getByRole('button', { name: 'Show table' }).click();
    const table = await figure
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].slice(1, 3).map((td) => Number(td.textContent!.replace(/\D/g, ''))),
        ),
      );
    await figure.getByRole('button', { name: 'Show chart' }).click();
    expect(rows.slice(1).map((r) => [Number(r[1]), Number(r[2])])).toEqual(table);
    // Monthly net revenue adds up to the overview's.
    const revenue = rows.slice(1).reduce((s, r) => s + Number(r[3]), 0);
    expect(revenue).toBeCloseTo((await readMetrics(page)).revenue!, 2);
  });

  it('Cohorts: the heatmap and the curves as SVG and PNG, their numbers as CSV', async () => {
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-testid="cohort-heatmap"] [data-row="cohort"]', { timeout: 60_000 });
    const heatmap = page.getByTestId('cohort-heatmap');
    const shown = await heatmap
      .locator('[data-row="cohort"]')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-cohort'), Number(r.getAttribute('data-size'))]),
      );
    const cells = await heatmap.locator('[data-row] [data-k]').count();

    const svg = (await download(heatmap, 'svg')).bytes.toString('utf8');
    const parsed = await parseSvg(svg, [
      '[data-row="cohort"]',
      '[data-row] [data-k]',
      'pattern#cohort-hatch',
    ]);
    expect(parsed).toMatchObject({ error: null, root: 'svg', unresolved: false, scripts: 0 });
    expect(parsed.counts).toEqual([shown.length, cells, 1]);

    const head = png((await download(heatmap, 'png')).bytes);
    expect(head.signature).toEqual(PNG_SIGNATURE);
    expect([head.width, head.height]).toEqual([parsed.width * 2, parsed.height * 2]);

    const rows = csvRows((await download(heatmap, 'csv')).bytes);
    expect(rows[0].slice(0, 4)).toEqual(['Cohort', 'Customers', 'Complete periods', 'Month 0']);
    // The average row, then every cohort the heatmap shows, with its size.
    expect(rows).toHaveLength(shown.length + 2);
    expect(rows[1][0]).toBe('Average');
    expect(rows.slice(2).map((r) => [r[0], Number(r[1])])).toEqual(shown);
    // Month 0 retention is 100 % for every cohort.
    expect(new Set(rows.slice(2).map((r) => r[3]))).toEqual(new Set(['1']));

    const curves = page.getByTestId('cohort-curves');
    const curveSvg = (await download(curves, 'svg')).bytes.toString('utf8');
    const drawn = await curves.locator('svg [data-series]').count();
    const curveParsed = await parseSvg(curveSvg, ['[data-series]']);
    expect(curveParsed).toMatchObject({ error: null, unresolved: false });
    expect(curveParsed.counts[0]).toBe(drawn);
    expect(png((await download(curves, 'png')).bytes).signature).toEqual(PNG_SIGNATURE);
    const points = csvRows((await download(curves, 'csv')).bytes);
    expect(points[0]).toEqual(['Line', 'Month', 'Value', 'Lower bound (95%)', 'Upper bound (95%)']);
    expect(points.some((r) => r[0] === 'Average')).toBe(true);
  });

  it('prints a one-page report with the settings and the data summary, without the controls', async () => {
    await page.selectOption('[data-setting="period"]', 'quarter');
    await page.waitForSelector('[data-row="cohort"][data-cohort$="-Q1"]', { timeout: 60_000 });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const header = page.getByTestId('print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.locator('h1').textContent()).toBe('Lojal report · Cohorts');
    const settings = await header.getByTestId('print-settings').textContent();
    expect(settings).toContain('Quarter');
    expect(await header.textContent()).toMatch(/orders\.csv · Orders/);
    expect(await page.locator('aside').isVisible()).toBe(false);
    expect(await page.getByTestId('cohort-settings').isVisible()).toBe(false);
    expect(await page.getByTestId('export-svg').first().isVisible()).toBe(false);
    await page.screenshot({ path: `${OUT}/cohorts-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: `${OUT}/cohorts-report.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await header.isVisible()).toBe(false);
  });

  it('every CSV of Churn, Lifetime value and Customers carries raw numbers, even in Norwegian', async () => {
    // A second context (the first has used its ten downloads), in Bokmål with kroner chosen: the page shows
    // "1 234,50 kr" and "45,0 %"; the files must carry 1234.5 and 0.45.
    const nb = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      acceptDownloads: true,
      locale: 'nb-NO',
    });
    const p = await nb.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const RAW = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;
    /** Download every CSV button in `scope`; check every cell outside the text columns is a raw number. */
    const check = async (name: string, text: number[] = [0]) => {
      const buttons = p.locator('[data-testid="export-csv"]');
      const files: string[] = [];
      for (let i = 0; i < (await buttons.count()); i++) {
        const event = p.waitForEvent('download', { timeout: 30_000 });
        await buttons.nth(i).click();
        const file = await event;
        const bytes = await readFile((await file.path())!);
        await writeFile(`${OUT}/nb-${file.suggestedFilename()}`, bytes);
        files.push(file.suggestedFilename());
        const rows = Papa.parse<string[]>(
          bytes
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .trimEnd(),
          {
            newline: '\r\n',
          },
        ).data;
        expect(rows.length, file.suggestedFilename()).toBeGreaterThan(1);
        for (const row of rows.slice(1))
          row.forEach((cell, j) => {
            if (text.includes(j) || cell === '') return;
            expect(cell, `${file.suggestedFilename()} column ${rows[0][j]}`).toMatch(RAW);
          });
        // Shares are 0–1 and say so; amounts name their currency.
        rows[0].forEach((h, j) => {
          if (/andel, 0–1/.test(h))
            for (const r of rows.slice(1))
              if (r[j] !== '') expect(Math.abs(Number(r[j]))).toBeLessThanOrEqual(5);
        });
      }
      return { name, files };
    };
    await p.goto(server.url);
    await p.getByTestId('try-sample').click();
    await p.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    // The sample names no currency and the language suggests none: the reader says kroner.
    await p.getByTestId('currency-picker').selectOption('NOK');
    await p.click('[data-section="churn"]');
    await p.waitForSelector('[data-testid="survival-groups"] tbody tr', { timeout: 60_000 });
    await p.waitForSelector('[data-testid="figure-lifecycle"] svg rect[data-key]', { timeout: 60_000 });
    // The on-screen table stays formatted for the language.
    await p.locator('[data-testid="figure-churn-rate"] button.toggle').first().click();
    expect(await p.locator('[data-testid="figure-churn-rate"] table').textContent()).toMatch(/\d,\d\s%/);
    const churn = await check('churn');
    expect(churn.files.length).toBeGreaterThanOrEqual(3);

    await p.click('[data-section="clv"]');
    await p.waitForSelector('[data-testid="holdout"] svg [data-series="predicted"]', { timeout: 120_000 });
    await p.waitForSelector('[data-testid="rfm-segments"] > *', { timeout: 60_000 });
    const clv = await check('clv');
    expect(clv.files).toEqual(
      expect.arrayContaining([
        'lojal-rfm-segmenter.csv',
        'lojal-realisert-livstidsverdi.csv',
        'lojal-test-mot-det-som-faktisk-skjedde.csv',
        'lojal-sannsynlighet-for-at-en-kunde-fortsatt-er-aktiv.csv',
      ]),
    );
    const rfm = Papa.parse<string[]>(
      (await readFile(`${OUT}/nb-lojal-rfm-segmenter.csv`, 'utf8')).replace(/^\uFEFF/, '').trimEnd(),
      { newline: '\r\n' },
    ).data;
    expect(rfm[0][2]).toMatch(/\(NOK\)$/);

    await p.click('[data-section="customers"]');
    await p.waitForSelector('[data-customer]', { timeout: 60_000 });
    // customer_id, segment, first and last purchase, then numbers (attributes after them are text).
    const event = p.waitForEvent('download', { timeout: 30_000 });
    await p.getByTestId('export-csv').click();
    const file = await event;
    const list = Papa.parse<Record<string, string>>(await readFile((await file.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(list.length).toBeGreaterThan(1000);
    for (const r of list.slice(0, 500))
      for (const key of ['purchases', 'revenue', 'r', 'f', 'm', 'p_alive', 'predicted_clv'])
        if (r[key] !== '') expect(r[key], key).toMatch(RAW);
    expect(errors).toEqual([]);
    await nb.close();
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(foreignRequests(log.urls, server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
