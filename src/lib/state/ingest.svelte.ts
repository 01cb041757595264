import { messageOf } from '../engine/errors';
import { assignField, draftView, explicitChoices, type DraftView } from '../ingest/draft';
import { recallMapping, rememberMapping, type KeyValueStore } from '../ingest/mappingMemory';
import { resniff, sniffPlanned, type PlannedFile, type SpecChoices } from '../ingest/plan';
import type { Dialect } from '../ingest/sniff/dialect';
import type { TextEncoding } from '../ingest/sniff/encoding';
import type { DateLayout, FieldRole, FileRole, NumberLayout } from '../ingest/spec';

/** One dropped file in the preview: the sniff, the user's choices, and what they add up to. */
export interface DraftFile extends DraftView {
  id: number;
  planned: PlannedFile;
  /** The user's choice of encoding and layout, when they overrode the sniffer. */
  reading: { encoding?: TextEncoding; dialect?: Partial<Dialect> };
  /** The signature of the columns as first detected, under which the confirmed mapping is remembered. */
  firstSignature: string;
  /** True when the choices came from a mapping confirmed earlier for the same columns. */
  remembered: boolean;
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The files dropped but not yet loaded: what was detected in each and what the user changed. Every
 * change replaces the list as a whole (`$state.raw`), so the preview tables are never proxied.
 */
export class IngestDraft {
  files = $state.raw<DraftFile[]>([]);
  /** True while newly dropped files are being sniffed. */
  sniffing = $state(false);
  error = $state<string | null>(null);
  #next = 1;
  readonly #store: KeyValueStore | null;

  constructor(store: KeyValueStore | null = browserStore()) {
    this.#store = store;
  }

  /** Files that can be loaded: readable, with every required field chosen. */
  get ready(): boolean {
    return (
      this.files.length > 0 &&
      this.files.some((f) => f.problem === null) &&
      this.files.every((f) => f.problem !== null || f.missing.length === 0)
    );
  }

  /** Sniff dropped files and add them, applying any mapping remembered for their columns. */
  async add(files: File[]): Promise<void> {
    this.sniffing = true;
    this.error = null;
    try {
      const added = await Promise.all(files.map((f) => sniffPlanned(f)));
      const drafts = added.map((planned) => this.#recall(planned));
      // A file dropped again replaces its earlier copy.
      const names = files.map((f) => f.name);
      this.files = [...this.files.filter((f) => !names.includes(f.planned.file.name)), ...drafts];
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.sniffing = false;
    }
  }

  #recall(planned: PlannedFile): DraftFile {
    const base = { id: this.#next++, firstSignature: planned.sniff.signature };
    const memory =
      planned.sniff.kind === 'text'
        ? recallMapping(this.#store, planned.sniff.signature, planned.sniff.headers.length)
        : null;
    if (!memory) return { ...base, ...draftView(planned), planned, reading: {}, remembered: false };
    const reading = { encoding: memory.encoding, dialect: memory.dialect };
    const sniff = reading.encoding || reading.dialect ? resniff(planned, reading) : planned.sniff;
    const next = { ...planned, sniff, choices: memory.choices };
    // A remembered mapping that no longer fits the file as read is dropped, not forced.
    if (sniff.headers.length !== planned.sniff.headers.length)
      return { ...base, ...draftView(planned), planned, reading: {}, remembered: false };
    return { ...base, ...draftView(next), planned: next, reading, remembered: true };
  }

  remove(id: number): void {
    this.files = this.files.filter((f) => f.id !== id);
  }

  clear(): void {
    this.files = [];
    this.error = null;
  }

  #update(id: number, change: (f: DraftFile) => PlannedFile, reading?: DraftFile['reading']): void {
    this.files = this.files.map((f) => {
      if (f.id !== id) return f;
      const planned = change(f);
      return { ...f, ...draftView(planned), planned, reading: reading ?? f.reading };
    });
  }

  #choose(id: number, change: (c: SpecChoices) => SpecChoices): void {
    this.#update(id, (f) => ({ ...f.planned, choices: change(explicitChoices(f.planned)) }));
  }

  /** A different role: its fields are guessed afresh for that role. */
  setRole(id: number, role: FileRole): void {
    this.#update(id, (f) => ({
      ...f.planned,
      choices: { ...f.planned.choices, role, fields: undefined, attributes: undefined },
    }));
  }

  setField(id: number, field: FieldRole, column: number | null): void {
    this.#choose(id, (c) => assignField(c, field, column));
  }

  setAttribute(id: number, column: number, on: boolean): void {
    this.#choose(id, (c) => {
      const rest = (c.attributes ?? []).filter((i) => i !== column);
      return { ...c, attributes: on ? [...rest, column].sort((a, b) => a - b) : rest };
    });
  }

  setDateLayout(id: number, dateLayout: DateLayout): void {
    this.#choose(id, (c) => ({ ...c, dateLayout }));
  }

  setNumberLayout(id: number, numberLayout: NumberLayout): void {
    this.#choose(id, (c) => ({ ...c, numberLayout }));
  }

  setCancelledStatus(id: number, status: string, on: boolean): void {
    const value = status.toLowerCase();
    this.#choose(id, (c) => {
      const rest = (c.cancelledStatuses ?? []).filter((s) => s !== value);
      return { ...c, cancelledStatuses: on ? [...rest, value] : rest };
    });
  }

  setCancelledPrefix(id: number, prefix: string, on: boolean): void {
    this.#choose(id, (c) => {
      const rest = (c.cancelledOrderPrefixes ?? []).filter((p) => p !== prefix);
      return { ...c, cancelledOrderPrefixes: on ? [...rest, prefix] : rest };
    });
  }

  /**
   * Read the file again with another encoding or layout. The columns may change, so the mapping is
   * guessed afresh (the role the user chose is kept).
   */
  setReading(id: number, reading: DraftFile['reading']): void {
    const file = this.files.find((f) => f.id === id);
    if (!file) return;
    const next = {
      encoding: reading.encoding ?? file.reading.encoding,
      dialect: { ...file.reading.dialect, ...reading.dialect },
    };
    this.#update(
      id,
      (f) => ({ ...f.planned, sniff: resniff(f.planned, next), choices: { role: f.planned.choices.role } }),
      next,
    );
  }

  /** The files to load, remembering each confirmed mapping for the next file with the same columns. */
  confirm(): PlannedFile[] {
    const out: PlannedFile[] = [];
    for (const f of this.files) {
      if (f.problem !== null) continue;
      const memory = { choices: explicitChoices(f.planned), ...f.reading };
      rememberMapping(this.#store, f.firstSignature, memory);
      out.push(f.planned);
    }
    return out;
  }
}
