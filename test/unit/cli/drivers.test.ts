import { describe, expect, it } from 'vitest';
import { chiSquarePValue } from '../../../src/lib/models/chiSquare';
import { Z_95 } from '../../../src/lib/models/kaplanMeier';
import { runCli, tempFiles } from '../../helpers/cli';

// 80 customers, worked by hand. As-of = day 520 (the last order), window 60 days.
// gold: 30 buy on day 0 and day 500 (still active, censored at 520), 10 buy once on day 0 (lapsed, event at 0);
// basic: 10 stay, 30 buy once. Every amount is the same, so the value band has one level and is not tested.
const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
const orders = ['customer_id,order_date,amount'];
const customers = ['customer_id,tier'];
for (let i = 0; i < 80; i++) {
  const id = `C${String(i).padStart(2, '0')}`;
  const gold = i < 40;
  const stays = gold ? i < 30 : i < 50;
  customers.push(`${id},${gold ? 'gold' : 'basic'}`);
  orders.push(`${id},${day(0)},100`);
  if (stays) orders.push(`${id},${day(500)},100`);
}

describe('lojal drivers', () => {
  const files = tempFiles({ 'orders.csv': orders.join('\n'), 'customers.csv': customers.join('\n') });

  it('gives each attribute its levels, log-rank test, q and effect as the contract names them', () => {
    const r = runCli([
      'drivers',
      '--json',
      '--window',
      '60',
      '--customers',
      files['customers.csv'],
      files['orders.csv'],
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['outcome', 'landmarkDays', 'attributes']);
    expect(out.landmarkDays).toBe(90);
    expect(out.attributes).toHaveLength(1);
    const [a] = out.attributes;
    expect(Object.keys(a)).toEqual([
      'name',
      'levels',
      'chi2',
      'df',
      'p',
      'q',
      'effect',
      'effectLower',
      'effectUpper',
    ]);
    expect(a.name).toBe('tier');
    expect(
      a.levels.map((l: { level: string; customers: number; survival12: number }) => [
        l.level,
        l.customers,
        l.survival12,
      ]),
    ).toEqual([
      ['gold', 40, 0.75],
      ['basic', 40, 0.25],
    ]);
    expect(Object.keys(a.levels[0])).toEqual(['level', 'customers', 'survival12', 'lower', 'upper']);
    // One event time (0): n = 80, d = 40; gold expects 20, sees 10; V = 40·40/79 · ½ · ½ = 400/79.
    expect(a.chi2).toBeCloseTo(100 / (400 / 79), 9);
    expect(a.df).toBe(1);
    expect(a.p).toBeCloseTo(chiSquarePValue(19.75, 1), 12);
    expect(a.q).toBe(a.p);
    // Greenwood: gold se = 0.75·√(10/(40·30)), basic se = 0.25·√(30/(40·10)).
    const se = Math.hypot(0.75 * Math.sqrt(10 / 1200), 0.25 * Math.sqrt(30 / 400));
    expect(a.effect).toBeCloseTo(0.5, 12);
    expect(a.effectLower).toBeCloseTo(0.5 - Z_95 * se, 9);
    expect(a.effectUpper).toBeCloseTo(0.5 + Z_95 * se, 9);
  });

  it('refuses a landmark that is not a number of days', () => {
    const r = runCli(['drivers', '--landmark', 'soon', files['orders.csv']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--landmark');
  });
});
