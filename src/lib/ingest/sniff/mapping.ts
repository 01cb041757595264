import type { FieldRole, FileRole } from '../spec';
import { scoreOf, type ColumnGuess } from './columns';
import { nameScores } from './names';
import { isDateColumn } from './profile';

/** Which column holds which field, as a starting point the user confirms. */
export interface MappingGuess {
  /** 0-based column index per field; a field is absent when no column fits. */
  fields: Partial<Record<FieldRole, number>>;
  /** The score behind each chosen field (0–1), to flag weak guesses. */
  scores: Partial<Record<FieldRole, number>>;
  /** Unmapped columns worth keeping for segments: categories such as channel, store or country. */
  attributes: number[];
}

/** The fields each kind of file can fill, in the order ties are settled. */
export const ROLE_FIELDS: Record<FileRole, FieldRole[]> = {
  orders: [
    'customerId',
    'orderDate',
    'amount',
    'orderId',
    'quantity',
    'unitPrice',
    'status',
    'orderTotal',
    'refundedAmount',
    'cancelledAt',
  ],
  customers: ['customerId', 'signupDate'],
  subscriptions: ['customerId', 'startDate', 'endDate', 'recurringAmount', 'plan'],
  tenure: ['customerId', 'duration', 'event'],
};

/** Below this a column is not proposed for a field at all. */
const MIN_SCORE = 0.2;

/** The price-like name of a column: `Pris` or `price` is a unit price once there is a quantity. */
function isPriceName(name: string): boolean {
  return (nameScores(name).scores.unitPrice ?? 0) > 0;
}

/**
 * One column per field for a file of the given kind, without conflicts: the best-scoring pairs are
 * taken first. A price column is the unit price when there is a quantity (the amount is then quantity ×
 * price) and the amount when there is none.
 */
export function guessMapping(columns: ColumnGuess[], role: FileRole): MappingGuess {
  const allowed = ROLE_FIELDS[role];
  const pairs = columns.flatMap((c) =>
    allowed.map((field, order) => ({ column: c.index, field, order, score: scoreOf(c, field) })),
  );
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order);
  const fields: Partial<Record<FieldRole, number>> = {};
  const scores: Partial<Record<FieldRole, number>> = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (p.score < MIN_SCORE || fields[p.field] !== undefined || used.has(p.column)) continue;
    fields[p.field] = p.column;
    scores[p.field] = p.score;
    used.add(p.column);
  }
  const move = (from: FieldRole, to: FieldRole) => {
    fields[to] = fields[from];
    scores[to] = scores[from];
    delete fields[from];
    delete scores[from];
  };
  if (role === 'orders') {
    const { amount, quantity, unitPrice } = fields;
    if (unitPrice !== undefined && quantity === undefined && amount === undefined)
      move('unitPrice', 'amount');
    if (
      amount !== undefined &&
      quantity !== undefined &&
      unitPrice === undefined &&
      isPriceName(columns[amount].name)
    )
      move('amount', 'unitPrice');
  }
  const attributes = columns
    .filter((c) => !used.has(c.index))
    .filter((c) => {
      const p = c.profile;
      const named = scoreOf(c, 'attribute') >= 1;
      const categorical = p.filled > 0 && p.distinct <= Math.max(2, 0.5 * p.filled);
      return named || (categorical && !isDateColumn(p));
    })
    .map((c) => c.index);
  return { fields, scores, attributes };
}
