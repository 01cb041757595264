import { describe, expect, it } from 'vitest';
import { DEFAULT_RFM_MAP, RFM_SEGMENTS } from '../../../src/lib/analysis/rfm';
import {
  decodeSettings,
  encodeSettings,
  hasSettings,
  readSettingsFile,
  settingsFile,
} from '../../../src/lib/settings/codec';
import { dropUnknownColumns, keepKnown } from '../../../src/lib/settings/columns';
import { FIELDS } from '../../../src/lib/settings/fields';
import { defaultSettings, MAX_TEXT, type LojalSettings } from '../../../src/lib/settings/schema';

/** Settings with every field away from its default, and hostile text where text is allowed. */
function everythingChanged(): LojalSettings {
  const s = defaultSettings();
  s.section = 'clv';
  s.currency = 'EUR';
  s.range = { preset: 'custom', from: '2024-02-01', to: '2024-11-30' };
  s.cohorts = {
    period: 'week',
    weekStart: 'sunday',
    anchor: 'attr:<script>alert(1)</script>',
    mode: 'unbounded',
    measure: 'revenue',
    by: `a "quoted" & 'odd' name; DROP TABLE orders; --`,
    from: '2024-01-01',
    to: '2024-12-31',
    filter: { attribute: 'region', values: ['Oslo', 'Århus', 'a&b=c#d', '<img src=x onerror=alert(1)>'] },
    average: 'simple',
    curves: 'segments',
    cells: 'total',
  };
  s.churn = {
    window: 45,
    period: 'quarter',
    survivalKind: 'subscriptions',
    survivalBy: 'subscriptions.plan',
  };
  s.clv = {
    options: { unit: 'month', horizonMonths: 24, monthlyDiscount: 0.015, margin: 0.35 },
    calibrationEnd: '2025-03-31',
    rfmMap: DEFAULT_RFM_MAP.map((row) => row.map(() => 'Champions')),
    realisedPeriod: 'quarter',
    realisedBy: 'loyalty_member',
    formulaWindow: 120,
  };
  s.customers = {
    preset: null,
    search: '',
    segments: ['At risk', "Can't lose them"],
    sort: 'attr:region',
    descending: false,
    callBelow: 0.35,
  };
  s.value = { margin: 0.42, acquisitionCost: 125.5, monthlyDiscount: 0.005, horizonYears: 5, delta: 2.5 };
  s.drivers = { landmarkDays: 60, selected: 'attribute:loyalty <member>', pAliveBelow: 0.3, contacts: 20 };
  s.segments = { top: 5, picked: ['United Kingdom', 'EIRE', 'a&b=c#d'] };
  return s;
}

