import { ident } from './sql';

/**
 * The currency the data's amounts are in, when an export names it (Shopify's `Currency`, Stripe's
 * `currency`, a `Valuta` column): the language a reader picks says nothing about it (Norwegian readers
 * look at UK shops too). Pure: the column is found by name, its values decide.
 */

/** Column names that hold the order's currency, in the languages Lojal reads. */
const CURRENCY_NAME =
  /^(?:currency|currency[ _-]?code|order[ _-]?currency|presentment[ _-]?currency|valuta|valutakode|valuta[ _-]?kod[e]?|møntfod)$/i;

/** The first of `columns` named like a currency column, or null. */
export function findCurrencyColumn(columns: readonly string[]): string | null {
  return columns.find((c) => CURRENCY_NAME.test(c.trim())) ?? null;
}

/** SQL for the column names of the `orders` table (to look for a currency column). */
export function buildOrderColumnsSql(): string {
  return `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position`;
}

/** SQL for the distinct values of the currency column among orders (at most 20: enough to say "mixed"). */
export function buildCurrencyValuesSql(column: string): string {
  return `SELECT DISTINCT upper(trim(CAST(${ident(column)} AS VARCHAR))) AS value FROM orders
WHERE nullif(trim(CAST(${ident(column)} AS VARCHAR)), '') IS NOT NULL ORDER BY 1 LIMIT 20`;
}

/** What the data say about their currency. */
export type CurrencyDecision =
  { kind: 'one'; code: string } | { kind: 'mixed'; codes: string[] } | { kind: 'unknown' };

/** Symbols that name one currency only ($ and kr do not: several currencies write them). */
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };

/** An ISO 4217 code for a written value (`gbp`, `£`), or null when it names no one currency. */
function codeOf(value: string): string | null {
  const v = value.trim().toUpperCase();
  if (SYMBOLS[v]) return SYMBOLS[v];
  if (!/^[A-Z]{3}$/.test(v)) return null;
  try {
    // Intl knows every ISO 4217 code; an unknown three letters (`ABC`) is no currency.
    const known = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency');
    return !known || known.includes(v) ? v : null;
  } catch {
    return v;
  }
}

/**
 * The currency of the data from the distinct values of its currency column: its single value, or
 * `mixed` when orders are in several (amounts are then shown without a symbol: summing them is the
 * user's call), or `unknown` when no value names a currency.
 */
export function decideCurrency(values: readonly string[]): CurrencyDecision {
  const codes = [...new Set(values.map(codeOf).filter((c): c is string => c !== null))].sort();
  if (codes.length === 0) return { kind: 'unknown' };
  return codes.length === 1 ? { kind: 'one', code: codes[0] } : { kind: 'mixed', codes };
}

/**
 * The currency amounts are shown in: the user's choice when they made one (null: no symbol), else the
 * one the data name, else none — never the language's.
 */
export function shownCurrency(
  choice: string | null | undefined,
  data: CurrencyDecision | null,
): string | null {
  if (choice !== undefined) return choice;
  return data?.kind === 'one' ? data.code : null;
}
