import { classifyValue, parseFlag, type ValueKind } from './classify';
import { detectDateFormat, type DateDetection } from './dateDetect';
import { detectNumberFormat, parseNumber, type NumberFormat } from './numbers';

/** What the sample values of one column look like. Shares are of the non-empty values. */
export interface ColumnProfile {
  /** Non-empty values in the sample. */
  filled: number;
  /** Distinct non-empty values (case-sensitive). */
  distinct: number;
  /** Count of values of each kind. */
  kinds: Record<ValueKind, number>;
  /** Share that are dates in the detected format. */
  dateShare: number;
  /** Share that are numbers in the detected number format (flags 1/0 included). */
  numberShare: number;
  /** Share that are whole numbers written without separators (1/0 included). */
  integerShare: number;
  /** True when some numbers are written with decimals (`12,50`, `3.0`). */
  decimals: boolean;
  /** True when some number has a non-zero fraction (`12,50`, not `17850.0`). */
  fractional: boolean;
  /** True when no number is negative. */
  nonNegative: boolean;
  /** The middle of the numbers' absolute values (0 when there are none). */
  median: number;
  /** Share that are yes/no flags (1/0, true/false, ja/nei, …). */
  flagShare: number;
  /** True when whole numbers are written with leading zeros (`00017`): codes, not quantities. */
  leadingZeros: boolean;
  /** Share that look like codes: letters mixed with digits (`C536379`, `7590-VHVEG`) or e-mail addresses. */
  codeShare: number;
  /** Share that are e-mail addresses. */
  emailShare: number;
  dateFormat: DateDetection;
  numberFormat: NumberFormat;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_\-/.:#]*$/;

/** The profile of one column's sample values; `delimiter` helps read `1,234`-style numbers. */
export function profileColumn(values: string[], delimiter?: string): ColumnProfile {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const n = Math.max(1, filled.length);
  const kinds: Record<ValueKind, number> = { empty: 0, integer: 0, number: 0, date: 0, boolean: 0, text: 0 };
  for (const v of values) kinds[classifyValue(v)]++;
  const dateFormat = detectDateFormat(filled);
  const numberFormat = detectNumberFormat(filled, { delimiter });
  const numbers = filled.map((v) => parseNumber(v, numberFormat)).filter((x): x is number => x !== null);
  const decimalMark = new RegExp(`\\d\\${numberFormat.decimal}\\d`);
  const abs = numbers.map(Math.abs).sort((a, b) => a - b);
  const integers = filled.filter((v) => /^[-+]?\d+$/.test(v));
  return {
    filled: filled.length,
    distinct: new Set(filled).size,
    kinds,
    dateShare: dateFormat.confidence,
    numberShare: numbers.length / n,
    integerShare: integers.length / n,
    decimals: filled.some((v) => decimalMark.test(v) && parseNumber(v, numberFormat) !== null),
    fractional: numbers.some((x) => !Number.isInteger(x)),
    nonNegative: numbers.every((x) => x >= 0),
    median: abs.length ? abs[Math.floor(abs.length / 2)] : 0,
    flagShare: filled.filter((v) => parseFlag(v) !== null).length / n,
    leadingZeros: integers.some((v) => v.length > 1 && v.startsWith('0')),
    codeShare:
      filled.filter((v) => EMAIL.test(v) || (CODE.test(v) && parseNumber(v, numberFormat) === null)).length /
      n,
    emailShare: filled.filter((v) => EMAIL.test(v)).length / n,
    dateFormat,
    numberFormat,
  };
}

/** True when the column is a yes/no flag: every value a flag word, at most two distinct meanings. */
export function isFlagColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && p.flagShare === 1 && p.distinct <= 4;
}

/** True when the column holds dates. */
export function isDateColumn(p: ColumnProfile): boolean {
  return p.dateShare >= 0.8;
}

/** True when the column holds numbers (not dates, not codes with leading zeros). */
export function isNumericColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && p.numberShare >= 0.9 && !isDateColumn(p) && !p.leadingZeros;
}
