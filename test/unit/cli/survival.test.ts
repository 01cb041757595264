import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../../helpers/cli';

// Freireich 6-MP data (weeks; + = censored), typed from the textbook, as a tenure export with yes/no flags.
const SIX_MP = '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+';
const PLACEBO = '1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23';
const rows = (text: string, group: string, yes: string, no: string) =>
  text.split(' ').map((t) => `${parseFloat(t)},${t.endsWith('+') ? no : yes},${group}`);
const TENURE = [
  'weeks,relapsed,arm',
  ...rows(SIX_MP, '6-MP', 'Yes', 'no'),
  ...rows(PLACEBO, 'placebo', '1', '0'),
].join('\n');

describe('lojal survival', () => {
  const files = tempFiles({
    'tenure.csv': TENURE,
    'subscriptions.csv':
      'customer_id,start_date,end_date,plan\nX,2024-01-01,2024-01-31,a\nY,2024-01-01,,b\nZ,2024-01-11,2024-03-01,a\n',
    'orders.csv': 'customer_id,order_date\nA,2024-01-01\nA,2024-01-11\nB,2024-01-05\nA,2024-03-01\n',
  });

  it('reads a tenure table with --duration and --event, keeping identical rows, and tests the arms', () => {
    const r = runCli([
      'survival',
      '--json',
      '--duration',
      'weeks',
      '--event',
      'relapsed',
      '--by',
      'arm',
      files['tenure.csv'],
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['groups', 'logRank']);
    expect(
      out.groups.map((g: { name: string; n: number; events: number; median: number }) => [
        g.name,
        g.n,
        g.events,
        g.median,
      ]),
    ).toEqual([
      ['6-MP', 21, 9, 23],
      ['placebo', 21, 21, 8],
    ]);
    expect(Object.keys(out.groups[0])).toEqual(['name', 'n', 'events', 'median', 'table']);
    expect(out.groups[0].table[0]).toEqual({
      time: 6,
      atRisk: 21,
      events: 3,
      censored: 1,
      survival: expect.closeTo(18 / 21, 12),
      lower: expect.closeTo(0.619718, 6),
      upper: expect.closeTo(0.951552, 6),
    });
    expect(out.logRank.df).toBe(1);
    expect(out.logRank.chi2).toBeCloseTo(16.79294, 5);
    expect(out.logRank.p).toBeCloseTo(4.1688e-5, 8);
  });

  it('prints one "all" group and a null log-rank without --by', () => {
    const out = JSON.parse(
      runCli(['survival', '--json', '--duration', 'weeks', '--event', 'relapsed', files['tenure.csv']])
        .stdout,
    );
    expect(out.groups.map((g: { name: string; n: number }) => [g.name, g.n])).toEqual([['all', 42]]);
    expect(out.logRank).toBeNull();
  });

  it('reads subscriptions with --start and --end (censored at the as-of date)', () => {
    const r = runCli([
      'survival',
      '--json',
      '--start',
      'start_date',
      '--end',
      'end_date',
      '--as-of',
      '2024-03-31',
      files['subscriptions.csv'],
    ]);
    expect(r.code).toBe(0);
    const table = JSON.parse(r.stdout).groups[0].table;
    // X: 30 days, churned; Z: 50 days, churned; Y: censored at 90 days.
    expect(
      table.map((t: { time: number; events: number; censored: number }) => [t.time, t.events, t.censored]),
    ).toEqual([
      [30, 1, 0],
      [50, 1, 0],
      [90, 0, 1],
    ]);
  });

  it('builds durations from orders and an inactivity window', () => {
    const r = runCli(['survival', '--json', '--window', '30', files['orders.csv']]);
    // As of 2024-03-01: A is active (censored at 60 days), B lapsed after 0 days.
    const table = JSON.parse(r.stdout).groups[0].table;
    expect(
      table.map((t: { time: number; events: number; censored: number }) => [t.time, t.events, t.censored]),
    ).toEqual([
      [0, 1, 0],
      [60, 0, 1],
    ]);
  });

  it('keeps every other column of a headerless tenure table as an attribute (lifelines gehan.dat layout)', () => {
    // group, weeks, relapsed — the group column looks like an id to the sniffer, and must still split.
    const gehan = [...rows(SIX_MP, '2', '1', '0'), ...rows(PLACEBO, '1', '1', '0')]
      .map((r) => r.split(','))
      .map(([weeks, flag, group]) => `${group} ${weeks} ${flag}`)
      .join('\n');
    const file = tempFiles({ 'gehan.dat': gehan })['gehan.dat'];
    const r = runCli(
      [
        'survival',
        '--json',
        '--no-header',
        '--delimiter',
        'whitespace',
        '--duration',
        '2',
        '--event',
        '3',
      ].concat(['--by', 'column1', file]),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.groups.map((g: { name: string; median: number }) => [g.name, g.median])).toEqual([
      ['1', 8],
      ['2', 23],
    ]);
    expect(out.logRank.chi2).toBeCloseTo(16.79294, 5);
  });

  it('names the columns when --by is unknown', () => {
    const r = runCli([
      'survival',
      '--duration',
      'weeks',
      '--event',
      'relapsed',
      '--by',
      'nope',
      files['tenure.csv'],
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no column 'nope'");
    expect(r.stderr).toContain('arm');
  });
});
