/**
 * Shareable settings in real Chromium: settings changed on two pages travel in the link's fragment;
 * a fresh page opened on that link restores the section, the settings and the same numbers once the
 * user loads the same data; a saved settings file loads back; a bad file is refused by name; a hostile
 * link is shown as text; and nothing is requested from another origin.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { foreignRequests, launchBrowser, readMetrics, recordRequests, serveDist } from './harness';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const logs: ReturnType<typeof recordRequests>[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a fresh browser context (no shared storage), with every request recorded. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  contexts.push(context);
  const page = await context.newPage();
  logs.push(recordRequests(page));
  return page;
}

async function loadSample(page: Page) {
  await page.getByTestId('try-sample').click();
  await page.waitForSelector('[data-section]', { timeout: 90_000 });
}

/** Every `data-value` inside `selector`, once they have stopped changing (queries re-run on settings). */
async function settledValues(page: Page, selector: string): Promise<string[]> {
  const read = () =>
    page.$$eval(`${selector} [data-value]`, (els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  let last = await read();
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(700);
    const now = await read();
    if (now.length > 0 && now.join() === last.join()) return now;
    last = now;
  }
  throw new Error(`values in ${selector} never settled`);
}

/** Wait until `selector`'s values equal `want` (the other page's numbers). */
async function waitForValues(page: Page, selector: string, want: string[]) {
  await page.waitForFunction(
    ({ selector, want }) =>
      [...document.querySelectorAll(`${selector} [data-value]`)]
        .map((e) => e.getAttribute('data-value'))
        .join('|') === want.join('|'),
    { selector, want },
    { timeout: 90_000 },
  );
}

const HEATMAP = '[data-testid="cohort-heatmap"]';
const CHURN = '[data-testid="figure-churn-rate"]';
const churnPeriod = (page: Page, label: string) =>
  page.locator('[data-testid="churn-controls"] .periods button', { hasText: label });

describe('shareable settings', () => {
  let link = '';
  let cohortValues: string[] = [];
  let churnValues: string[] = [];
  let churnHeadline = '';
  let overview: Record<string, number | null> = {};

  it('keeps settings changed on two pages in the link fragment, without adding history entries', async () => {
    const page = await freshPage();
    await page.goto(server.url);
    await loadSample(page);
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    overview = await readMetrics(page);
    const entries = await page.evaluate(() => history.length);

    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-setting="period"]', { timeout: 60_000 });
    await page.selectOption('[data-setting="period"]', 'quarter');
    await page.selectOption('[data-setting="measure"]', 'orders');
    cohortValues = await settledValues(page, HEATMAP);

    await page.click('[data-section="churn"]');
    await page.waitForSelector('[data-testid="window-input"]', { timeout: 60_000 });
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="window-input"]') as HTMLInputElement).value !== '',
    );
    await page.getByTestId('window-input').fill('45');
    await page.getByTestId('window-input').press('Enter');
    await churnPeriod(page, 'Quarter').click();
    await page.waitForFunction(() => location.hash.includes('churn.period=quarter'));
    churnValues = await settledValues(page, CHURN);
    churnHeadline = (await page.textContent(`${CHURN} .headline`)) ?? '';

    link = page.url();
    const hash = new URLSearchParams(new URL(link).hash.slice(1));
    expect(hash.get('v')).toBe('1');
    expect(hash.get('section')).toBe('churn');
    expect(hash.get('cohorts.period')).toBe('quarter');
    expect(hash.get('cohorts.measure')).toBe('orders');
    expect(hash.get('churn.window')).toBe('45');
    expect(hash.get('churn.period')).toBe('quarter');
    // replaceState: settings never pile up in the back button.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // "Copy link" puts this very address on the clipboard (or shows it to copy by hand).
    await page.getByTestId('share-settings').click();
    await page.getByTestId('copy-link').click();
    const copied = await page
      .getByTestId('settings-status')
      .waitFor({ timeout: 3000 })
      .then(() => page.evaluate(() => navigator.clipboard.readText()))
      .catch(() => page.getByTestId('manual-link').inputValue());
    expect(copied).toBe(link);
  });

  it('a fresh page opened on the link shows the same section, settings and numbers once the sample is loaded', async () => {
    const page = await freshPage();
    await page.goto(link);
    await loadSample(page);
    expect(await page.getAttribute('[data-section="churn"]', 'aria-current')).toBe('page');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="window-input"]') as HTMLInputElement)?.value === '45',
      undefined,
      { timeout: 60_000 },
    );
    expect(await churnPeriod(page, 'Quarter').getAttribute('aria-pressed')).toBe('true');
    await waitForValues(page, CHURN, churnValues);
    expect(await page.textContent(`${CHURN} .headline`)).toBe(churnHeadline);

    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-setting="period"]', { timeout: 60_000 });
    expect(await page.inputValue('[data-setting="period"]')).toBe('quarter');
    expect(await page.inputValue('[data-setting="measure"]')).toBe('orders');
    await waitForValues(page, HEATMAP, cohortValues);

    await page.click('[data-section="overview"]');
    await page.waitForSelector('[data-metric="customers"]');
    expect(await readMetrics(page)).toEqual(overview);
    expect(await page.$('[data-testid="settings-notes"]')).toBeNull();
    await page.screenshot({ path: 'test-results/settings-link.png' });
  });

  it('saves the settings as a file and loads them back; a bad file is refused, naming the file and the setting', async () => {
    const page = await freshPage();
    await page.goto(link);
    await loadSample(page);
    await page.waitForSelector('[data-testid="window-input"]', { timeout: 60_000 });

    const download = page.waitForEvent('download');
    await page.getByTestId('share-settings').click();
    await page.getByTestId('save-settings').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('lojal-settings.json');
    const saved = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(saved).toMatchObject({
      lojal: 'settings',
      v: 1,
      settings: { section: 'churn', 'churn.window': '45', 'cohorts.period': 'quarter' },
    });

    // Change the view, then load the file: everything returns.
    await page.getByTestId('window-input').fill('60');
    await page.getByTestId('window-input').press('Enter');
    await page.click('[data-section="overview"]');
    // The overview is the default section, so the fragment just drops `section`.
    await page.waitForFunction(() => !location.hash.includes('section='));
    await page.setInputFiles('[data-testid="settings-file"]', {
      name: 'lojal-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(saved)),
    });
    await page.getByTestId('settings-status').filter({ hasText: 'lojal-settings.json' }).waitFor();
    await page.waitForSelector('[data-testid="window-input"]', { timeout: 60_000 });
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="window-input"]') as HTMLInputElement).value === '45',
    );
    await waitForValues(page, CHURN, churnValues);

    // A file with one bad value changes nothing and says which file and which setting.
    const bad = { ...saved, settings: { ...saved.settings, 'churn.window': '-3' } };
    await page.setInputFiles('[data-testid="settings-file"]', {
      name: 'from-anna.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const status = page.getByTestId('settings-status');
    await status.filter({ hasText: 'from-anna.json' }).waitFor();
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toContain('churn.window');
    expect(await page.getByTestId('window-input').inputValue()).toBe('45');

    // A link pasted into this tab's address bar changes only the fragment: the page takes it as is.
    await page.evaluate(() => (location.hash = '#v=1&section=cohorts&cohorts.period=year'));
    await page.waitForSelector('[data-setting="period"]', { timeout: 60_000 });
    expect(await page.inputValue('[data-setting="period"]')).toBe('year');
    expect(await page.inputValue('[data-setting="measure"]')).toBe('customers');
  });

  it('shows what a hostile or foreign link asked for as text, and uses the defaults instead', async () => {
    const page = await freshPage();
    const hostile = new URLSearchParams({
      v: '1',
      section: 'cohorts',
      'cohorts.by': '<img src=x onerror="window.__pwned=1">',
      'churn.window': '"><script>window.__pwned=2</script>',
      // The sample has no tenure table.
      'churn.survival': 'tenure',
    });
    await page.goto(`${server.url}#${hostile}`);
    await loadSample(page);
    const notes = page.getByTestId('settings-notes');
    await notes.waitFor({ timeout: 60_000 });
    const text = await notes.textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('"><script>window.__pwned=2</script>');
    const keys = await notes.locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-key')));
    expect(keys.sort()).toEqual(['churn.survival', 'churn.window', 'cohorts.by']);
    expect(
      await page.$$eval(
        '[data-testid="settings-notes"] img, [data-testid="settings-notes"] script',
        (e) => e.length,
      ),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.inputValue('[data-setting="by"]')).toBe('');
    // The fragment now holds only what is in use.
    await page.waitForFunction(() => !location.hash.includes('cohorts.by'));
  });

  it('made no request to another origin and raised no page error', () => {
    const urls = logs.flatMap((l) => l.urls);
    expect(urls.length).toBeGreaterThan(0);
    expect(foreignRequests(urls, server.origin)).toEqual([]);
    expect(logs.flatMap((l) => l.errors)).toEqual([]);
  });
});
