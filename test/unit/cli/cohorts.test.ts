import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { DatasetInfo } from '../../../src/lib/ingest/load';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { cohorts } from '../../../src/cli/cohorts';
import { COMMANDS } from '../../../src/cli/commands';
import { cohortShop } from '../../helpers/cohortData';
import { refCohorts } from '../../helpers/cohortReference';
import { runCli, tempFiles } from '../../helpers/cli';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const shop = cohortShop(3);
let engine: Engine;
let info: DatasetInfo;
beforeAll(async () => {
  engine = await freshEngine();
  info = await loadTexts(engine, [
    {
      spec: ordersSpec(['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel'], {
        cancelledStatuses: ['cancelled'],
      }),
      text: shop.ordersCsv,
    },
    {
      spec: ordersSpec(['customer_id', 'signup_date', 'region', 'loyalty', 'acquired', 'campaign'], {
        fileName: 'customers.csv',
        role: 'customers',
        fields: { customerId: 0, signupDate: 1 },
        attributes: [2, 3, 4, 5],
      }),
      text: shop.customersCsv,
    },
  ]);
});
afterAll(() => engine.close());

const run = (argv: string[]) =>
  cohorts.run(engine, info, parseArgs(['cohorts', ...argv, 'orders.csv'], { cohorts: cohorts.options }));

const round = (v: number | null) => (v === null ? null : Math.round(v * 1e9) / 1e9);

/** Cohort lines without intervals, values rounded to 9 decimals. */
const plain = (
  lines: {
    cohort: string;
    segment: string | null;
    size: number;
    values: (number | null)[];
    complete: boolean[];
  }[],
) =>
  lines.map((c) => ({
    cohort: c.cohort,
    segment: c.segment,
    size: c.size,
    values: c.values.map(round),
    complete: c.complete,
  }));

describe('lojal cohorts (through the command)', () => {
  it('is registered', () => expect(COMMANDS.cohorts).toBe(cohorts));

  it('returns exactly the documented JSON shape', async () => {
    const out = await run(['--period', 'week', '--mode', 'unbounded', '--by', 'region']);
    expect(Object.keys(out)).toEqual(['period', 'mode', 'measure', 'asOf', 'cohorts', 'average']);
    expect(Object.keys(out.cohorts[0])).toEqual([
      'cohort',
      'segment',
      'size',
      'values',
      'complete',
      'lower',
      'upper',
    ]);
    expect(Object.keys(out.average[0])).toEqual(['k', 'value', 'lower', 'upper']);
    expect(out).toMatchObject({ period: 'week', mode: 'unbounded', measure: 'customers' });
    expect(out.cohorts[0].cohort).toMatch(/^\d{4}-W\d{2}$/);
  });

  it('matches the brute force for each measure', async () => {
    for (const measure of ['customers', 'revenue', 'cumulative-revenue', 'orders'] as const) {
      const out = await run(['--period', 'quarter', '--measure', measure, '--from', '2020-01-01']);
      const ref = refCohorts(shop.lines, { period: 'quarter', measure, from: '2020-01-01' }, shop.customers);
      expect(out.asOf).toBe(ref.asOf);
      expect(plain(out.cohorts)).toEqual(plain(ref.cohorts));
      expect(out.average.map((a) => round(a.value))).toEqual(ref.average.map((a) => round(a.value)));
    }
  });

  it('takes filters, a date range, an attribute anchor and the simple mean', async () => {
    const out = await run([
      '--filter',
      'loyalty=yes',
      '--to',
      '2020-06-30',
      '--anchor',
      'campaign',
      '--average',
      'simple',
    ]);
    const ref = refCohorts(
      shop.lines,
      {
        period: 'month',
        filters: [{ attribute: 'loyalty', values: ['yes'] }],
        to: '2020-06-30',
        anchor: { attribute: 'campaign', date: false },
        average: 'simple',
      },
      shop.customers,
    );
    expect(out.cohorts.map((c) => [c.cohort, c.size])).toEqual(ref.cohorts.map((c) => [c.cohort, c.size]));
    expect(out.average.map((a) => a.value)).toEqual(
      ref.average.map((a) => (a.value === null ? null : expect.closeTo(a.value, 9))),
    );
    const dated = await run(['--anchor', 'acquired', '--period', 'year']);
    expect(dated.cohorts.map((c) => c.cohort)).toEqual(['2019', '2020', '2021']);
  });

  it('refuses unknown values and attributes as usage errors', async () => {
    await expect(run(['--period', 'fortnight'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--by', 'nope'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--from', '1 Jan'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--filter', 'loyalty'])).rejects.toBeInstanceOf(UsageError);
  });

  it('prints a text table marking incomplete cells', async () => {
    const text = cohorts.text(await run(['--period', 'quarter']));
    expect(text.split('\n')[0]).toBe(
      `customers · in-period · by quarter · as of ${shop.lines.reduce((m, l) => (l.date > m ? l.date : m), '')}`,
    );
    expect(text).toMatch(/\*/);
    expect(text).toMatch(/^average/m);
  });
});

describe('lojal cohorts (spawned, as a user runs it)', () => {
  // The hand-worked shop of test/unit/analysis/cohorts.test.ts.
  const files = tempFiles({
    'shop.csv': [
      'order_id,customer_id,order_date,amount',
      'a1,A,2024-01-10,100',
      'a2,A,2024-02-05,50',
      'a3,A,2024-03-01,20',
      'b1,B,2024-01-20,200',
      'b2,B,2024-03-10,30',
      'c1,C,2024-01-31,10',
      'c2,C,2024-01-31,5',
      'd1,D,2024-02-14,80',
      'R1,D,2024-03-02,-20',
      'e1,E,2024-02-29,40',
      'e2,E,2024-03-14,60',
    ].join('\n'),
  });

  it('prints the cohort JSON for a file', () => {
    const r = runCli(['cohorts', '--period', 'month', '--as-of', '2024-03-15', '--json', files['shop.csv']]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      period: 'month',
      mode: 'in-period',
      measure: 'customers',
      asOf: '2024-03-15',
    });
    expect(
      out.cohorts.map((c: { cohort: string; size: number; complete: boolean[] }) => [
        c.cohort,
        c.size,
        c.complete,
      ]),
    ).toEqual([
      ['2024-01', 3, [true, true, false]],
      ['2024-02', 2, [true, false]],
    ]);
    expect(out.cohorts[0].values).toEqual([1, expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)]);
    expect(out.average.map((a: { value: number | null }) => a.value)).toEqual([
      1,
      expect.closeTo(1 / 3, 12),
      null,
    ]);
    expect(out.average[1].lower).toBeCloseTo(0.0615, 4);
  });
});
