import {
  buildCurrencyValuesSql,
  buildOrderColumnsSql,
  decideCurrency,
  findCurrencyColumn,
  type CurrencyDecision,
} from '../analysis/currency';
import type { Engine } from '../engine/types';

/** What the loaded orders say about their currency: a currency column's values, or unknown. */
export async function readDataCurrency(engine: Engine): Promise<CurrencyDecision> {
  const names = (await engine.query<{ name: string }>(buildOrderColumnsSql())).map((r) => r.name);
  const column = findCurrencyColumn(names);
  if (!column) return { kind: 'unknown' };
  const values = await engine.query<{ value: string }>(buildCurrencyValuesSql(column));
  return decideCurrency(values.map((r) => r.value));
}
