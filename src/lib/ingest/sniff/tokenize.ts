/**
 * A small, forgiving record splitter used to compare candidate layouts. It is not the loader: it only
 * has to split the sample the way a CSV reader with the same delimiter and quote would.
 */

/** One record of the sample. */
export interface SampleRecord {
  fields: string[];
  /** 0-based line number where the record starts (a quoted line break makes a record span lines). */
  line: number;
  /** True for a line with nothing on it. */
  blank: boolean;
  /** False for the last record when the sample ends without a line break (it may be cut off). */
  terminated: boolean;
}

/**
 * Records of `text` split on a one-character delimiter. A field that starts with `quote` runs to the
 * matching quote, doubled quotes standing for one; line breaks inside it belong to the field.
 * `quote` '' means quotes are ordinary characters.
 */
export function splitRecords(
  text: string,
  delimiter: string,
  quote: string,
  maxRecords = 200,
): SampleRecord[] {
  const records: SampleRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 0;
  let start = 0;
  let i = 0;
  const n = text.length;
  const finish = (terminated: boolean) => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '';
    records.push({ fields, line: start, blank, terminated });
    fields = [];
    field = '';
  };
  while (i < n && records.length < maxRecords) {
    const c = text[i];
    if (quote && c === quote && field === '') {
      // A quoted field: read to the closing quote; text after it up to the delimiter is kept as is.
      i++;
      while (i < n) {
        const q = text[i];
        if (q === quote) {
          if (text[i + 1] === quote) {
            field += quote;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
        field += q;
        i++;
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      finish(true);
      line++;
      start = line;
    } else {
      field += c;
      i++;
    }
  }
  if (records.length < maxRecords && (field !== '' || fields.length > 0)) finish(false);
  return records;
}

/** Records of whitespace-aligned text: each non-blank line split on runs of spaces and tabs. */
export function splitWhitespace(text: string, maxRecords = 200): SampleRecord[] {
  const lines = text.split(/\r\n|\r|\n/);
  const records: SampleRecord[] = [];
  for (let line = 0; line < lines.length && records.length < maxRecords; line++) {
    const trimmed = lines[line].trim();
    const last = line === lines.length - 1;
    if (last && trimmed === '') break;
    records.push({
      fields: trimmed === '' ? [''] : trimmed.split(/[ \t]+/),
      line,
      blank: trimmed === '',
      terminated: !last,
    });
  }
  return records;
}
