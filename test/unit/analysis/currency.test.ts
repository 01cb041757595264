import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCurrencyValuesSql,
  buildOrderColumnsSql,
  decideCurrency,
  findCurrencyColumn,
  shownCurrency,
  type CurrencyDecision,
} from '../../../src/lib/analysis/currency';
import type { Engine } from '../../../src/lib/engine/types';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

describe('decideCurrency', () => {
  it.each([
    [['GBP'], { kind: 'one', code: 'GBP' }],
    [['gbp', ' GBP '], { kind: 'one', code: 'GBP' }],
    [['£'], { kind: 'one', code: 'GBP' }],
    [['NOK', 'DKK'], { kind: 'mixed', codes: ['DKK', 'NOK'] }],
    [['EUR', '€', 'SEK'], { kind: 'mixed', codes: ['EUR', 'SEK'] }],
    [['kr'], { kind: 'unknown' }],
    [['$'], { kind: 'unknown' }],
    [['XYZ'], { kind: 'unknown' }],
    [[], { kind: 'unknown' }],
  ])('decideCurrency(%j) = %j', (values, want) => {
    expect(decideCurrency(values)).toEqual(want);
  });
});

describe('shownCurrency: the user, else the data, never the language', () => {
  it.each<[string | null | undefined, CurrencyDecision | null, string | null]>([
    [undefined, null, null],
    [undefined, { kind: 'one', code: 'GBP' }, 'GBP'],
    [undefined, { kind: 'mixed', codes: ['DKK', 'NOK'] }, null],
    [undefined, { kind: 'unknown' }, null],
    ['NOK', { kind: 'one', code: 'GBP' }, 'NOK'],
    [null, { kind: 'one', code: 'GBP' }, null],
  ])('choice %s, data %j → %s', (choice, data, want) => {
    expect(shownCurrency(choice, data)).toBe(want);
  });
});

describe('findCurrencyColumn', () => {
  it.each([
    [['Name', 'Currency', 'Total'], 'Currency'],
    [['kundenr', 'Valuta'], 'Valuta'],
    [['order_currency'], 'order_currency'],
    [['Currency Code'], 'Currency Code'],
    [['amount', 'currency_rate'], null],
  ])('findCurrencyColumn(%j) = %s', (columns, want) => {
    expect(findCurrencyColumn(columns)).toBe(want);
  });
});

describe('the currency column of a loaded export', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await freshEngine();
  });
  afterAll(() => engine.close());

  it('is an order column whose distinct values decide', async () => {
    const columns = ['order_id', 'customer_id', 'order_date', 'amount', 'Currency'];
    const text = [
      'order_id,customer_id,order_date,amount,Currency',
      'a,1,2024-01-01,10,GBP',
      'b,2,2024-01-02,5,gbp',
    ].join('\n');
    await loadTexts(engine, [{ spec: ordersSpec(columns), text }]);
    const names = (await engine.query<{ name: string }>(buildOrderColumnsSql())).map((r) => r.name);
    const column = findCurrencyColumn(names);
    expect(column).toBe('Currency');
    const values = (await engine.query<{ value: string }>(buildCurrencyValuesSql(column!))).map(
      (r) => r.value,
    );
    expect(values).toEqual(['GBP']);
    expect(decideCurrency(values)).toEqual({ kind: 'one', code: 'GBP' });
  });
});
