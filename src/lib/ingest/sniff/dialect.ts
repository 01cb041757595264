import { classifyValue } from './classify';
import { looksLikeHeader } from './header';
import { detectLineEnding, sepDirective } from './lines';
import { splitRecords, splitWhitespace, type SampleRecord } from './tokenize';

/** The field separator; `whitespace` splits on runs of spaces or tabs (aligned text exports). */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

/** How to split a file into rows and fields. */
export interface Dialect {
  delimiter: Delimiter;
  /** The character that encloses fields containing separators or line breaks; '' for none. */
  quote: '"' | "'" | '';
  /** True when the first row (after `skipLines`) holds column names. */
  header: boolean;
  lineEnding: 'LF' | 'CRLF' | 'CR';
  /** Lines before the table, such as Excel's `sep=;` or a report title; the loader skips them. */
  skipLines: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Candidates in order of preference; a slightly lower score does not beat the plain double quote. */
const QUOTES = [
  { quote: '"', weight: 1 },
  { quote: '', weight: 0.97 },
  { quote: "'", weight: 0.95 },
] as const;
/** Aligned text is the last resort: a real delimiter that splits as well wins. */
const WHITESPACE_WEIGHT = 0.8;

/** Records that count for judging a layout: not blank, and not a last line the sample may have cut. */
function usable(records: SampleRecord[]): SampleRecord[] {
  const whole =
    records.length > 1 && !records[records.length - 1].terminated ? records.slice(0, -1) : records;
  return whole.filter((r) => !r.blank);
}

/** The most common number of fields (the larger one on a tie). */
function modalWidth(records: SampleRecord[]): number {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  let best = 0;
  for (const [w, n] of counts)
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && w > best)) best = w;
  return best;
}

/**
 * Share of cells that look like a value of one kind. A text cell still containing another candidate
 * separator directly followed by more text (`5;2`) is a sign of splitting on the wrong character;
 * `Oslo, Norway` reads as ordinary punctuation.
 */
function cleanShare(records: SampleRecord[], delimiter: string): number {
  const others = [',', ';', '\\t', '|'].filter((d) => d !== (delimiter === '\t' ? '\\t' : delimiter));
  const stray = new RegExp(`[${others.join('')}](?=\\S)`);
  let cells = 0;
  let clean = 0;
  for (const r of records.slice(0, 50)) {
    for (const cell of r.fields) {
      cells++;
      if (!stray.test(cell) || classifyValue(cell) !== 'text') clean++;
    }
  }
  return cells ? clean / cells : 0;
}

/** How well a way of splitting fits the sample: consistent widths, clean cells, more than one field. */
function score(records: SampleRecord[], delimiter: string): number {
  const rows = usable(records);
  if (rows.length === 0) return 0;
  const width = modalWidth(rows);
  if (width < 2) return 0;
  const regular = rows.filter((r) => r.fields.length === width);
  const consistency = regular.length / rows.length;
  return consistency * cleanShare(regular, delimiter) * (1 - 1 / width);
}

/** True when two rows hold the same cells, ignoring blanks around them and a byte-order mark. */
export function sameRow(a: string[], b: string[]): boolean {
  const clean = (c: string) => c.replace(/^\uFEFF/, '').trim();
  return a.length === b.length && a.every((c, i) => clean(c) === clean(b[i]));
}

/** Splits `text` (the part after any directive line) with a delimiter and quote. */
export function sampleRecords(text: string, delimiter: Delimiter, quote: Dialect['quote']): SampleRecord[] {
  return delimiter === 'whitespace' ? splitWhitespace(text, 200) : splitRecords(text, delimiter, quote, 200);
}

/** Number of lines before the table: blank lines and title lines much narrower than the table. */
function leadingJunk(records: SampleRecord[]): { lines: number; index: number } {
  const width = modalWidth(usable(records));
  for (let i = 0; i < records.length && i < 10; i++) {
    const r = records[i];
    if (r.blank) continue;
    // A first row only one or two short of the table is a header over a trailing delimiter, not a title.
    if (r.fields.length >= width || r.fields.length > Math.max(1, Math.floor(width / 2))) {
      return { lines: r.line, index: i };
    }
  }
  return { lines: 0, index: 0 };
}

/**
 * How to split `text` (the start of a file, already decoded). The delimiter is the one that gives the
 * most consistent number of fields with cells that read cleanly, respecting quotes; a `;` file with
 * decimal commas therefore comes out as `;`. A trailing line without a line break is ignored when
 * judging, since the sample may have cut it. Excel's `sep=X` first line names the delimiter and is skipped.
 * Whatever `fixed` gives (the user's choice in the preview) is taken as it is.
 */
export function detectDialect(text: string, fixed: Partial<Dialect> = {}): Dialect {
  const directive = fixed.delimiter && fixed.delimiter !== 'whitespace' ? null : sepDirective(text);
  const directiveLines = directive ? 1 : 0;
  const body = directive ? text.replace(/^[^\r\n]*(\r\n|\r|\n)?/, '') : text.replace(/^\uFEFF/, '');
  let best: { delimiter: Delimiter; quote: Dialect['quote']; score: number } = {
    delimiter: ',',
    quote: '"',
    score: 0,
  };
  const consider = (delimiter: Delimiter, quote: Dialect['quote'], weight: number) => {
    const s = score(sampleRecords(body, delimiter, quote), delimiter) * weight;
    if (s > best.score) best = { delimiter, quote, score: s };
  };
  // What the user chose is the only candidate; the rest is still judged from the sample.
  const delimiters = fixed.delimiter ? [fixed.delimiter] : directive ? [directive] : DELIMITERS;
  const quotes = QUOTES.filter((q) => fixed.quote === undefined || q.quote === fixed.quote);
  for (const d of delimiters.filter((x) => x !== 'whitespace'))
    for (const q of quotes.length ? quotes : QUOTES) consider(d, q.quote, q.weight);
  if (!directive && (!fixed.delimiter || fixed.delimiter === 'whitespace'))
    consider('whitespace', '', WHITESPACE_WEIGHT);
  if (fixed.delimiter && best.score === 0)
    best = {
      delimiter: fixed.delimiter,
      quote: fixed.quote ?? (fixed.delimiter === 'whitespace' ? '' : '"'),
      score: 0,
    };
  // The directive is the user's own statement: it holds even when the sample splits badly with it.
  if (directive && best.score === 0) best = { delimiter: directive, quote: '"', score: 0 };
  const records = sampleRecords(body, best.delimiter, best.quote);
  const junk = leadingJunk(records);
  const table = usable(records.slice(junk.index));
  const header =
    fixed.header ??
    (table.length > 0 &&
      looksLikeHeader(
        table[0].fields,
        // The header repeated further down (two exports joined) is no evidence that it is data.
        table
          .slice(1)
          .map((r) => r.fields)
          .filter((f) => !sameRow(f, table[0].fields)),
      ));
  return {
    delimiter: best.delimiter,
    quote: best.quote,
    header,
    lineEnding: fixed.lineEnding ?? detectLineEnding(text),
    skipLines: fixed.skipLines ?? directiveLines + junk.lines,
  };
}
