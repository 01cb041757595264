import type { FieldRole, FileRole, LoadSpec } from './spec';
import { fileProblem, specFromSniff, type PlannedFile } from './plan';
import { ROLE_FIELDS } from './sniff/mapping';

/**
 * What the preview shows about one dropped file before it is loaded, computed from the sniff and the
 * user's choices. Pure: the runes class in state/ingest.svelte.ts keeps these up to date.
 */

/** Fields a file of each role cannot load without (METRICS.md §1). */
export const REQUIRED_FIELDS: Record<FileRole, FieldRole[]> = {
  orders: ['customerId', 'orderDate'],
  customers: ['customerId'],
  subscriptions: ['customerId', 'startDate'],
  tenure: ['duration', 'event'],
};

/** The fields offered in the mapping for a role, required ones first. */
export function fieldsFor(role: FileRole): FieldRole[] {
  return ROLE_FIELDS[role];
}

/** One file as the preview sees it. */
export interface DraftView {
  /** The spec the loader would use now; null when the file cannot be read as a table. */
  spec: LoadSpec | null;
  /** Why the file cannot be loaded at all (names the file); null when it can. */
  problem: string | null;
  /** Required fields with no column chosen yet. */
  missing: FieldRole[];
}

/** The preview's view of a planned file. */
export function draftView(planned: PlannedFile): DraftView {
  const problem = fileProblem(planned);
  if (problem) return { spec: null, problem, missing: [] };
  const spec = specFromSniff(planned.sniff, planned.choices);
  const missing = REQUIRED_FIELDS[spec.role].filter((f) => spec.fields[f] === undefined);
  return { spec, problem: null, missing };
}

/** The sniff's choices made explicit, so that one change does not drop the other guesses. */
export function explicitChoices(planned: PlannedFile): PlannedFile['choices'] {
  const spec = specFromSniff(planned.sniff, planned.choices);
  return {
    ...planned.choices,
    role: spec.role,
    fields: { ...spec.fields },
    attributes: [...spec.attributes],
    dateLayout: spec.dateLayout,
    numberLayout: { ...spec.numberLayout },
    cancelledStatuses: [...spec.cancelledStatuses],
    cancelledOrderPrefixes: [...spec.cancelledOrderPrefixes],
  };
}

/**
 * Assign `column` to `field` (or clear it with null). A column holds one field at most, and a column
 * given a field stops being an attribute.
 */
export function assignField(
  choices: PlannedFile['choices'],
  field: FieldRole,
  column: number | null,
): PlannedFile['choices'] {
  const fields = { ...choices.fields };
  for (const [f, i] of Object.entries(fields)) if (i === column) delete fields[f as FieldRole];
  if (column === null) delete fields[field];
  else fields[field] = column;
  const attributes = (choices.attributes ?? []).filter((i) => i !== column);
  return { ...choices, fields, attributes };
}

/** The distinct values of a status column in the sample (first spelling of each, case-insensitively). */
export function sampleStatuses(rows: string[][], column: number | undefined, max = 24): string[] {
  if (column === undefined) return [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    const v = (r[column] ?? '').trim();
    if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  }
  return [...seen.values()].slice(0, max);
}

/** Letters that prefix some numeric order ids in the sample (`C` in `C536379`), with those already chosen. */
export function samplePrefixes(rows: string[][], column: number | undefined, chosen: string[]): string[] {
  const found = new Set(chosen);
  if (column !== undefined)
    for (const r of rows) {
      const m = /^([A-Za-z])\d+$/.exec((r[column] ?? '').trim());
      if (m) found.add(m[1]);
    }
  return [...found].sort();
}
