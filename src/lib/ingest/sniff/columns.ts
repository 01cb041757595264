import type { FieldRole } from '../spec';
import { nameScores } from './names';
import { isDateColumn, isFlagColumn, isNumericColumn, profileColumn, type ColumnProfile } from './profile';

/** A field a column may hold, or `attribute` for anything else (kept for segments). */
export type ColumnRole = FieldRole | 'attribute';

/** One way of reading a column, with how likely it is (0–1). */
export interface RoleCandidate {
  role: ColumnRole;
  score: number;
}

/** What a column probably holds. */
export interface ColumnGuess {
  /** 0-based position in the file. */
  index: number;
  /** The column's (deduplicated) name. */
  name: string;
  /** Every role with a score above zero, most likely first; `attribute` is always among them. */
  candidates: RoleCandidate[];
  profile: ColumnProfile;
}

/** Hints from the file's layout that help read the values. */
export interface ColumnHints {
  /** The file's delimiter: `1,234` in a `;` file is more likely a decimal comma. */
  delimiter?: string;
}

/**
 * How much each field is worth when only the values point to it (no telling name). Fields that are
 * easy to mistake for another (unit price for amount, order id for customer id) count less.
 */
const VALUE_ONLY: Record<FieldRole, number> = {
  customerId: 1,
  orderDate: 1,
  amount: 1,
  orderId: 0.7,
  quantity: 0.9,
  unitPrice: 0.6,
  status: 0.6,
  // Only a recognised layout or the user maps these (layouts/): never guessed from a name or values.
  orderTotal: 0,
  refundedAmount: 0,
  cancelledAt: 0,
  signupDate: 0.6,
  startDate: 0.6,
  endDate: 0.5,
  recurringAmount: 0.6,
  plan: 0.5,
  duration: 0.7,
  event: 0.8,
};

const DATE_ROLES = new Set<FieldRole>(['orderDate', 'signupDate', 'startDate', 'endDate']);
const MONEY_ROLES = new Set<FieldRole>(['amount', 'unitPrice', 'recurringAmount']);

/** How well the values fit a field (0–1), whatever the column is called. */
function valueFit(role: FieldRole, p: ColumnProfile): number {
  if (p.filled === 0) return role === 'endDate' ? 0.3 : 0;
  const numeric = isNumericColumn(p);
  const flag = isFlagColumn(p);
  const categorical = p.distinct <= Math.max(2, 0.5 * p.filled) && !numeric;
  if (DATE_ROLES.has(role)) return isDateColumn(p) ? 1 : p.dateShare >= 0.5 ? 0.5 : 0;
  if (isDateColumn(p)) return 0;
  if (role === 'customerId' || role === 'orderId') {
    // `17850.0` is an id a spreadsheet turned into a number; `12.50` is not an id.
    if (flag || p.fractional) return 0;
    // Order ids repeat only across the lines of one order: a column where most values repeat (a sample
    // or store number) is no order id unless its name says so.
    if (role === 'orderId' && p.distinct < 0.5 * p.filled) return 0.1;
    if (p.emailShare >= 0.8) return role === 'customerId' ? 1 : 0.1;
    if (p.leadingZeros || p.codeShare >= 0.8) return 0.9;
    if (p.integerShare >= 0.9) return p.median >= 100 ? 0.7 : 0.6;
    return 0.4;
  }
  if (MONEY_ROLES.has(role)) {
    if (!numeric || flag) return 0;
    return p.decimals || p.numberFormat.currency ? 1 : 0.6;
  }
  if (role === 'quantity') {
    if (!numeric || p.decimals) return numeric ? 0.3 : 0;
    return p.median <= 1000 ? 1 : 0.4;
  }
  if (role === 'duration') return numeric && p.nonNegative ? (p.decimals ? 0.7 : 0.9) : 0;
  if (role === 'event') return flag ? 1 : 0;
  if (role === 'status') return flag ? 0.4 : categorical ? 0.8 : numeric ? 0.1 : 0.2;
  return categorical ? 0.7 : 0.1; // plan
}

/**
 * Values seen in fewer rows than this are no evidence on their own: one sampled row of a 5,000-column
 * export makes many columns look like a unique id or a date. A telling name still counts.
 */
export const MIN_VALUE_EVIDENCE = 2;

/** The candidates for one column, strongest first. */
function candidatesFor(name: string, p: ColumnProfile): RoleCandidate[] {
  const { scores, attribute } = nameScores(name);
  // A column that clearly names one field (CustomerID) is not offered for others on its values alone.
  const clearlyNamed = Object.values(scores).some((s) => s >= 1);
  const out: RoleCandidate[] = [];
  for (const role of Object.keys(VALUE_ONLY) as FieldRole[]) {
    const named = scores[role] ?? 0;
    const fit = valueFit(role, p);
    // A telling name counts most, but values that cannot be the field pull it well down. Values alone
    // (a file without a header) give at most 0.4, so any matching name wins over them.
    const evidence = p.filled >= MIN_VALUE_EVIDENCE ? 1 : 0;
    let score =
      named > 0
        ? named * (0.3 + 0.7 * fit)
        : 0.4 * fit * VALUE_ONLY[role] * (clearlyNamed ? 0.5 : 1) * evidence;
    if (attribute) score *= 0.3;
    if (score > 0) out.push({ role, score: Math.round(score * 1000) / 1000 });
  }
  out.push({ role: 'attribute', score: attribute ? 1 : 0.3 });
  return out.sort((a, b) => b.score - a.score);
}

/**
 * For each column, the fields it may hold with a score, judged from its name (English, Norwegian,
 * Danish, Swedish; case, accents and separators ignored) and its sample values (dates, amounts, ids,
 * yes/no flags). `rows` are the preview rows, one string per column.
 */
export function guessColumns(headers: string[], rows: string[][], hints: ColumnHints = {}): ColumnGuess[] {
  return headers.map((name, index) => {
    const profile = profileColumn(
      rows.map((r) => r[index] ?? ''),
      hints.delimiter,
    );
    return { index, name, candidates: candidatesFor(name, profile), profile };
  });
}

/** The score of `role` for a column, 0 when it is not a candidate. */
export function scoreOf(guess: ColumnGuess, role: ColumnRole): number {
  return guess.candidates.find((c) => c.role === role)?.score ?? 0;
}
