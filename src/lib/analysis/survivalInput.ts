import { asOfSql } from './asOf';
import { lapsedByAsOfSql, lapseWindow } from './lapse';
import { foldSql, OTHER_SEGMENT } from './segments';
import { ident, literal } from './sql';
import { subscriptionSpellsSql } from './subscriptionChurn';

/** Where durations come from (METRICS.md §5). */
export type SurvivalKind = 'orders' | 'subscriptions' | 'tenure';

/** Label of subjects with no value in the split attribute. */
export const BLANK_GROUP = '(blank)';
/** Label of the groups folded together beyond `maxGroups`. */
export const OTHER_GROUP = OTHER_SEGMENT;

/** Settings of the survival inputs. */
export interface SurvivalInputParams {
  kind: SurvivalKind;
  /** Inactivity window W in days (orders only). */
  window?: number;
  asOf?: string | null;
  /** Column to split by; null for one curve. */
  by?: string | null;
  /**
   * The table holding `by`: `customers` (customer attributes), or the kind's own rows (`subscriptions` —
   * the spell's first subscription — or `tenure`). Default: customers for orders, the kind's own otherwise.
   */
  byTable?: 'customers' | 'subscriptions' | 'tenure';
  /** Keep the largest groups and fold the rest into "(other)" (a chart cannot show 300 curves). */
  maxGroups?: number;
  /** The groups shown by name, the rest folded into "(other)"; takes the place of `maxGroups`. */
  keep?: readonly string[] | null;
}

/** Subjects sharing a group, duration and event flag. */
export interface SurvivalInputRow {
  [key: string]: string | number | boolean | null;
  /** The group's label; null without a split. */
  grp: string | null;
  /** Days for orders and subscriptions; the table's own unit for a tenure table. */
  duration: number;
  event: boolean;
  n: number;
}

/** Per subject: `grp`, `duration`, `event`. */
function subjectsSql(params: SurvivalInputParams): string {
  const by = params.by ?? null;
  const grp = (alias: string) =>
    by
      ? `coalesce(CAST(${alias}.${ident(by)} AS VARCHAR), ${literal(BLANK_GROUP)})`
      : 'CAST(NULL AS VARCHAR)';
  if (params.kind === 'tenure') {
    return `subjects AS (SELECT ${grp('t')} AS grp, CAST(t.duration AS DOUBLE) AS duration, t.event FROM tenure t
  WHERE t.duration IS NOT NULL AND t.event IS NOT NULL)`;
  }
  if (params.kind === 'subscriptions') {
    const fromCustomers = (params.byTable ?? 'subscriptions') === 'customers';
    const join = fromCustomers
      ? 'LEFT JOIN customers c ON c.customer_id = sp.customer_id'
      : 'LEFT JOIN subs c ON c._row = sp.first_row';
    return `${subscriptionSpellsSql(params.asOf)},
subjects AS (
  SELECT ${grp('c')} AS grp,
    CAST(date_diff('day', sp.spell_start, coalesce(sp.spell_end, (SELECT as_of FROM cut))) AS DOUBLE) AS duration,
    sp.spell_end IS NOT NULL AS event
  FROM spells sp ${by ? join : ''}
)`;
  }
  const w = lapseWindow(params.window);
  return `cut AS (SELECT ${asOfSql(params.asOf)} AS as_of),
lives AS (
  SELECT d.customer_id, min(d.day) AS first_day, max(d.day) AS last_day FROM customer_days d, cut k
  WHERE d.purchases > 0 AND d.day <= k.as_of GROUP BY d.customer_id
),
subjects AS (
  SELECT ${grp('c')} AS grp, ${lapsedByAsOfSql('l.last_day', 'k.as_of', w)} AS event,
    CAST(date_diff('day', l.first_day, CASE WHEN event THEN l.last_day ELSE k.as_of END) AS DOUBLE) AS duration
  FROM lives l CROSS JOIN cut k ${by ? 'LEFT JOIN customers c ON c.customer_id = l.customer_id' : ''}
)`;
}

/**
 * SQL for survival inputs (METRICS.md §5), counted per group × duration × event so that a million
 * customers come back as a few thousand rows:
 * - orders: from first to last purchase occasion; the event (churn) is observed when the customer has
 *   lapsed by the as-of date (last occasion + W on or before it, lapse.ts), otherwise censored at the
 *   as-of date (duration = as-of − first occasion);
 * - subscriptions: each spell of continuous subscription (see `subscriptionSpellsSql`) from start to
 *   end, censored at the as-of date while still active;
 * - tenure: the table's duration and event, as given.
 */
export function buildSurvivalInputSql(params: SurvivalInputParams): string {
  const fold =
    params.by && params.keep
      ? `folded AS (SELECT ${foldSql('s.grp', params.keep)} AS grp, s.duration, s.event FROM subjects s)`
      : params.by && params.maxGroups
        ? `ranked AS (
  SELECT grp, row_number() OVER (ORDER BY count(*) DESC, grp) AS rank FROM subjects GROUP BY grp
),
folded AS (
  SELECT CASE WHEN r.rank <= ${Math.max(1, Math.floor(params.maxGroups))} THEN s.grp ELSE ${literal(OTHER_GROUP)} END AS grp,
    s.duration, s.event
  FROM subjects s JOIN ranked r ON r.grp = s.grp
)`
        : 'folded AS (SELECT * FROM subjects)';
  return `WITH ${subjectsSql(params)},
${fold}
SELECT grp, duration, event, CAST(count(*) AS INTEGER) AS n FROM folded
GROUP BY ALL ORDER BY grp NULLS FIRST, duration, event`;
}

/** A column that survival curves can be split by. */
export interface SplitColumnRow {
  [key: string]: string;
  /** The table that holds it. */
  source: 'customers' | 'subscriptions' | 'tenure';
  column: string;
}

const NOT_SPLITS: Record<SplitColumnRow['source'], string[]> = {
  customers: ['customer_id', 'first_purchase', 'signup_date'],
  subscriptions: ['customer_id', 'start_date', 'end_date', 'amount'],
  tenure: ['duration', 'event'],
};

/** SQL listing the columns a survival curve of `kind` can be split by (own table first, then customers). */
export function buildSplitColumnsSql(kind: SurvivalKind): string {
  const tables: SplitColumnRow['source'][] =
    kind === 'tenure'
      ? ['tenure']
      : kind === 'subscriptions'
        ? ['subscriptions', 'customers']
        : ['customers'];
  return tables
    .map(
      (t, i) => `SELECT ${literal(t)} AS source, column_name AS "column", ${i} AS o, ordinal_position AS pos
FROM information_schema.columns
WHERE table_name = ${literal(t)} AND table_schema = 'main' AND column_name NOT IN (${NOT_SPLITS[t].map(literal).join(', ')})`,
    )
    .join('\nUNION ALL\n')
    .concat('\nORDER BY o, pos');
}
