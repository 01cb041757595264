/**
 * Taking a written amount apart: sign, accounting parentheses and currency around the digits, so that
 * `kr 1 234,50`, `1 234,50 kr`, `NOK 99`, `€ 12,00`, `-12,5`, `(12.50)` and `99,-` all leave their digits.
 */

/** Currency marks accepted before or after an amount (case-insensitive). */
const CURRENCY = String.raw`(?:kr\.?|nok|dkk|sek|isk|eur|usd|gbp|chf|pln|[$€£¥])`;
/** Digits with separators, `.5`-style fractions, and the Nordic `,-` / `.-` meaning "no øre". */
const CORE = String.raw`(\d(?:[\d.,' \u00a0\u202f\u2019]*\d)?(?:[.,]-?)?|[.,]\d+)`;
const MINUS = '[-\u2212]';
const SIGN = '[-\u2212+]';
const NUMBER_TEXT = new RegExp(
  `^(${SIGN})?\\s*(${CURRENCY})?\\s*(${SIGN})?\\s*${CORE}\\s*(${CURRENCY})?\\s*(${MINUS})?$`,
  'i',
);

/** The parts of a written amount. */
export interface NumberParts {
  negative: boolean;
  /** True when a currency code or symbol was written with the amount. */
  currency: boolean;
  /** The digits with their separators, e.g. `1 234,50`. */
  core: string;
}

/** Splits a cell into sign, currency and digits; null when it is not written like an amount. */
export function splitNumberText(text: string): NumberParts | null {
  let s = text.trim();
  let parens = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    parens = true;
    s = s.slice(1, -1).trim();
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m) return null;
  const [, lead, cur1, mid, core, cur2, trail] = m;
  const signs = [lead, mid, trail].filter(Boolean);
  // One sign at most, one currency at most, and parentheses already say "negative".
  if (signs.length > 1 || (cur1 && cur2) || (parens && signs.length > 0)) return null;
  const negative = parens || (signs.length === 1 && signs[0] !== '+');
  return { negative, currency: Boolean(cur1 || cur2), core };
}

/** Space-like thousands separators: space, no-break space and narrow no-break space are interchangeable. */
export const SPACES = ' \u00a0\u202f';

/** True for a character that separates thousands only (never decimals). */
export function isGroupOnly(ch: string): boolean {
  return SPACES.includes(ch) || ch === "'" || ch === '\u2019';
}
