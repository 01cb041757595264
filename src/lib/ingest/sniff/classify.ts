import { DATE_FORMATS, isDateIn } from './dates';
import { parseNumber, type NumberFormat } from './numbers';

/** What a single cell looks like. */
export type ValueKind = 'empty' | 'integer' | 'number' | 'date' | 'boolean' | 'text';

// Same words as the loader's flag parser, so a column judged yes/no here also loads as one.
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'ja', 'j', 't']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'nei', 'nej', 'f']);

/** The yes/no value of a flag cell (1/0, true/false, yes/no, ja/nei/nej, j/n, y/n, t/f, any case), or null. */
export function parseFlag(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}

/** Every way of writing numbers that a single cell may be in. */
const NUMBER_FORMATS: Pick<NumberFormat, 'decimal' | 'thousands'>[] = [
  { decimal: '.', thousands: ',' },
  { decimal: ',', thousands: '.' },
  { decimal: ',', thousands: ' ' },
  { decimal: '.', thousands: ' ' },
  { decimal: '.', thousands: "'" },
];

/** True when the cell reads as a number in at least one common way of writing numbers. */
export function isNumberLike(text: string): boolean {
  return NUMBER_FORMATS.some((f) => parseNumber(text, f) !== null);
}

/** True when the cell is a real date in one of the supported formats (with an optional time). */
export function isDateLike(text: string): boolean {
  return DATE_FORMATS.some((f) => isDateIn(text, f));
}

/**
 * What a single cell looks like. Flags come first, so `1` and `0` are `boolean` (a column of them may
 * still be counts); eight digits forming a real date (`19970101`) are a `date`; whole numbers without
 * separators are `integer`; anything else that reads as an amount (`1 234,50`, `kr 99`) is `number`.
 */
export function classifyValue(text: string): ValueKind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (parseFlag(t) !== null) return 'boolean';
  if (/^\d/.test(t) && isDateLike(t)) return 'date';
  if (/^[-+\u2212]?\d+$/.test(t)) return 'integer';
  if (isNumberLike(t)) return 'number';
  return 'text';
}
