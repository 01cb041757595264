import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectEncoding,
  detectFileKind,
  readHead,
  readHeadInfo,
  type FileKind,
  type TextEncoding,
} from '../../../../src/lib/ingest/sniff';
import { cp1252, gzip, namedBlob, utf16, utf8, zipHead } from './bytes';

describe('detectEncoding', () => {
  const cases: [string, Uint8Array, TextEncoding, number][] = [
    ['plain ASCII', utf8('id;amount\n1;2\n'), 'utf-8', 0],
    ['UTF-8 with æøå', utf8('Beløp;Kjøpsdato\nÆrø;Å\n'), 'utf-8', 0],
    ['UTF-8 with BOM', utf8('id\n1\n', true), 'utf-8', 3],
    ['UTF-16LE with BOM (Excel "Unicode text")', utf16('id\tBeløp\r\n'), 'utf-16le', 2],
    ['UTF-16BE with BOM', utf16('id\tBeløp\r\n', 'be'), 'utf-16be', 2],
    ['UTF-16LE without BOM', utf16('id\tamount\r\n1\t2\r\n', 'le', false), 'utf-16le', 0],
    ['Windows-1252 with æøå€', cp1252('Beløp;Butik\n€ 12;Ærø\n'), 'windows-1252', 0],
    ['Windows-1252 curly quotes and dash', cp1252('“Tilbud” – 50%\n'), 'windows-1252', 0],
    ['an overlong UTF-8 form', new Uint8Array([0x61, 0xc0, 0xaf, 0x0a]), 'windows-1252', 0],
    ['a UTF-16 surrogate written as UTF-8', new Uint8Array([0x61, 0xed, 0xa0, 0x80]), 'windows-1252', 0],
  ];
  it.each(cases)('detectEncoding(%s)', (_name, bytes, encoding, bom) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom });
  });

  it('detectEncoding(UTF-8 cut inside a two-byte character at the end of the sample) stays utf-8', () => {
    const bytes = utf8('id;Beløp').subarray(0, 'id;Bel'.length + 1); // …C3 without its B8
    expect(bytes[bytes.length - 1]).toBe(0xc3);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('detectEncoding(UTF-8 cut inside a four-byte character) stays utf-8', () => {
    const bytes = utf8('ok 😀').subarray(0, 5);
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
  });

  it('detectEncoding(a broken sequence before the end) is windows-1252', () => {
    expect(detectEncoding(new Uint8Array([0x61, 0xc3, 0x28, 0x62])).encoding).toBe('windows-1252');
  });
});

describe('decodeText', () => {
  it('decodeText(windows-1252) reads æøåÆØÅ€“”– from our own table', () => {
    expect(decodeText(cp1252('æøåÆØÅ € “x” – é'), 'windows-1252')).toBe('æøåÆØÅ € “x” – é');
  });

  it('decodeText(windows-1252) maps 0x80–0x9F like browsers do, in Node too', () => {
    const bytes = new Uint8Array([0x80, 0x81, 0x8a, 0x8c, 0x93, 0x96, 0x99, 0x9f]);
    const codes = [...decodeText(bytes, 'windows-1252')].map((c) => c.charCodeAt(0));
    expect(codes).toEqual([0x20ac, 0x81, 0x160, 0x152, 0x201c, 0x2013, 0x2122, 0x178]);
  });

  it('decodeText(windows-1252) reads 0xA0–0xFF as Latin-1', () => {
    const bytes = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect(decodeText(bytes, 'windows-1252')).toBe(String.fromCharCode(...bytes));
  });

  const stripped: [string, Uint8Array, TextEncoding, string][] = [
    ['UTF-8 BOM', utf8('id;Beløp', true), 'utf-8', 'id;Beløp'],
    ['UTF-16LE BOM', utf16('id\tBeløp'), 'utf-16le', 'id\tBeløp'],
    ['UTF-16BE BOM', utf16('id\tBeløp', 'be'), 'utf-16be', 'id\tBeløp'],
    ['no BOM', utf8('id'), 'utf-8', 'id'],
  ];
  it.each(stripped)('decodeText(%s) strips the byte-order mark', (_n, bytes, encoding, text) => {
    expect(decodeText(bytes, encoding)).toBe(text);
  });

  it('decodeText(UTF-8 cut mid-character) drops the partial character instead of showing �', () => {
    const bytes = utf8('Beløp').subarray(0, 4);
    expect(decodeText(bytes, 'utf-8')).toBe('Bel');
  });
});

