/** Number and date formatting for the user's locale. Pure functions of (value, locale tag). */

/** A whole count: `12 345` (locale grouping). */
export function formatCount(value: number | null, tag: string): string {
  return value === null ? '—' : new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** A money amount with two decimals, without a currency symbol (the data's currency is not known). */
export function formatMoney(value: number | null, tag: string): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A fraction as a percentage: 0.3456 → `34.6 %`. */
export function formatPercent(value: number | null, tag: string, digits = 1): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(tag, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
}

/** An ISO date `YYYY-MM-DD` for the locale, computed as a calendar date (no time zone shift). */
export function formatDate(iso: string | null, tag: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A `YYYY-MM` month for the locale: `Jan 2024`. */
export function formatMonth(month: string, tag: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
