import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../../helpers/cli';

/**
 * A hand-built shop with a closed form: 64 customers start in January 2024 and buy 10 every month until
 * they stop; half of those still buying stop each month (32 buy only in January, 16 until February … one
 * until June, one until July). So U_k = 2^−k (k = 0 … 6, as of 31 July), c = ½ carried forward from
 * month 7, v = 10, A = 2^−12, and the acquisition rate is 64 new customers over 7 complete months.
 */
function shop(): string {
  const lasts = [...Array(32).fill(0), ...Array(16).fill(1), ...Array(8).fill(2), 3, 3, 3, 3, 4, 4, 5, 6];
  const lines = ['order_id,customer_id,order_date,amount'];
  let id = 1;
  lasts.forEach((last, c) => {
    for (let k = 0; k <= last; k++) lines.push(`${id++},c${c},2024-0${k + 1}-10,10`);
  });
  return lines.join('\n');
}

/** Σ_{t=1}^{H} x^t. */
const G = (x: number, H: number) => (x * (1 - x ** H)) / (1 - x);

/** Profit over H months with monthly retention c (closed form of METRICS.md §8 for this shop). */
function expected(c: number, m: number, r: number, cost: number, H: number): number {
  const d = 1 / (1 + r);
  const lambda = 64 / 7;
  // The cohort is at age 6 now: 64 · 2^−6 = 1 customer alive, then c per month.
  const existing = 1 * 10 * m * G(c * d, H);
  const newcomers = ((m * lambda * 10) / (1 - c)) * (G(d, H) - G(d * c, H)) - cost * lambda * G(d, H);
  return existing + newcomers;
}

describe('lojal value', () => {
  const files = tempFiles({ 'orders.csv': shop() });
  const base = ['value', '--json', '--as-of', '2024-07-31', files['orders.csv']];

  it('prints the documented JSON, matching the closed form', () => {
    const r = runCli([...base, '--margin', '0.4', '--acquisition-cost', '3', '--horizon-years', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['baseline', 'scenarios', 'extrapolatedFrom']);
    expect(Object.keys(out.baseline)).toEqual(['annualRetention', 'profit']);
    expect(Object.keys(out.scenarios[0])).toEqual([
      'delta',
      'annualRetention',
      'profit',
      'change',
      'changePct',
    ]);
    expect(out.extrapolatedFrom).toBe(7);
    expect(out.baseline.annualRetention).toBeCloseTo(2 ** -12, 12);
    const baseline = expected(0.5, 0.4, 0.01, 3, 12);
    expect(out.baseline.profit).toBeCloseTo(baseline, 9);
    expect(out.scenarios.map((s: { delta: number }) => s.delta)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of out.scenarios) {
      const c = (2 ** -12 + s.delta / 100) ** (1 / 12);
      expect(s.annualRetention).toBeCloseTo(2 ** -12 + s.delta / 100, 9);
      expect(s.profit).toBeCloseTo(expected(c, 0.4, 0.01, 3, 12), 6);
      expect(s.change).toBeCloseTo(s.profit - out.baseline.profit, 6);
      expect(s.changePct).toBeCloseTo(s.change / out.baseline.profit, 9);
    }
  });

  it('takes --delta and --discount; --delta 0 is the baseline', () => {
    const r = runCli([...base, '--delta', '0', '--discount', '0.02']);
    const out = JSON.parse(r.stdout);
    expect(out.scenarios).toHaveLength(1);
    expect(out.baseline.profit).toBeCloseTo(expected(0.5, 1, 0.02, 0, 36), 9);
    expect(out.scenarios[0]).toEqual({
      delta: 0,
      annualRetention: out.baseline.annualRetention,
      profit: out.baseline.profit,
      change: 0,
      changePct: 0,
    });
  });

  it('says in text when a scenario cannot be reached', () => {
    const r = runCli(['value', '--as-of', '2024-07-31', '--delta', '100', files['orders.csv']]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('extrapolated from month 7');
    expect(r.stdout).toContain('+100 points cannot be reached');
  });

  it('rejects bad options as usage errors', () => {
    expect(runCli([...base, '--margin', '40']).code).toBe(2);
    expect(runCli([...base, '--horizon-years', '2.5']).code).toBe(2);
    expect(runCli([...base, '--delta', 'five']).code).toBe(2);
  });
});
