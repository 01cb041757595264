import { Type, type Table, type DataType, type Field } from 'apache-arrow';
import type { Row, Value } from './types';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC epoch in milliseconds: DATE is a calendar date, never shifted by a zone. */
export function isoDateFromMs(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function isoTimestampFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

type Decoder = (v: unknown) => Value;

function decoderFor(type: DataType): Decoder {
  switch (type.typeId) {
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
      return (v) => (v == null ? null : isoDateFromMs(Number(v as number | Date)));
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      return (v) => (v == null ? null : isoTimestampFromMs(Number(v)));
    case Type.Int:
    case Type.Int64:
    case Type.Uint64:
      return (v) => (v == null ? null : typeof v === 'bigint' ? Number(v) : (v as number));
    case Type.Decimal: {
      // Only reached when castDecimalToDouble is off: scale the raw integer back.
      const scale = (type as unknown as { scale: number }).scale;
      return (v) => (v == null ? null : Number(String(v)) / 10 ** scale);
    }
    case Type.List:
    case Type.FixedSizeList: {
      const child = decoderFor((type as unknown as { children: Field[] }).children[0].type);
      return (v) => (v == null ? null : Array.from(v as Iterable<unknown>, child));
    }
    default:
      return (v) => (v == null ? null : typeof v === 'bigint' ? Number(v) : (v as Value));
  }
}

/** Turn an Arrow table into plain rows, decoding every column once by its type. */
export function decodeTable(table: Table): Row[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const decoders = fields.map((f) => decoderFor(f.type));
  const rows: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) row[fields[c].name] = decoders[c](columns[c]?.get(i));
    rows[i] = row;
  }
  return rows;
}
