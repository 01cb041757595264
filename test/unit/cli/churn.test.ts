import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../../helpers/cli';

// The hand-worked shop of test/unit/analysis/churn.test.ts: gaps 15, 30, 55, 91 days.
const ORDERS = [
  'order_id,customer_id,order_date,amount',
  '1,A,2024-01-10,10',
  '2,A,2024-01-25,10',
  '4,A,2024-03-20,10',
  '6,B,2024-02-05,10',
  '8,C,2024-01-31,10',
  '9,C,2024-03-01,10',
  '10,C,2024-05-31,10',
].join('\n');

describe('lojal churn', () => {
  const files = tempFiles({ 'orders.csv': ORDERS });

  it('prints the documented JSON with the suggested window (⌈p90⌉ = 81) used by default', () => {
    const r = runCli(['churn', '--json', files['orders.csv']]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['window', 'suggestedWindow', 'periods']);
    expect(out).toMatchObject({ window: 81, suggestedWindow: 81 });
    expect(Object.keys(out.periods[0])).toEqual([
      'period',
      'activeAtStart',
      'churned',
      'churnRate',
      'new',
      'returning',
      'resurrected',
      'lapsed',
    ]);
    expect(out.periods.map((p: { period: string }) => p.period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
    ]);
  });

  it('takes --window and --period', () => {
    const r = runCli(['churn', '--json', '--window', '30', '--period', 'month', files['orders.csv']]);
    const out = JSON.parse(r.stdout);
    expect(out.window).toBe(30);
    expect(out.periods[1]).toEqual({
      period: '2024-02',
      activeAtStart: 2,
      churned: 1,
      churnRate: 0.5,
      new: 1,
      returning: 0,
      resurrected: 0,
      lapsed: 2,
    });
  });

  it('rejects a bad --period or --window as a usage error', () => {
    expect(runCli(['churn', '--period', 'fortnight', files['orders.csv']]).code).toBe(2);
    expect(runCli(['churn', '--window', '-3', files['orders.csv']]).code).toBe(2);
  });
});
