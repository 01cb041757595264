/** Line-level facts about a sample: how lines end and whether Excel's `sep=` line is first. */

import type { Delimiter, Dialect } from './dialect';

/** How the sample's lines end: the most common of CRLF (Windows), LF and a lone CR (old Mac Excel). */
export function detectLineEnding(text: string): Dialect['lineEnding'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  if (crlf > 0 && crlf >= lf && crlf >= cr) return 'CRLF';
  return cr > lf ? 'CR' : 'LF';
}

const SEP_NAMES: Record<string, Exclude<Delimiter, 'whitespace'>> = {
  ',': ',',
  ';': ';',
  '\t': '\t',
  '|': '|',
  tab: '\t',
  '\\t': '\t',
};

/** Excel's `sep=;` first line: the delimiter it names, or null when the text does not start with one. */
export function sepDirective(text: string): Exclude<Delimiter, 'whitespace'> | null {
  const m = /^\uFEFF?"?sep=(\\t|tab|[^\r\n"])"?[ \t]*(\r\n|\r|\n|$)/i.exec(text);
  return m ? (SEP_NAMES[m[1].toLowerCase()] ?? null) : null;
}