describe('detectFileKind', () => {
  const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
  const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  const cases: [string, Uint8Array, string, FileKind][] = [
    ['no bytes', new Uint8Array(), 'a.csv', 'empty'],
    ['only a BOM', utf8('', true), 'a.csv', 'empty'],
    ['only blank lines', utf8('  \r\n\n\t\n'), 'a.csv', 'empty'],
    ['a CSV', utf8('id,amount\n1,2\n'), 'a.csv', 'text'],
    ['UTF-16LE text (NUL in every other byte)', utf16('id\tamount\r\n1\t2\r\n'), 'a.txt', 'text'],
    ['Windows-1252 text', cp1252('Beløp\n€ 12\n'), 'a.csv', 'text'],
    ['gzip magic', new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0]), 'a.csv.gz', 'gzip'],
    ['an xlsx renamed .csv', zipHead('[Content_Types].xml'), 'orders.csv', 'xlsx'],
    ['an xlsx whose first entry is _rels/', zipHead('_rels/.rels'), 'orders.xlsx', 'xlsx'],
    ['an OpenDocument spreadsheet', zipHead('mimetype'), 'orders.ods', 'xlsx'],
    ['a zip of CSV files', zipHead('orders.csv'), 'export.zip', 'zip'],
    ['an old .xls renamed .csv', ole2, 'orders.csv', 'xls'],
    ['a PNG', png, 'logo.csv', 'binary'],
    ['text full of control characters', controls, 'x.csv', 'binary'],
  ];
  it.each(cases)('detectFileKind(%s)', (_name, bytes, fileName, kind) => {
    expect(detectFileKind(bytes, fileName)).toBe(kind);
  });
});

describe('readHead', () => {
  const csv = 'id;amount\n' + Array.from({ length: 2000 }, (_, i) => `${i};${i},50`).join('\n') + '\n';

  it('readHead(plain file) returns the first maxBytes', async () => {
    const bytes = utf8(csv);
    const head = await readHead(namedBlob(bytes, 'a.csv'), 100);
    expect(head).toEqual(bytes.subarray(0, 100));
  });

  it('readHeadInfo(small plain file) is complete and uncompressed', async () => {
    const info = await readHeadInfo(namedBlob(utf8('id\n1\n'), 'a.csv'));
    expect(info).toEqual({ bytes: utf8('id\n1\n'), compression: 'none', complete: true });
  });

  it('readHead(.csv.gz) decompresses transparently', async () => {
    const head = await readHead(namedBlob(await gzip('id;amount\n1;2,5\n'), 'a.csv.gz'));
    expect(new TextDecoder().decode(head)).toBe('id;amount\n1;2,5\n');
  });

  it('readHeadInfo(.csv.gz larger than maxBytes) stops after maxBytes of decompressed output', async () => {
    const info = await readHeadInfo(namedBlob(await gzip(csv), 'a.csv.gz'), 1000);
    expect(info.compression).toBe('gzip');
    expect(info.complete).toBe(false);
    expect(info.bytes.length).toBe(1000);
    expect(new TextDecoder().decode(info.bytes)).toBe(csv.slice(0, 1000));
  });

  it('readHeadInfo(small .csv.gz) is complete', async () => {
    const info = await readHeadInfo(namedBlob(await gzip('a\n1\n'), 'a.csv.gz'));
    expect([info.compression, info.complete]).toEqual(['gzip', true]);
  });

  it('readHead(gzip magic followed by garbage) rejects with a clear message', async () => {
    const bad = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    await expect(readHead(namedBlob(bad, 'a.csv.gz'))).rejects.toThrow(/gzip/);
  });
});
