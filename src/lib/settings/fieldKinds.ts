/**
 * The kinds of setting a link or file can hold — a choice, a number in a range, a date, a text, a list
 * — each with how its value is written as text and how text is checked before it is taken. A value
 * that fails its check is refused as a whole; nothing is cut or repaired.
 */
import { MAX_LIST, MAX_TEXT, type LojalSettings } from './schema';

/** One setting: its key, its value as text (a list for list settings), and how to take text back. */
export interface Field {
  key: string;
  list?: boolean;
  read: (s: LojalSettings) => string[];
  /** Take the text values into `s`; false (and `s` unchanged) when they are not allowed. */
  write: (s: LojalSettings, values: string[]) => boolean;
}

/** How to read and write one setting's value in the settings object. */
export interface Access<T> {
  get: (s: LojalSettings) => T;
  set: (s: LojalSettings, v: T) => void;
}

/** Access to property `key` of one part of the settings (`s.cohorts`, `s.clv.options` …). */
export function prop<O, K extends keyof O>(part: (s: LojalSettings) => O, key: K): Access<O[K]> {
  return {
    get: (s) => part(s)[key],
    set: (s, v) => {
      part(s)[key] = v;
    },
  };
}

/** Printable text of at most MAX_TEXT characters (no control characters: they never name a column). */
export function isText(v: string): boolean {
  // eslint-disable-next-line no-control-regex
  return v.length > 0 && v.length <= MAX_TEXT && !/[\u0000-\u001f\u007f]/.test(v);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A one-value setting: `show` writes it as text, `take` reads text back (undefined: refused). */
export function one<T>(
  key: string,
  { get, set }: Access<T>,
  show: (v: T) => string,
  take: (v: string) => T | undefined,
): Field {
  return {
    key,
    read: (s) => [show(get(s))],
    write: (s, values) => {
      if (values.length !== 1) return false;
      const v = take(values[0]);
      if (v === undefined) return false;
      set(s, v);
      return true;
    },
  };
}

/** One of `options`; with `nullable`, also null, written as an empty value. */
export function choice<T extends string | null>(
  key: string,
  options: readonly string[],
  access: Access<T>,
  nullable = false,
): Field {
  return one(
    key,
    access,
    (v) => v ?? '',
    (v) => (v === '' && nullable ? (null as T) : options.includes(v) ? (v as T) : undefined),
  );
}

/** A plain decimal number in [min, max] (whole when `whole`): no hex, exponent or blanks. */
export function num<T extends number | null>(
  key: string,
  [min, max]: [number, number],
  whole: boolean,
  access: Access<T>,
  nullable = false,
): Field {
  return one(
    key,
    access,
    (v) => (v === null ? '' : String(v)),
    (v) => {
      if (v === '' && nullable) return null as T;
      if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined;
      const n = Number(v);
      return n < min || n > max || (whole && !Number.isInteger(n)) ? undefined : (n as T);
    },
  );
}

/** Text (see isText); empty for none. */
export function text(key: string, access: Access<string>): Field {
  return one(key, access, String, (v) => (v === '' || isText(v) ? v : undefined));
}

/** A date (see isIsoDate), or null written as an empty value. */
export function date(key: string, access: Access<string | null>): Field {
  return one(
    key,
    access,
    (v) => v ?? '',
    (v) => (v === '' ? null : isIsoDate(v) ? v : undefined),
  );
}

/** Distinct values each passing `ok`, at most MAX_LIST, taken only when `allowed(s)`. */
export function list(
  key: string,
  ok: (v: string) => boolean,
  { get, set }: Access<string[]>,
  allowed: (s: LojalSettings) => boolean = () => true,
): Field {
  return {
    key,
    list: true,
    read: get,
    write: (s, values) => {
      if (values.length === 0) return true;
      if (values.length > MAX_LIST || !values.every(ok) || new Set(values).size !== values.length)
        return false;
      if (!allowed(s)) return false;
      set(s, [...values]);
      return true;
    },
  };
}
