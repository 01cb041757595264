import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

/**
 * The public CDNOW sample (Fader, Hardie & Lee 2005: 2,357 customers who first bought in Q1 1997,
 * purchases to 1998-06-30; BTYD's cdnowElog as an orders file, test/fixtures/cdnow) through `lojal clv`
 * with calibration to 1997-09-30 in weeks must give the published fits. It has no order id, identical
 * rows (two CDs bought on one day) and zero-amount transactions, so it needs the data rules of
 * METRICS.md §1: all identical rows kept, free orders counted as purchases, same-day orders one occasion.
 */
const FIXTURE = 'test/fixtures/cdnow/cdnow-sample-orders.csv';

/** Occasion days per customer, read straight from the file (the independent count). */
function occasions(): Map<string, string[]> {
  const days = new Map<string, Set<string>>();
  for (const line of readFileSync(FIXTURE, 'utf8').trim().split('\n').slice(1)) {
    const [id, date] = line.split(',');
    days.set(id, (days.get(id) ?? new Set()).add(date));
  }
  return new Map([...days].map(([id, d]) => [id, [...d].sort()]));
}

/** Gauss's hypergeometric series 2F1(a, b; c; z) for 0 ≤ z < 1, summed until the terms vanish. */
function hyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 0; j < 10_000 && Math.abs(term) > 1e-15 * Math.abs(sum); j++) {
    term *= ((a + j) * (b + j) * z) / ((c + j) * (j + 1));
    sum += term;
  }
  return sum;
}

/** Expected repeat occasions in the next t weeks given x, t_x, T (Fader, Hardie & Lee 2005, eq. 10). */
function conditionalExpectation(
  p: { r: number; alpha: number; a: number; b: number },
  x: number,
  tx: number,
  T: number,
  t: number,
): number {
  const { r, alpha, a, b } = p;
  const head = (a + b + x - 1) / (a - 1);
  const tail =
    1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const alive = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return (head * tail) / alive;
}

const DAY = 86_400_000;
const weeks = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY / 7;

describe('lojal clv on the public CDNOW sample (calibration 1997-09-30, weeks)', () => {
  const r = runCli([
    'clv',
    '--json',
    '--customer-id',
    'customer_id',
    '--date',
    'order_date',
    '--amount',
    'amount',
    '--calibration-end',
    '1997-09-30',
    '--time-unit',
    'week',
    FIXTURE,
  ]);
  const out = r.code === 0 ? JSON.parse(r.stdout) : null;

  it('reproduces the published BG/NBD fit on all 2,357 customers', () => {
    expect(r.code, r.stderr).toBe(0);
    const { bgnbd } = out;
    expect(bgnbd.customers).toBe(2357);
    // Fader, Hardie & Lee (2005), Table 1 / section 5: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4.
    expect(bgnbd.r).toBeCloseTo(0.243, 3);
    expect(bgnbd.alpha).toBeCloseTo(4.414, 2);
    expect(bgnbd.a).toBeCloseTo(0.793, 3);
    expect(bgnbd.b).toBeCloseTo(2.426, 2);
    expect(bgnbd.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it('reproduces the published Gamma-Gamma fit (Fader & Hardie 2013: p 6.25, q 3.74, γ 15.44)', () => {
    const { gammaGamma } = out;
    expect(gammaGamma.p).toBeCloseTo(6.25, 2);
    expect(gammaGamma.q).toBeCloseTo(3.74, 2);
    expect(gammaGamma.gamma).toBeCloseTo(15.44, 1);
    // Customers with at least one repeat occasion in the calibration period.
    const repeaters = [...occasions().values()].filter((d) => d.filter((x) => x <= '1997-09-30').length > 1);
    expect(gammaGamma.customers).toBe(repeaters.length);
  });

  it('checks the 39-week holdout against a count of the file and the model formula', () => {
    const cal = '1997-09-30';
    const end = '1998-06-30';
    let actual = 0;
    let predicted = 0;
    let calibrationRepeats = 0;
    for (const days of occasions().values()) {
      const inCal = days.filter((d) => d <= cal);
      actual += days.length - inCal.length;
      calibrationRepeats += inCal.length - 1;
      const x = inCal.length - 1;
      const tx = weeks(inCal[0], inCal.at(-1)!);
      const T = weeks(inCal[0], cal);
      predicted += conditionalExpectation(out.bgnbd, x, tx, T, weeks(cal, end));
    }
    // 2,457 repeat occasions in weeks 1–39 and 1,882 in weeks 40–78, as published for this sample.
    expect([calibrationRepeats, actual]).toEqual([2457, 1882]);
    expect(out.holdout.actual).toBe(actual);
    expect(out.holdout.predicted).toBeCloseTo(predicted, 3);
  });
});
