import { describe, expect, it } from 'vitest';
import {
  fileEntry,
  isSessionId,
  parseManifest,
  sessionBytes,
  sessionId,
  sessionName,
  type SessionManifest,
} from '../../../src/lib/session/manifest';
import { ordersSpec } from '../../helpers/engine';

const spec = ordersSpec(['customer_id', 'order_date', 'amount', 'status']);
const valid: SessionManifest = {
  version: 1,
  id: sessionId(Date.UTC(2026, 0, 2), 0.5),
  name: 'orders.csv',
  savedAt: '2026-01-02T00:00:00.000Z',
  sample: null,
  files: [
    {
      name: 'orders.csv',
      entry: 'file-0',
      size: 1234,
      reading: { encoding: 'utf-8', compression: 'none', csv: spec.csv },
      spec: { ...spec, cancelledStatuses: ['cancelled'] },
    },
  ],
};
// Test edits reach into any field of the parsed JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A copy of the valid manifest through JSON, changed by `edit`. */
function changed(edit: (m: Loose) => void): unknown {
  const copy = JSON.parse(JSON.stringify(valid));
  edit(copy);
  return copy;
}

describe('sessionId / isSessionId', () => {
  it('sessionId(time, random) is sortable by time, random-suffixed and recognised', () => {
    const a = sessionId(Date.UTC(2026, 0, 2), 0);
    const b = sessionId(Date.UTC(2026, 0, 3), 0.999);
    expect(a).toMatch(/^s-[0-9a-z]+-000000$/);
    expect(isSessionId(a) && isSessionId(b)).toBe(true);
    expect(a < b).toBe(true);
  });
  it.each(['', 'lojal-sessions', 's-1', 's-1-2/..', '../s-1-2', 'S-1-2'])('isSessionId(%j) is false', (id) =>
    expect(isSessionId(id)).toBe(false),
  );
  it('fileEntry(i) names the i-th file', () => expect(fileEntry(2)).toBe('file-2'));
});

describe('sessionName / sessionBytes', () => {
  it('sessionName lists the orders first', () => {
    expect(
      sessionName([
        { name: 'kunder.csv', role: 'customers' },
        { name: 'ordre.csv', role: 'orders' },
        { name: 'abo.csv', role: 'subscriptions' },
      ]),
    ).toBe('ordre.csv, kunder.csv, abo.csv');
  });
  it('sessionBytes adds the files', () => {
    expect(sessionBytes({ files: [valid.files[0], { ...valid.files[0], size: 66 }] })).toBe(1300);
  });
});

describe('parseManifest', () => {
  it('accepts a manifest it wrote, through JSON', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });
  it('accepts a sample share between 0 and 1', () => {
    expect(parseManifest(changed((m) => (m.sample = 0.25)))).not.toBeNull();
  });
  it.each<[string, (m: Loose) => void]>([
    ['another version', (m) => (m.version = 2)],
    ['a folder name it did not make', (m) => (m.id = '../etc')],
    ['a date that is not one', (m) => (m.savedAt = 'yesterday')],
    ['a sample of 1', (m) => (m.sample = 1)],
    ['no files', (m) => (m.files = [])],
    ['an entry outside the folder', (m) => (m.files[0].entry = '../file-0')],
    ['two files in one entry', (m) => m.files.push({ ...m.files[0], name: 'b.csv' })],
    ['a negative size', (m) => (m.files[0].size = -1)],
    ['an unknown encoding', (m) => (m.files[0].reading.encoding = 'ebcdic')],
    ['a spec for another file', (m) => (m.files[0].spec.fileName = 'other.csv')],
    ['an unknown role', (m) => (m.files[0].spec.role = 'invoices')],
    ['a field past the last column', (m) => (m.files[0].spec.fields.amount = 4)],
    ['an unknown field', (m) => (m.files[0].spec.fields.secret = 0)],
    ['an attribute that is not an index', (m) => (m.files[0].spec.attributes = ['3'])],
    ['an unknown date layout', (m) => (m.files[0].spec.dateLayout = 'DD MMM YYYY')],
    ['an unknown decimal mark', (m) => (m.files[0].spec.numberLayout.decimal = ';')],
    ['statuses that are not text', (m) => (m.files[0].spec.cancelledStatuses = [1])],
    ['an unknown delimiter', (m) => (m.files[0].reading.csv.delimiter = '#')],
  ])('refuses %s', (_, edit) => {
    expect(parseManifest(changed(edit))).toBeNull();
  });
  it.each([null, 'text', 42, [], {}])('refuses %j', (raw) => expect(parseManifest(raw)).toBeNull());
});