describe('encodeSettings / decodeSettings', () => {
  it('writes only v=1 for the defaults, and reads them back', () => {
    expect(encodeSettings(defaultSettings())).toBe('v=1');
    expect(decodeSettings('#v=1')).toEqual({ settings: defaultSettings(), problems: [] });
    expect(decodeSettings('')).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('round-trips every field changed at once, hostile text kept exactly as plain strings', () => {
    const s = everythingChanged();
    const text = encodeSettings(s);
    expect(decodeSettings(`#${text}`)).toEqual({ settings: s, problems: [] });
    expect(decodeSettings(`?${text}`).settings).toEqual(s);
    // Nothing in the link text is markup: URLSearchParams escapes <, >, quotes and &.
    expect(text).not.toMatch(/[<>"' ]/);
  });

  it('round-trips each field changed alone, writing just that key', () => {
    const s = everythingChanged();
    for (const field of FIELDS) {
      const one = defaultSettings();
      field.write(one, field.read(s));
      const text = encodeSettings(one);
      const keys = [...new URLSearchParams(text).keys()].filter((k) => k !== 'v');
      // A filter's values travel with their attribute.
      const want = field.key === 'cohorts.filterValue' ? [] : [field.key];
      if (field.key !== 'cohorts.filterValue') expect(new Set(keys), field.key).toEqual(new Set(want));
      expect(decodeSettings(text).settings, field.key).toEqual(one);
    }
  });

  it('never writes the customer search (it may name a customer), and does not read one', () => {
    const s = defaultSettings();
    s.customers.search = 'anna@example.com';
    expect(encodeSettings(s)).toBe('v=1');
    expect(settingsFile(s)).not.toContain('anna');
    expect(decodeSettings('v=1&customers.search=anna').settings.customers.search).toBe('');
  });

  it('skips unknown keys and keeps the rest', () => {
    const { settings, problems } = decodeSettings('v=1&foo=bar&cohorts.period=quarter&__proto__=x&token=abc');
    expect(settings.cohorts.period).toBe('quarter');
    expect(problems).toEqual([]);
  });

  it.each([
    ['section', 'admin'],
    ['section', '<script>alert(1)</script>'],
    ['currency', 'BTC'],
    ['cohorts.period', 'fortnight'],
    ['cohorts.anchor', 'attr:'],
    ['cohorts.anchor', 'javascript:alert(1)'],
    ['cohorts.measure', 'customers"'],
    ['cohorts.from', '2024-02-30'],
    ['cohorts.from', '2024-1-1'],
    ['cohorts.to', '<img src=x>'],
    ['cohorts.filterValue', 'Oslo'], // no filter attribute
    ['cohorts.by', 'x'.repeat(MAX_TEXT + 1)],
    ['cohorts.by', 'tab\there'],
    ['churn.window', '0'],
    ['churn.window', '3651'],
    ['churn.window', '12.5'],
    ['churn.window', '1e3'],
    ['churn.window', '0x10'],
    ['churn.window', ' 30'],
    ['churn.window', 'NaN'],
    ['churn.window', 'Infinity'],
    ['churn.survival', 'forever'],
    ['clv.horizon', '121'],
    ['clv.margin', '1.5'],
    ['clv.margin', '-0.1'],
    ['clv.discount', '0.5'],
    ['clv.rfm', 'abc'],
    ['clv.rfm', 'z'.repeat(25)],
    ['clv.calibrationEnd', 'yesterday'],
    ['customers.segment', 'Royals'],
    ['customers.sort', 'password'],
    ['customers.descending', 'yes'],
    ['customers.preset', 'vip'],
    ['customers.callBelow', '1.5'],
  ])('refuses %s=%s: the default stays, no throw, the problem is listed', (key, value) => {
    const { settings, problems } = decodeSettings(
      new URLSearchParams({ v: '1', key: 'x', [key]: value }).toString(),
    );
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual([{ key, value }]);
  });

  it('keeps the good settings next to a bad one', () => {
    const { settings, problems } = decodeSettings(
      'v=1&churn.window=abc&churn.period=week&cohorts.measure=orders',
    );
    expect(settings.churn).toEqual({ ...defaultSettings().churn, period: 'week' });
    expect(settings.cohorts.measure).toBe('orders');
    expect(problems).toEqual([{ key: 'churn.window', value: 'abc' }]);
  });

  it('does not read a link of another version', () => {
    expect(decodeSettings('v=2&cohorts.period=week')).toEqual({
      settings: defaultSettings(),
      problems: [{ key: 'v', value: '2' }],
    });
  });

  it('survives malformed escapes and junk without throwing', () => {
    for (const junk of ['%', '%E0%A4%A', '&&&==', '#v=1&=&=x', 'v=1&section', '\u0000', '#'.repeat(5000)])
      expect(() => decodeSettings(junk)).not.toThrow();
  });

  it('refuses repeated values of a one-value setting and repeated list values', () => {
    expect(decodeSettings('v=1&cohorts.period=week&cohorts.period=year').problems[0].key).toBe(
      'cohorts.period',
    );
    expect(
      decodeSettings('v=1&customers.segment=Lost&customers.segment=Lost').settings.customers.segments,
    ).toEqual([]);
  });

  it('reads an RFM map of letters a…k as the eleven segments', () => {
    const letters = 'abcdefghijk'.repeat(3).slice(0, 25);
    const { settings } = decodeSettings(`v=1&clv.rfm=${letters}`);
    expect(settings.clv.rfmMap.flat()).toEqual(
      [...letters].map((c) => RFM_SEGMENTS['abcdefghijk'.indexOf(c)]),
    );
  });

  it('hasSettings tells a settings fragment from an empty or foreign one', () => {
    expect(hasSettings('#v=1&section=churn')).toBe(true);
    expect(hasSettings('')).toBe(false);
    expect(hasSettings('#top')).toBe(false);
  });
});

describe('settingsFile / readSettingsFile', () => {
  it('round-trips every field', () => {
    const s = everythingChanged();
    const text = settingsFile(s);
    expect(JSON.parse(text)).toMatchObject({ lojal: 'settings', v: 1 });
    expect(readSettingsFile(text)).toEqual({ ok: true, settings: s });
  });

  it('takes numbers and booleans written without quotes, and skips unknown keys', () => {
    const text = JSON.stringify({
      lojal: 'settings',
      v: 1,
      settings: { 'churn.window': 30, 'customers.descending': false, 'future.setting': { a: 1 } },
    });
    const read = readSettingsFile(text);
    expect(read.ok && read.settings.churn.window).toBe(30);
    expect(read.ok && read.settings.customers.descending).toBe(false);
  });

  it.each([
    ['not json {', { reason: 'json' }],
    ['[1,2]', { reason: 'format' }],
    ['null', { reason: 'format' }],
    ['{"lojal":"report","v":1,"settings":{}}', { reason: 'format' }],
    ['{"lojal":"settings","v":9,"settings":{}}', { reason: 'version', value: '9' }],
    [
      '{"lojal":"settings","v":1,"settings":{"cohorts.period":"hourly"}}',
      { reason: 'value', key: 'cohorts.period', value: 'hourly' },
    ],
    [
      '{"lojal":"settings","v":1,"settings":{"churn.window":{"$gt":1}}}',
      { reason: 'value', key: 'churn.window', value: '{"$gt":1}' },
    ],
    [
      '{"lojal":"settings","v":1,"settings":{"section":"<script>x</script>"}}',
      { reason: 'value', key: 'section', value: '<script>x</script>' },
    ],
  ])('refuses %s, naming the problem', (text, problem) => {
    expect(readSettingsFile(text)).toEqual({ ok: false, problem });
  });
});

describe('dropUnknownColumns / keepKnown', () => {
  it('keeps references to columns the data have', () => {
    const s = everythingChanged();
    s.cohorts.anchor = 'attr:region';
    s.cohorts.by = 'channel';
    const before = structuredClone(s);
    expect(dropUnknownColumns(s, ['region', 'channel', 'loyalty_member'])).toEqual([]);
    expect(s).toEqual(before);
  });

  it('drops every reference to a missing column, back to the defaults, and lists them', () => {
    const s = everythingChanged();
    const dropped = dropUnknownColumns(s, ['channel']);
    expect(dropped).toEqual([
      { key: 'cohorts.anchor', value: '<script>alert(1)</script>' },
      { key: 'cohorts.by', value: `a "quoted" & 'odd' name; DROP TABLE orders; --` },
      { key: 'cohorts.filter', value: 'region' },
      { key: 'clv.realisedBy', value: 'loyalty_member' },
      { key: 'customers.sort', value: 'region' },
    ]);
    const d = defaultSettings();
    expect(s.cohorts).toMatchObject({ anchor: d.cohorts.anchor, by: null, filter: null, curves: 'cohorts' });
    expect(s.clv.realisedBy).toBe('');
    expect(s.customers).toMatchObject({ sort: 'revenue', descending: true });
    // Settings that name no column are untouched.
    expect(s.cohorts.period).toBe('week');
    expect(s.churn.window).toBe(45);
  });

  it('drops a survival input whose file is not loaded, with its split', () => {
    const s = everythingChanged();
    expect(dropUnknownColumns(s, ['region', 'loyalty_member'], ['orders', 'customers'])).toContainEqual({
      key: 'churn.survival',
      value: 'subscriptions',
    });
    expect(s.churn).toMatchObject({ survivalKind: null, survivalBy: '' });
    const kept = everythingChanged();
    dropUnknownColumns(kept, [], ['orders', 'subscriptions']);
    expect(kept.churn.survivalKind).toBe('subscriptions');
  });

  it('keepKnown splits values into those the data hold and those they lack', () => {
    expect(keepKnown('cohorts.filterValue', ['Oslo', 'Mars'], ['Oslo', 'Bergen'])).toEqual({
      kept: ['Oslo'],
      dropped: [{ key: 'cohorts.filterValue', value: 'Mars' }],
    });
  });
});
