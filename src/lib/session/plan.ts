import { resniff, sniffPlanned, specFromSniff, type PlannedFile } from '../ingest/plan';
import {
  MANIFEST_VERSION,
  fileEntry,
  sessionId,
  sessionName,
  type SavedFile,
  type SessionManifest,
} from './manifest';
import { SessionError } from './store';

/**
 * The load plan of files that were just loaded, as a manifest to keep: for files planned in the
 * preview, the user's confirmed choices; for files loaded directly (the sample, a drop with every
 * guess taken), the guesses, which the sniffer makes the same way from the same bytes.
 */
export async function manifestFor(
  loaded: File[] | PlannedFile[],
  sample: number | null,
  now: Date,
  random: number,
): Promise<{ manifest: SessionManifest; blobs: File[] }> {
  const planned = await Promise.all(loaded.map((f) => (f instanceof File ? sniffPlanned(f) : f)));
  const files: SavedFile[] = planned.map((p, i) => {
    const spec = specFromSniff(p.sniff, p.choices);
    return {
      name: p.file.name,
      entry: fileEntry(i),
      size: p.file.size,
      reading: { encoding: p.sniff.encoding, compression: p.sniff.compression, csv: spec.csv },
      spec,
    };
  });
  const manifest: SessionManifest = {
    version: MANIFEST_VERSION,
    id: sessionId(now.getTime(), random),
    name: sessionName(files.map((f) => ({ name: f.name, role: f.spec.role }))),
    savedAt: now.toISOString(),
    sample,
    files,
  };
  return { manifest, blobs: planned.map((p) => p.file) };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A kept file planned for loading exactly as before: read with the same encoding and layout, and every
 * choice (role, mapping, date order, number format, cancelled statuses) taken from the manifest.
 * Throws SessionError('changed') when the stored bytes no longer read as the same columns.
 */
export async function plannedFromSaved(saved: SavedFile, file: File): Promise<PlannedFile> {
  const planned = await sniffPlanned(file);
  const { encoding, csv } = saved.reading;
  const sniff = resniff(planned, { encoding, dialect: { ...csv } });
  if (sniff.kind !== 'text' || !same(sniff.headers, saved.spec.columns))
    throw new SessionError('changed', `${saved.name}: the kept file no longer has the same columns`);
  const { role, fields, attributes, dateLayout, numberLayout, cancelledStatuses, cancelledOrderPrefixes } =
    saved.spec;
  const choices = {
    role,
    fields: { ...fields },
    attributes: [...attributes],
    dateLayout,
    numberLayout: { ...numberLayout },
    csv: { ...saved.spec.csv },
    cancelledStatuses: [...cancelledStatuses],
    cancelledOrderPrefixes: [...cancelledOrderPrefixes],
  };
  return { ...planned, sniff, choices };
}
