import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CohortCustomerRow } from '../../../../src/lib/analysis/cohortCustomers';
import { customersCsv, customersFileName } from '../../../../src/lib/components/cohorts/customersCsv';
import { heatColour, textOn } from '../../../../src/lib/components/cohorts/heatmapLayout';
import { formatCohortValue } from '../../../../src/lib/components/cohorts/valueFormat';
import {
  DEFAULT_VIEW,
  recentFrom,
  viewParams,
  type CohortMeta,
} from '../../../../src/lib/components/cohorts/view';

const META: CohortMeta = {
  lastDate: '2025-12-31',
  hasSignup: true,
  hasSubscriptions: false,
  dateAttributes: ['joined'],
};

describe('viewParams', () => {
  it('shows every monthly cohort, but only the last 30 days or 26 weeks of short periods', () => {
    expect(viewParams(DEFAULT_VIEW, META).from).toBeNull();
    expect(recentFrom('day', '2025-12-31')).toBe('2025-12-02');
    expect(recentFrom('week', '2025-12-31')).toBe('2025-07-03');
    expect(viewParams({ ...DEFAULT_VIEW, period: 'day', from: '2025-09-01' }, META).from).toBe('2025-09-01');
  });

  it('turns attribute anchors into date or value anchors', () => {
    expect(viewParams({ ...DEFAULT_VIEW, anchor: 'attr:joined' }, META).anchor).toEqual({
      attribute: 'joined',
      date: true,
    });
    expect(viewParams({ ...DEFAULT_VIEW, anchor: 'attr:plan', period: 'day' }, META)).toMatchObject({
      anchor: { attribute: 'plan', date: false },
      from: null, // value cohorts are not dated: no default range
    });
  });

  it('drops a filter with no value picked', () => {
    expect(viewParams({ ...DEFAULT_VIEW, filter: { attribute: 'city', values: [] } }, META).filters).toEqual(
      [],
    );
  });
});

describe('customersCsv', () => {
  it('escapes values a spreadsheet would run as formulas', () => {
    const row: CohortCustomerRow = {
      customer_id: '=HYPERLINK("http://x")',
      anchor_date: '2024-01-02',
      segment: '+web',
      active_in_k: true,
      orders_in_k: 2,
      revenue_in_k: 10.5,
      revenue_to_k: 30,
      last_active_k: 3,
    };
    const csv = customersCsv([row]);
    const [header, first] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header).toEqual([
      'customer_id',
      'acquired',
      'segment',
      'bought_in_k',
      'orders_in_k',
      'revenue_in_k',
      'revenue_0_to_k',
      'last_active_k',
    ]);
    expect(first[0]).toBe(`'=HYPERLINK("http://x")`);
    expect(first[2]).toBe(`'+web`);
    expect(customersFileName('2024-W03', 'a/b', 2)).toBe('cohort-2024-W03-a_b-k2.csv');
  });
});

describe('heat colours and value formats', () => {
  it('gets darker as the value grows, and picks readable text', () => {
    const c = heatColour(0.5);
    expect(textOn(c(0))).toBe('#18212f');
    expect(textOn(c(0.5))).toBe('#ffffff');
    expect(c(2)).toBe(c(0.5)); // clamped
  });

  it('formats shares, money and orders', () => {
    expect(formatCohortValue('customers', 0.3456, 'en-GB', true)).toBe('35%');
    expect(formatCohortValue('customers', 0.056, 'en-GB', true)).toBe('5.6%');
    expect(formatCohortValue('revenue', 1.234, 'en-GB')).toBe('123.4%');
    expect(formatCohortValue('cumulative-revenue', 12345.678, 'en-GB', true)).toBe('12k');
    expect(formatCohortValue('orders', 0.3456, 'en-GB', true)).toBe('0.35');
    expect(formatCohortValue('orders', null, 'en-GB')).toBe('—');
  });
});

describe('dayLimitFrom', () => {
  it('caps daily cohorts at 180 days before the end of the range', () => {
    const day = { ...DEFAULT_VIEW, period: 'day' as const };
    expect(viewParams({ ...day, from: '2020-01-01' }, META).from).toBe('2025-07-05');
    expect(viewParams({ ...day, from: '2025-10-01' }, META).from).toBe('2025-10-01');
    expect(viewParams({ ...day, from: '2020-01-01', to: '2020-03-31' }, META).from).toBe('2020-01-01');
    expect(viewParams({ ...day, from: '2019-01-01', to: '2020-03-31' }, META).from).toBe('2019-10-04');
    expect(viewParams({ ...DEFAULT_VIEW, from: '2020-01-01' }, META).from).toBe('2020-01-01');
  });
});
