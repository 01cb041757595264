import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/sample/generate';
import { buildWindowsSql, change, type DateRange, type WindowRow } from '../../../src/lib/analysis/dateRange';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';
import { refOverview, type RefLine } from '../../helpers/reference';

/** Random order lines over 2023–2024 (every line of an order on the order's day). */
function randomLines(seed: number, n: number): RefLine[] {
  const u = rng(seed);
  const lines: RefLine[] = [];
  let order = 0;
  while (lines.length < n) {
    const customerId = String(Math.floor(u() * 50)).padStart(3, '0');
    const date = new Date(Date.UTC(2023, 0, 1 + Math.floor(u() * 600))).toISOString().slice(0, 10);
    const orderId = `o${++order}`;
    const refund = u() < 0.08;
    const cancelled = !refund && u() < 0.05;
    for (let i = 0, items = 1 + Math.floor(u() * 2); i < items; i++)
      lines.push({
        orderId,
        customerId,
        date,
        amount: Math.round((refund ? -1 : 1) * (5 + u() * 200) * 100) / 100,
        cancelled,
      });
  }
  return lines;
}

const toCsv = (lines: RefLine[]) =>
  ['order_id,customer_id,order_date,amount,status']
    .concat(
      lines.map((l) =>
        [l.orderId, l.customerId, l.date, l.amount.toFixed(2), l.cancelled ? 'cancelled' : 'ok'].join(','),
      ),
    )
    .join('\n');

/** Calendar arithmetic on ISO dates, by hand (UTC days). */
const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** The range's first and last day, worked out independently of the SQL. */
function expectedSpan(range: DateRange, asOf: string, first: string): [string, string] {
  switch (range.preset) {
    case '30d':
      return [iso(day(asOf) - 29), asOf];
    case '90d':
      return [iso(day(asOf) - 89), asOf];
    case '12m': {
      // The same date a year before (29 Feb → 28 Feb), and the day after it.
      const [y, m, d] = asOf.split('-').map(Number);
      const monthEnd = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
      return [iso(Date.UTC(y - 1, m - 1, Math.min(d, monthEnd)) / 86_400_000 + 1), asOf];
    }
    case 'ytd':
      return [`${asOf.slice(0, 4)}-01-01`, asOf];
    case 'custom':
      return [range.from ?? first, range.to && range.to < asOf ? range.to : asOf];
    case 'all':
      return [first, asOf];
  }
}

/** Headline figures of the orders dated from–to, by the brute-force overview. */
function expectedFigures(lines: RefLine[], from: string, to: string) {
  const inside = lines.filter((l) => l.date >= from && l.date <= to);
  // refOverview's cut-off is the given date; with no order inside, everything is zero.
  return refOverview(inside, to);
}

describe('buildWindowsSql against a brute-force computation', () => {
  let engine: Engine;
  let lines: RefLine[];
  beforeAll(async () => {
    engine = await freshEngine();
    lines = randomLines(7, 900);
    const spec = ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status'], {
      cancelledStatuses: ['cancelled'],
    });
    await loadTexts(engine, [{ spec, text: toCsv(lines) }]);
  });
  afterAll(() => engine.close());

  const cases: [DateRange, string | null][] = [
    [{ preset: '30d', from: null, to: null }, null],
    [{ preset: '90d', from: null, to: null }, '2024-03-31'],
    [{ preset: '12m', from: null, to: null }, '2024-02-29'],
    [{ preset: 'ytd', from: null, to: null }, '2024-06-10'],
    [{ preset: 'custom', from: '2023-05-01', to: '2023-07-15' }, null],
    [{ preset: 'custom', from: '2024-08-01', to: '2030-01-01' }, null],
    [{ preset: 'all', from: null, to: null }, null],
  ];
  for (const [range, asOfSetting] of cases) {
    it(`buildWindowsSql(${range.preset} ${range.from ?? ''}–${range.to ?? ''}, as of ${asOfSetting ?? 'last order'}) matches filtered orders`, async () => {
      const rows = await engine.query<WindowRow>(buildWindowsSql(range, asOfSetting));
      const dates = lines.map((l) => l.date).sort();
      const asOf = asOfSetting ?? dates[dates.length - 1];
      const [from, to] = expectedSpan(range, asOf, dates[0]);
      const days = day(to) - day(from) + 1;
      const expectWindows: [string, string, string][] = [['current', from, to]];
      if (range.preset !== 'all') expectWindows.push(['previous', iso(day(from) - days), iso(day(from) - 1)]);
      const step = Math.max(1, Math.ceil(days / 12));
      const n = Math.floor(days / step);
      for (let i = 0; i < n; i++)
        expectWindows.push([`t${i}`, iso(day(to) - (n - i) * step + 1), iso(day(to) - (n - 1 - i) * step)]);
      expect(rows.map((r) => [r.window, r.from, r.to])).toEqual(expectWindows);
      for (const r of rows) {
        const ref = expectedFigures(lines, r.from, r.to);
        expect(r, `${r.window} ${r.from}–${r.to}`).toMatchObject({
          customers: ref.customers,
          orders: ref.orders,
          refunds: ref.refunds,
          occasions: ref.occasions,
        });
        expect(r.revenue).toBeCloseTo(ref.revenue, 6);
        if (ref.repeatRate === null) expect(r.repeatRate).toBeNull();
        else expect(r.repeatRate).toBeCloseTo(ref.repeatRate, 12);
        if (ref.averageOrderValue === null) expect(r.averageOrderValue).toBeNull();
        else expect(r.averageOrderValue).toBeCloseTo(ref.averageOrderValue, 6);
      }
    });
  }

  it('a 30-day range has the 30 days before it as its previous period, and 10 three-day trend points', async () => {
    const rows = await engine.query<WindowRow>(
      buildWindowsSql({ preset: '30d', from: null, to: null }, '2024-03-31'),
    );
    expect(rows.slice(0, 2).map((r) => [r.from, r.to, r.days])).toEqual([
      ['2024-03-02', '2024-03-31', 30],
      ['2024-02-01', '2024-03-01', 30],
    ]);
    expect(rows.filter((r) => r.window.startsWith('t')).map((r) => r.days)).toEqual(Array(10).fill(3));
  });
});

describe('change', () => {
  it.each([
    [120, 100, false, 0.2],
    [80, 100, false, -0.2],
    [-50, -100, false, 0.5],
    [5, 0, false, null],
    [0.3, 0.25, true, 0.3 - 0.25],
    [null, 3, false, null],
  ])('change(%s, %s, absolute %s) = %s', (cur, prev, absolute, want) => {
    const got = change(cur, prev, absolute);
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 12);
  });
});
