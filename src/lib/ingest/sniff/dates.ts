import type { DateLayout } from '../spec';

/**
 * How a date is written: the order of year (YYYY), month (MM) and day (DD) and the separator between
 * them. One- or two-digit days and months are accepted in every form except `YYYYMMDD` (so
 * `1.2.2024` is `DD.MM.YYYY`), and any form may be followed by a time, which is ignored.
 * Same list as the loader's `DateLayout`.
 */
export type DateFormat = DateLayout;

/** Which part of the date each capture group holds, in the order the groups appear. */
export type DatePart = 'y' | 'm' | 'd';

/** What SQL needs to take a date apart: `regexp_extract(trim(col), regex, groups)`. */
export interface DatePattern {
  /**
   * Anchored at the start and matched against the trimmed cell. Exactly three capture groups; uses only
   * `[0-9]`, `{m,n}`, `^`, `$` and one non-capturing group `(?:[ T]|$)` that ends the date: accepted
   * alike by JavaScript and RE2 (DuckDB). Anything after a space or `T` (a time, an offset) is ignored.
   */
  regex: string;
  groups: [DatePart, DatePart, DatePart];
}

const END = '(?:[ T]|$)';
const ymd = (sep: string): DatePattern => ({
  regex: `^([0-9]{4})${sep}([0-9]{1,2})${sep}([0-9]{1,2})${END}`,
  groups: ['y', 'm', 'd'],
});
const xxy = (sep: string, groups: [DatePart, DatePart, DatePart]): DatePattern => ({
  regex: `^([0-9]{1,2})${sep}([0-9]{1,2})${sep}([0-9]{4})${END}`,
  groups,
});

const PATTERNS: Record<DateFormat, DatePattern> = {
  'YYYY-MM-DD': ymd('-'),
  'YYYY/MM/DD': ymd('/'),
  YYYYMMDD: { regex: `^([0-9]{4})([0-9]{2})([0-9]{2})${END}`, groups: ['y', 'm', 'd'] },
  'DD.MM.YYYY': xxy('\\.', ['d', 'm', 'y']),
  'MM.DD.YYYY': xxy('\\.', ['m', 'd', 'y']),
  'DD-MM-YYYY': xxy('-', ['d', 'm', 'y']),
  'MM-DD-YYYY': xxy('-', ['m', 'd', 'y']),
  'DD/MM/YYYY': xxy('/', ['d', 'm', 'y']),
  'MM/DD/YYYY': xxy('/', ['m', 'd', 'y']),
  // `Mar 1, 2022`: the month's English abbreviation (Magento's order grid export writes dates so).
  'MMM D, YYYY': { regex: `^([A-Za-z]{3}) ([0-9]{1,2}), ([0-9]{4})${END}`, groups: ['m', 'd', 'y'] },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month written as a number or as an English abbreviation (`Mar`), 0 when it is neither. */
function monthNumber(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  return MONTHS.indexOf(text.toLowerCase()) + 1;
}

/** Every date format, in order of preference when values fit several (day-first before month-first). */
export const DATE_FORMATS = Object.keys(PATTERNS) as DateFormat[];

const COMPILED = new Map(DATE_FORMATS.map((f) => [f, new RegExp(PATTERNS[f].regex)]));

/** The regular expression and group order for a date format, for building the SQL parser. */
export function dateRegex(format: DateFormat): DatePattern {
  const p = PATTERNS[format];
  return { regex: p.regex, groups: [...p.groups] };
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Year, month and day of a cell in `format`, or null when it does not match or is not a real date. */
function dateParts(
  text: string,
  format: DateFormat,
): { y: number; m: number; d: number; rest: string } | null {
  const t = text.trim();
  const match = COMPILED.get(format)!.exec(t);
  if (!match) return null;
  const groups = PATTERNS[format].groups;
  const value = (part: DatePart) =>
    part === 'm' ? monthNumber(match[groups.indexOf(part) + 1]) : Number(match[groups.indexOf(part) + 1]);
  const [y, m, d] = [value('y'), value('m'), value('d')];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const dateEnd = match[0].length - (match[0].endsWith(' ') || match[0].endsWith('T') ? 1 : 0);
  return { y, m, d, rest: t.slice(dateEnd) };
}

/**
 * The calendar date a cell holds, as `YYYY-MM-DD`, exactly as written: a time or offset after it never
 * moves the day (`2024-03-01T00:30:00+02:00` is 2024-03-01). Null for text that is not a date in
 * `format` or for an impossible date such as 2023-02-29 or 31.04.2024.
 */
export function parseDate(text: string, format: DateFormat): string | null {
  const p = dateParts(text, format);
  if (!p) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;
}

/** A time of day after the date, as exports write it: `8:26`, `08:30:00.123`, `T00:30:00+02:00`, `3:05 PM`. */
const TIME =
  /^[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?\s?([AaPp]\.?[Mm]\.?)?\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * True when the cell is a real date in `format`, optionally followed by a plausible time. Stricter
 * than `parseDate` (which ignores whatever follows the date) so that detection is not fooled by text.
 */
export function isDateIn(text: string, format: DateFormat): boolean {
  const p = dateParts(text, format);
  if (!p) return false;
  if (p.rest === '') return true;
  const t = TIME.exec(p.rest);
  if (!t) return false;
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  return hour <= (t[4] ? 12 : 24) && minute < 60 && second < 61;
}

/** True when a cell carries an AM/PM time, which only month-first (US) exports write. */
export function hasAmPm(text: string): boolean {
  return /\d\s?[AaPp]\.?[Mm]\.?$/.test(text.trim());
}
