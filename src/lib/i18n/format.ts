/**
 * Number, money and date formatting for the user's locale. Pure functions of (value, locale tag); the
 * tag comes from `i18n.tag` (see `localeTag`) and may carry a currency as `-u-cu-nok`.
 */

/** A whole count: `12 345` (locale grouping). */
export function formatCount(value: number | null, tag: string): string {
  return value === null ? '—' : new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** The currency a tag carries in its `-u-cu-` extension (`nb-NO-u-cu-nok` → `NOK`), or null. */
export function currencyOf(tag: string): string | null {
  const match = /-u(?:-[a-z0-9]{2,8})*?-cu-([a-z]{3})\b/i.exec(tag);
  return match ? match[1].toUpperCase() : null;
}

/**
 * A money amount with two decimals: `1 234,50 kr` with a currency in the tag, else a plain
 * `1 234,50` (the data's currency is not known until the user says it).
 */
export function formatMoney(value: number | null, tag: string): string {
  if (value === null) return '—';
  const currency = currencyOf(tag);
  return new Intl.NumberFormat(
    tag,
    currency
      ? { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  ).format(value);
}

/**
 * A measured quantity with a fixed number of decimals, grouped for the locale: `-9582.43` →
 * `-9,582.43` (en), `−9 582,43` (nb, da). For fitted parameters, test statistics, rates per period.
 */
export function formatDecimal(value: number | null, tag: string, digits = 2): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );
}

/** A fraction as a percentage: 0.3456 → `34.6%` (en), `34,6 %` (nb, da). */
export function formatPercent(value: number | null, tag: string, digits = 1): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(tag, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
}

/** Numeric day-month-year in Norway and Denmark (`31.12.2024`); English spells the month (`31 Dec 2024`). */
function dateOptions(tag: string): Intl.DateTimeFormatOptions {
  return /^(nb|nn|no|da)\b/i.test(tag)
    ? { day: '2-digit', month: '2-digit', year: 'numeric' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
}

/** An ISO date `YYYY-MM-DD` for the locale, computed as a calendar date (no time zone shift). */
export function formatDate(iso: string | null, tag: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...dateOptions(tag) }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A calendar month `YYYY-MM` for the locale: `Jan 2024`, `jan. 2024`. */
export function formatMonth(month: string, tag: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
