import type { FileRole } from '../spec';
import { guessColumns, type ColumnGuess, type ColumnHints } from './columns';
import { guessMapping } from './mapping';
import { normalizeName } from './names';

/** What kind of file this probably is. */
export interface FileRoleGuess {
  role: FileRole;
  /** 0–1: high when one kind clearly fits better than the others. */
  confidence: number;
  /** How well each kind fits (0–1), for offering the alternatives. */
  scores: Record<FileRole, number>;
}

/** True when some customer id occurs on more than one sample row (as in an orders file). */
function idsRepeat(columns: ColumnGuess[], rows: string[][], index: number | undefined): boolean {
  if (index === undefined) return false;
  const p = columns[index].profile;
  return p.distinct < p.filled && rows.length > 1;
}

/** How well each kind of file fits the columns. */
function roleScores(columns: ColumnGuess[], rows: string[][]): Record<FileRole, number> {
  const s = (role: FileRole) => {
    const m = guessMapping(columns, role);
    return { m, get: (f: keyof typeof m.fields) => m.scores[f] ?? 0 };
  };
  const o = s('orders');
  const c = s('customers');
  const sub = s('subscriptions');
  const t = s('tenure');
  const repeat = idsRepeat(columns, rows, o.m.fields.customerId);
  const money = Math.max(o.get('amount'), Math.min(o.get('quantity'), o.get('unitPrice')));
  const orders = ((o.get('customerId') + o.get('orderDate')) / 2) * 0.8 + 0.2 * money;
  // A customer list has one row per customer and neither amounts nor subscription or tenure columns.
  const other = Math.max(
    money,
    Math.min(sub.get('startDate'), sub.get('endDate')),
    Math.min(t.get('duration'), t.get('event')),
  );
  const customers =
    (0.9 * c.get('customerId') * (repeat ? 0.5 : 1) + 0.1 * c.get('signupDate')) * (1 - 0.5 * other);
  const subscriptions =
    ((sub.get('customerId') + sub.get('startDate') + sub.get('endDate')) / 3) * 0.9 +
    0.1 * Math.max(sub.get('plan'), sub.get('recurringAmount'));
  const tenureCore = (t.get('duration') + t.get('event')) / 2;
  const tenure = Math.min(t.get('duration'), t.get('event')) >= 0.5 ? tenureCore : tenureCore * 0.5;
  return {
    orders: orders * (repeat ? 1 : 0.85),
    customers,
    subscriptions,
    tenure: tenure * (repeat ? 0.7 : 1),
  };
}

/** The kind of file from guessed columns (see `guessFileRole`). */
export function guessFileRoleFrom(columns: ColumnGuess[], rows: string[][]): FileRoleGuess {
  const scores = roleScores(columns, rows);
  const ranked = (Object.keys(scores) as FileRole[]).sort((a, b) => scores[b] - scores[a]);
  const [best, second] = [scores[ranked[0]], scores[ranked[1]]];
  const rounded = Object.fromEntries(
    Object.entries(scores).map(([k, v]) => [k, Math.round(v * 1000) / 1000]),
  ) as Record<FileRole, number>;
  return {
    role: ranked[0],
    confidence: Math.round(best * Math.min(1, 0.5 + best - second) * 1000) / 1000,
    scores: rounded,
  };
}

/**
 * Whether a file is an orders file (customer id, date and usually an amount, customers repeating), a
 * customer list (one row per customer with attributes), subscriptions (start and end dates) or a tenure
 * table (a duration and a churn flag per customer).
 */
export function guessFileRole(headers: string[], rows: string[][], hints: ColumnHints = {}): FileRoleGuess {
  return guessFileRoleFrom(guessColumns(headers, rows, hints), rows);
}

/**
 * A stable key for a set of column names, so a mapping the user confirmed can be offered again for the
 * next export with the same columns. Case, accents, spaces and punctuation do not change it; the order
 * of the columns does, since the mapping refers to positions.
 */
export function headerSignature(headers: string[]): string {
  return `v1:${headers.length}:${headers.map(normalizeName).join('|')}`;
}
