import type { SpecChoices } from './plan';
import type { Dialect } from './sniff/dialect';
import type { TextEncoding } from './sniff/encoding';
import { DATE_LAYOUTS } from './parseSql';
import type { FieldRole, FileRole } from './spec';

/**
 * Mappings the user confirmed, remembered per header signature (see `headerSignature`) in the
 * browser's own storage, so next month's export with the same columns loads with the same choices.
 * Nothing leaves the machine.
 */

/** What is remembered for one set of columns: the choices plus how the file was read. */
export interface RememberedMapping {
  choices: SpecChoices;
  encoding?: TextEncoding;
  dialect?: Partial<Dialect>;
}

/** The minimal part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'lojal.mapping.';
const ROLES: FileRole[] = ['orders', 'customers', 'subscriptions', 'tenure'];

/** Store the confirmed choices for a header signature. Storage that is full or blocked is ignored. */
export function rememberMapping(
  store: KeyValueStore | null,
  signature: string,
  memory: RememberedMapping,
): void {
  try {
    store?.setItem(PREFIX + signature, JSON.stringify(memory));
  } catch {
    // Private mode or a full quota: remembering is a convenience, never a reason to fail a load.
  }
}

const isIndex = (v: unknown, columns: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < columns;

/**
 * The remembered choices for a signature, checked against the file's column count; null when there
 * are none or what is stored does not fit (an older format, or edited by hand).
 */
export function recallMapping(
  store: KeyValueStore | null,
  signature: string,
  columns: number,
): RememberedMapping | null {
  let raw: unknown;
  try {
    raw = JSON.parse(store?.getItem(PREFIX + signature) ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const memory = raw as RememberedMapping;
  const c = memory.choices;
  if (!c || typeof c !== 'object' || (c.role !== undefined && !ROLES.includes(c.role))) return null;
  const fields = Object.entries(c.fields ?? {}) as [FieldRole, unknown][];
  if (!fields.every(([, i]) => isIndex(i, columns))) return null;
  if (!(c.attributes ?? []).every((i) => isIndex(i, columns))) return null;
  if (c.dateLayout !== undefined && !DATE_LAYOUTS.includes(c.dateLayout)) return null;
  return memory;
}
