import { describe, expect, it } from 'vitest';
import { da } from '../../../src/lib/i18n/da';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { nb } from '../../../src/lib/i18n/nb';
import { fillMessage } from '../../../src/lib/i18n/plural';

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const fill = (
  key: MessageKey,
  catalogue: Partial<Record<MessageKey, string>>,
  params: Record<string, string | number>,
  tag: string,
) => plain(fillMessage(catalogue[key]!, params, tag));

describe('fillMessage: plural rules and locale numbers', () => {
  it.each([
    ['en-GB', en, 1, 'Log-rank test: χ² = 3.84 on 1 degree of freedom.'],
    ['en-GB', en, 2, 'Log-rank test: χ² = 3.84 on 2 degrees of freedom.'],
    ['nb-NO', nb, 1, 'Log-rank-test: χ² = 3.84 med 1 frihetsgrad.'],
    ['nb-NO', nb, 3, 'Log-rank-test: χ² = 3.84 med 3 frihetsgrader.'],
    ['da-DK', da, 1, 'Log-rank-test: χ² = 3.84 med 1 frihedsgrad.'],
    ['da-DK', da, 4, 'Log-rank-test: χ² = 3.84 med 4 frihedsgrader.'],
  ])('%s, df = %i', (tag, catalogue, df, want) => {
    expect(fill('churn.survival.test', catalogue, { chi2: '3.84', df }, tag)).toBe(want);
  });

  it('writes counts in the locale format: 13021 active customer-months', () => {
    const params = {
      first: 'Jan 2024',
      last: 'Dec 2024',
      months: 12,
      active: 13021,
      churned: '812',
      orders: 1,
    };
    expect(fill('clv.formula.detail', en, params, 'en-GB')).toBe(
      'Jan 2024 – Dec 2024 (12 months): 13,021 active customer-months, 812 churned, 1 order by active customers.',
    );
    expect(fill('clv.formula.detail', nb, params, 'nb-NO')).toBe(
      'Jan 2024 – Dec 2024 (12 måneder): 13 021 aktive kundemåneder, 812 falt fra, 1 ordre fra aktive kunder.',
    );
    expect(fill('clv.formula.detail', da, { ...params, active: 1 }, 'da-DK')).toContain(
      '1 aktiv kundemåned,',
    );
  });

  it('takes an exact =N case before the rule, keeps a block whose number is missing, fills plain names', () => {
    expect(fillMessage('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
    expect(fillMessage('{n, plural, one {# item} other {# items}}', {}, 'en')).toBe(
      '{n, plural, one {# item} other {# items}}',
    );
    expect(fillMessage('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
  });
});

describe('plural blocks in the catalogues', () => {
  const variables = (text: string) =>
    [...text.matchAll(/\{(\w+),\s*plural,/g)]
      .map((m) => m[1])
      .sort()
      .join();
  it.each([
    ['nb', nb],
    ['da', da],
  ])('%s uses a plural block wherever English does, for the same variable', (_name, catalogue) => {
    const wrong = (Object.keys(en) as MessageKey[]).filter(
      (k) => catalogue[k] !== undefined && variables(catalogue[k]!) !== variables(en[k]),
    );
    expect(wrong).toEqual([]);
  });
});
