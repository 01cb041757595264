import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

/**
 * Long analysis queries: a figure whose query runs past 300 ms shows a busy state with the elapsed
 * time and Cancel; Cancel stops the query in the DuckDB worker; the figure says it was cancelled and
 * offers Run again, and the engine answers the next query at once.
 *
 * The slow query is real work in the worker: the browser engine's test hook (localStorage
 * `lojal:test:slowQuery`, see slowedForTest in src/lib/engine/browser.ts) makes the churn page's churn
 * query (behind its rate, active and lifecycle figures) first sum 10¹¹ numbers, minutes of work. Were the cancel not to reach the worker, every
 * later query would wait behind it and this test would time out.
 */

const app = useApp();

const RATE = '[data-testid="figure-churn-rate"]';

describe('progress and cancel of a slow figure query', () => {
  it('shows progress after 300 ms, cancels in the worker, and runs again', async () => {
    await app.page.goto(app.server.url);
    await app.page.evaluate(() => localStorage.setItem('lojal:test:slowQuery', 'n_resurrected'));
    await app.page.getByTestId('try-sample').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await app.page.click('[data-section="churn"]');

    // The busy state: inside the figure, announced, with a ticking time and a Cancel button.
    const progress = app.page.locator(`${RATE} [data-testid="query-progress"]`);
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.getByRole('status').textContent()).toBe('Computing…');
    const elapsed = app.page.locator(`${RATE} [data-testid="query-elapsed"]`);
    const first = parseFloat((await elapsed.textContent())!);
    await app.page.waitForTimeout(1200);
    const later = parseFloat((await elapsed.textContent())!);
    expect(later).toBeGreaterThan(first);
    expect(later).toBeGreaterThanOrEqual(1);
    // The other figures on the page were answered meanwhile: the worker runs the slow query in slices.
    await app.page.waitForSelector('[data-testid="survival-groups"] tbody tr', { timeout: 60_000 });
    // Every figure of the slow query shows it.
    expect(
      await app.page.locator('[data-testid="figure-lifecycle"] [data-testid="query-progress"]').count(),
    ).toBe(1);
    await app.page.screenshot({ path: 'test-results/progress-running.png' });

    const cancel = app.page.locator(`${RATE} [data-testid="query-cancel"]`);
    expect(await cancel.textContent()).toBe('Cancel');
    await cancel.click();
    const cancelled = app.page.locator(`${RATE} [data-testid="query-cancelled"]`);
    await cancelled.waitFor({ timeout: 5_000 });
    expect(await cancelled.getByRole('status').textContent()).toBe('Calculation cancelled.');
    expect(await progress.count()).toBe(0);
    await app.page.screenshot({ path: 'test-results/progress-cancelled.png' });

    // The engine answers at once: the cancelled sum is not still running in the worker.
    await app.page.evaluate(() => localStorage.removeItem('lojal:test:slowQuery'));
    const started = Date.now();
    await app.page.locator(`${RATE} [data-testid="query-rerun"]`).click();
    await app.page.waitForSelector('[data-testid="figure-lifecycle"] svg rect[data-key]', {
      timeout: 20_000,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await cancelled.count()).toBe(0);
    // And a new setting recomputes the churn figures as usual.
    await app.page.getByTestId('window-input').fill('120');
    await app.page.getByTestId('window-input').dispatchEvent('change');
    await app.page.waitForFunction(
      () => !document.querySelector('[data-testid="query-progress"]'),
      undefined,
      {
        timeout: 20_000,
      },
    );
    expect(app.log.errors).toEqual([]);
  });
});
