import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { shop } from '../../helpers/seededShop';
import { runCli, tempFiles } from '../../helpers/cli';

describe('lojal clv and lojal rfm', () => {
  const files = tempFiles({ 'orders.csv': shop() });
  const out = path.join(path.dirname(files['orders.csv']), 'customers-out.csv');

  it('clv --calibration-end prints the documented JSON and writes every customer with --customers-out', () => {
    const r = runCli([
      'clv',
      '--json',
      '--calibration-end',
      '2024-06-30',
      '--customers-out',
      out,
      files['orders.csv'],
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['timeUnit', 'calibrationEnd', 'bgnbd', 'gammaGamma', 'holdout']);
    expect(Object.keys(json.bgnbd)).toEqual([
      'r',
      'alpha',
      'a',
      'b',
      'logLikelihood',
      'customers',
      'converged',
      'standardErrors',
      'warnings',
    ]);
    expect(Object.keys(json.gammaGamma)).toEqual([
      'p',
      'q',
      'gamma',
      'customers',
      'excluded',
      'converged',
      'standardErrors',
      'warnings',
    ]);
    expect(Object.keys(json.bgnbd.standardErrors)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(Array.isArray(json.bgnbd.warnings)).toBe(true);
    expect(Array.isArray(json.gammaGamma.warnings)).toBe(true);
    expect(Object.keys(json.holdout)).toEqual(['predicted', 'actual']);
    expect(json).toMatchObject({ timeUnit: 'week', calibrationEnd: '2024-06-30', bgnbd: { customers: 400 } });
    for (const k of ['r', 'alpha', 'a', 'b']) expect(json.bgnbd[k]).toBeGreaterThan(0);
    expect(json.bgnbd.logLikelihood).toBeLessThan(0);
    expect(Number.isInteger(json.holdout.actual)).toBe(true);
    expect(json.holdout.predicted).toBeGreaterThan(0);

    const csv = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields).toEqual([
      'customer_id',
      'x',
      't_x',
      'T',
      'mean_repeat_value',
      'p_alive',
      'expected_purchases',
      'expected_spend',
      'predicted_clv',
      'holdout_actual',
      'holdout_predicted',
      'model_warnings',
    ]);
    expect(csv.data).toHaveLength(400);
    expect(csv.data.map((d) => d.customer_id)).toContain('\'=HYPERLINK("x")');
    const holdout = csv.data.reduce((s, d) => s + Number(d.holdout_actual), 0);
    expect(holdout).toBe(json.holdout.actual);
    for (const d of csv.data) expect(Number(d.p_alive)).toBeGreaterThan(0);
  });

  it('clv without a calibration end has no holdout, and takes --time-unit day', () => {
    const r = runCli(['clv', '--json', '--time-unit', 'day', files['orders.csv']]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ timeUnit: 'day', calibrationEnd: null, holdout: null });
  });

  it('clv refuses an unknown time unit with exit code 2', () => {
    const r = runCli(['clv', '--json', '--time-unit', 'fortnight', files['orders.csv']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--time-unit');
  });

  it('rfm prints {segments: [{name, customers, revenue}]} covering every customer', () => {
    const r = runCli(['rfm', '--json', files['orders.csv']]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['segments']);
    expect(Object.keys(json.segments[0])).toEqual(['name', 'customers', 'revenue']);
    expect(json.segments.reduce((s: number, g: { customers: number }) => s + g.customers, 0)).toBe(400);
  });
});

describe('lojal clv fit diagnostics (METRICS.md §6)', () => {
  const files = tempFiles({ 'sound.csv': shop(), 'no-dropout.csv': shop(0) });
  const out = path.join(path.dirname(files['sound.csv']), 'no-dropout-out.csv');

  it('a shop with drop-out gives empty warning lists', () => {
    const json = JSON.parse(runCli(['clv', '--json', files['sound.csv']]).stdout);
    expect(json.bgnbd.warnings).toEqual([]);
    expect(json.gammaGamma.warnings).toEqual([]);
    expect(json.bgnbd.converged).toBe(true);
  });

  it('a shop where nobody stops buying warns notIdentified and flags every customer in --customers-out', () => {
    const r = runCli(['clv', '--json', '--customers-out', out, files['no-dropout.csv']]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.bgnbd.warnings).toContain('notIdentified');
    const csv = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data).toHaveLength(400);
    for (const d of csv.data) expect(d.model_warnings.split(' ')).toContain('notIdentified');
  });
});

describe('lojal clv on a shop with too few repeat buyers', () => {
  it('prints gammaGamma null', () => {
    const files = tempFiles({
      'few.csv': [
        'customer_id,order_date,amount',
        'A,2024-01-01,10',
        'A,2024-02-01,12',
        'B,2024-01-05,30',
        'C,2024-01-09,8',
      ].join('\n'),
    });
    const r = runCli(['clv', '--json', files['few.csv']]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gammaGamma).toBeNull();
  });
});
