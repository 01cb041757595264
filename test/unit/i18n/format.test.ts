import { describe, expect, it } from 'vitest';
import {
  currencyOf,
  formatCount,
  formatDate,
  formatDecimal,
  formatMoney,
  formatMonth,
  formatPercent,
} from '../../../src/lib/i18n/format';
import { localeTag, pickLocale } from '../../../src/lib/i18n/locale';
import { shownCurrency } from '../../../src/lib/analysis/currency';

/** Intl separates groups and units with (narrow) no-break spaces: compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('pickLocale(navigator.languages)', () => {
  it.each([
    [['nb-NO', 'en'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['NB'], 'nb'],
    [['da-DK'], 'da'],
    [['da'], 'da'],
    [['de-DE', 'da'], 'da'],
    [['en-US', 'nb'], 'en'],
    [['sv-SE', 'fi'], 'en'],
    [[], 'en'],
  ])('pickLocale(%j) is %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});

describe('localeTag(locale, currency) and currencyOf(tag)', () => {
  it.each([
    ['en', null, 'en-GB', null],
    ['nb', 'NOK', 'nb-NO-u-cu-nok', 'NOK'],
    ['da', 'DKK', 'da-DK-u-cu-dkk', 'DKK'],
    ['en', 'EUR', 'en-GB-u-cu-eur', 'EUR'],
  ] as const)('localeTag(%s, %s) is %s, carrying %s', (locale, currency, tag, back) => {
    expect(localeTag(locale, currency)).toBe(tag);
    expect(currencyOf(tag)).toBe(back);
  });

  it('currencyOf finds cu after other Unicode keywords, and nothing in a plain tag', () => {
    expect(currencyOf('nb-NO-u-nu-latn-cu-sek')).toBe('SEK');
    expect(currencyOf('nb-NO')).toBeNull();
  });

  it('the language suggests no currency: with nothing chosen and nothing in the data, no symbol', () => {
    // Norsk or Dansk is the reader's language, not the data's currency (a UK shop stays in pounds).
    expect(shownCurrency(undefined, null)).toBeNull();
    expect(shownCurrency(undefined, { kind: 'unknown' })).toBeNull();
  });
});

describe('formatting for the locale', () => {
  it.each([
    ['nb-NO-u-cu-nok', '1 234,50 kr'],
    ['da-DK-u-cu-dkk', '1.234,50 kr.'],
    ['en-GB-u-cu-gbp', '£1,234.50'],
    ['nb-NO', '1 234,50'],
    ['en-GB', '1,234.50'],
    ['da-DK-u-cu-nok', '1.234,50 NOK'],
  ])('formatMoney(1234.5, %s) is %s', (tag, expected) => {
    expect(plain(formatMoney(1234.5, tag))).toBe(expected);
  });

  it('formatMoney keeps the sign of refunds and shows a missing value as a dash', () => {
    expect(plain(formatMoney(-50, 'nb-NO-u-cu-nok'))).toBe('−50,00 kr');
    expect(formatMoney(null, 'nb-NO')).toBe('—');
  });

  it.each([
    ['nb-NO-u-cu-nok', '31.12.2024'],
    ['da-DK-u-cu-dkk', '31.12.2024'],
    ['en-GB', '31 Dec 2024'],
  ])('formatDate("2024-12-31", %s) is %s, whatever the time zone', (tag, expected) => {
    expect(formatDate('2024-12-31', tag)).toBe(expected);
  });

  it('formatDate("2024-01-05") keeps its leading zeros in Norwegian: 05.01.2024', () => {
    expect(formatDate('2024-01-05', 'nb-NO')).toBe('05.01.2024');
    expect(formatDate(null, 'nb-NO')).toBe('—');
  });

  it.each([
    ['nb-NO-u-cu-nok', '12 345', '53,7 %', 'des. 2024'],
    ['da-DK-u-cu-dkk', '12.345', '53,7 %', 'dec. 2024'],
    ['en-GB', '12,345', '53.7%', 'Dec 2024'],
  ])('%s: count %s, percent %s, month %s', (tag, count, percent, month) => {
    expect(plain(formatCount(12345, tag))).toBe(count);
    expect(plain(formatPercent(0.537, tag))).toBe(percent);
    expect(formatMonth('2024-12', tag)).toBe(month);
  });
});

describe('formatDecimal(value, tag, digits)', () => {
  it.each([
    [-9582.4312, 'en-GB', 2, '-9,582.43'],
    [-9582.4312, 'nb-NO-u-cu-nok', 2, '−9 582,43'],
    [16.79293, 'da-DK', 2, '16,79'],
    [0.5, 'en-GB', 3, '0.500'],
    [null, 'en-GB', 2, '—'],
  ] as const)('formatDecimal(%s, %s, %s) is %s', (value, tag, digits, expected) => {
    expect(plain(formatDecimal(value, tag, digits))).toBe(expected);
  });
});
