/** Builders for test inputs: the same text as the bytes different exporters would write. */

/** UTF-8 bytes, optionally with the byte-order mark Excel's "CSV UTF-8" adds. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** UTF-16 bytes as Excel's "Unicode text" export writes them (little-endian with a byte-order mark). */
export function utf16(text: string, order: 'le' | 'be' = 'le', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

/** The Windows-1252 bytes of the few non-ASCII characters the tests use (written out independently). */
const CP1252: Record<string, number> = {
  æ: 0xe6,
  ø: 0xf8,
  å: 0xe5,
  Æ: 0xc6,
  Ø: 0xd8,
  Å: 0xc5,
  é: 0xe9,
  '€': 0x80,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '\u00a0': 0xa0,
};

/** Windows-1252 bytes, as Excel on Windows in Norway or Denmark saves "CSV (semicolon delimited)". */
export function cp1252(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      const b = CP1252[ch];
      if (b === undefined) throw new Error(`no Windows-1252 byte for ${ch} in the test table`);
      return b;
    }),
  );
}

/** Gzip-compressed bytes of a text, as a `.csv.gz` export. */
export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A Blob with a file name, like the File a drop gives. */
export function namedBlob(bytes: Uint8Array, name: string): Blob & { name: string } {
  return Object.assign(new Blob([new Uint8Array(bytes)]), { name });
}

/** The start of a zip archive whose first entry has the given name (just the local file header). */
export function zipHead(entry: string): Uint8Array {
  const name = new TextEncoder().encode(entry);
  const header = new Uint8Array(30 + name.length);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = name.length & 0xff;
  header[27] = name.length >> 8;
  header.set(name, 30);
  return header;
}
