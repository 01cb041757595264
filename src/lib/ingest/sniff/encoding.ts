/**
 * Which character encoding a dropped file uses, and turning its bytes into text the same way in every
 * browser and in Node.
 */

/** The encodings Lojal reads. `windows-1252` is what Excel on Windows writes in Norway and Denmark. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of a file and the length in bytes of its byte-order mark (0 when it has none). */
export interface EncodingGuess {
  encoding: TextEncoding;
  bom: number;
}

/**
 * Windows-1252 characters for bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
 * Our own table because Node's built-in decoder maps some of these differently from browsers
 * (nodejs/node#60888); the five unassigned bytes keep their C1 control code points.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Length of the UTF-8 sequence starting at `i`: the number of bytes it takes, 0 when the bytes there are
 * not UTF-8, or -1 when the sample ends in the middle of an otherwise valid sequence (a cut, not an error).
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  let max = 0xbf;
  // The second byte's range rules out overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
  else if (b === 0xe0) [need, min] = [2, 0xa0];
  else if (b === 0xed) [need, min, max] = [2, 0x80, 0x9f];
  else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
  else if (b === 0xf0) [need, min] = [3, 0x90];
  else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
  else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
  else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return -1;
    const c = bytes[i + k];
    const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
    if (c < lo || c > hi) return 0;
  }
  return need + 1;
}

/** True when the bytes are UTF-8, allowing the sample to end in the middle of a character. */
export function isValidUtf8(bytes: Uint8Array, start = 0): boolean {
  for (let i = start; i < bytes.length;) {
    const n = utf8SequenceLength(bytes, i);
    if (n === -1) return true;
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * UTF-16 without a byte-order mark, recognised by mostly-ASCII text having a zero in every other byte.
 * Returns the byte order, or null when the bytes do not look like that.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs < 2) return null;
  let le = 0;
  let be = 0;
  for (let p = 0; p < pairs; p++) {
    const a = bytes[2 * p];
    const b = bytes[2 * p + 1];
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  if (le >= pairs * 0.7) return 'utf-16le';
  if (be >= pairs * 0.7) return 'utf-16be';
  return null;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; otherwise text that is valid
 * UTF-8 is UTF-8, ASCII with every other byte zero is UTF-16, and anything else is Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: 0 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bom: 0 };
}

function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunked so that a 64 KiB sample never hits the argument limit of String.fromCharCode.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * The text of the bytes in the given encoding, without the byte-order mark. A character cut off at the
 * end of the sample is dropped rather than shown as a replacement character.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const body = bytes.subarray(bomLength(bytes, encoding));
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  // `stream: true` holds back an incomplete trailing sequence instead of emitting U+FFFD;
  // ignoreBOM keeps a second mark, if any, as data: only the leading one was metadata.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body, { stream: true });
}
