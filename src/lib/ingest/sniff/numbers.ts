import type { NumberLayout } from '../spec';
import { isGroupOnly, splitNumberText, SPACES } from './numberText';

/** How amounts in a column are written. */
export interface NumberFormat {
  decimal: '.' | ',';
  /**
   * The thousands separator, '' when none is used. ' ' and '\u00a0' (no-break space, as Excel writes
   * in Nordic locales) are reported as seen; both accept any of space, no-break and narrow no-break space.
   */
  thousands: '' | ' ' | '\u00a0' | '.' | ',' | "'";
  /** True when some values carry a currency (`kr`, `NOK`, `€`, …). */
  currency: boolean;
  /** Share of the non-empty values that read as numbers in this format (0–1). */
  confidence: number;
}

/** The loader's number layout for a detected format (space-like separators are one layout there). */
export function toNumberLayout(fmt: Pick<NumberFormat, 'decimal' | 'thousands'>): NumberLayout {
  return { decimal: fmt.decimal, thousands: fmt.thousands === '\u00a0' ? ' ' : fmt.thousands };
}

function sameGroupChar(ch: string, thousands: NumberFormat['thousands']): boolean {
  if (thousands === ' ' || thousands === '\u00a0') return SPACES.includes(ch);
  if (thousands === "'") return ch === "'" || ch === '\u2019';
  return ch === thousands;
}

/**
 * The number a cell holds when written in `fmt`, or null when it is not such a number. Reference for
 * the SQL parser: currency before or after, a leading or trailing minus, accounting parentheses for
 * negatives, and `99,-` for a whole amount. Thousands separators must sit between groups of three.
 */
export function parseNumber(text: string, fmt: Pick<NumberFormat, 'decimal' | 'thousands'>): number | null {
  const parts = splitNumberText(text);
  if (!parts) return null;
  let core = parts.core;
  if (core.endsWith('-')) {
    // `99,-`: the dash stands in for zero øre, and only after the decimal separator.
    if (core[core.length - 2] !== fmt.decimal) return null;
    core = core.slice(0, -2);
  }
  const point = core.indexOf(fmt.decimal);
  if (point !== core.lastIndexOf(fmt.decimal)) return null;
  const whole = point < 0 ? core : core.slice(0, point);
  const fraction = point < 0 ? '' : core.slice(point + 1);
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  let digits = whole;
  if (!/^\d*$/.test(whole)) {
    if (!fmt.thousands || !/^\d{1,3}(\D\d{3})+$/.test(whole)) return null;
    for (let i = whole.length - 4; i > 0; i -= 4) if (!sameGroupChar(whole[i], fmt.thousands)) return null;
    digits = whole.replace(/\D/g, '');
  }
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  return parts.negative ? -value : value;
}

interface Evidence {
  decimal: Record<'.' | ',', number>;
  groups: Map<string, number>;
  /** `1,234` or `1.234`: one separator before exactly three digits, either meaning possible. */
  ambiguous: Record<'.' | ',', number>;
}

function collect(core: string, ev: Evidence): void {
  const body = core.replace(/[.,]-?$/, '');
  const seps = body.replace(/\d/g, '');
  if (!seps) return;
  const vote = (ch: string) => ev.groups.set(ch, (ev.groups.get(ch) ?? 0) + 1);
  const last = seps[seps.length - 1];
  const distinct = new Set(seps);
  if (distinct.size > 1 || isGroupOnly(last)) {
    // Different separators: the last one is the decimal point, unless it can only group thousands.
    if (!isGroupOnly(last)) ev.decimal[last as '.' | ',']++;
    for (const ch of distinct) if (ch !== last || isGroupOnly(ch)) vote(ch);
  } else if (seps.length > 1) vote(last);
  else {
    const [whole, fraction] = body.split(last);
    const group = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && !whole.startsWith('0');
    if (group) ev.ambiguous[last as '.' | ',']++;
    else ev.decimal[last as '.' | ',']++;
  }
}

function pickThousands(ev: Evidence, decimal: '.' | ','): NumberFormat['thousands'] {
  const counts = new Map<NumberFormat['thousands'], number>();
  const add = (t: NumberFormat['thousands'], n: number) => counts.set(t, (counts.get(t) ?? 0) + n);
  for (const [ch, n] of ev.groups) {
    if (ch === decimal) continue;
    add(
      ch === ' ' ? ' ' : SPACES.includes(ch) ? '\u00a0' : ch === '\u2019' ? "'" : (ch as '.' | ',' | "'"),
      n,
    );
  }
  const other = decimal === '.' ? ',' : '.';
  if (ev.ambiguous[other]) add(other, ev.ambiguous[other]);
  let best: NumberFormat['thousands'] = '';
  for (const [t, n] of counts) if (best === '' || n > (counts.get(best) ?? 0)) best = t;
  return best;
}

/**
 * How the amounts in `values` are written. Values with two different separators, repeated separators or
 * a separator not followed by exactly three digits decide. `1,234` alone could be either: it is read as
 * a thousands comma in a `,`-separated file (where it must have been quoted, as US-style exports do)
 * and as a decimal comma otherwise; `1.234` alone is a thousands dot in `;`- or tab-separated files
 * (Nordic Excel) and a decimal point otherwise. Such guesses lower `confidence`. Whole numbers such as
 * `1234` fit every format.
 */
export function detectNumberFormat(values: string[], hint: { delimiter?: string } = {}): NumberFormat {
  const ev: Evidence = { decimal: { '.': 0, ',': 0 }, groups: new Map(), ambiguous: { '.': 0, ',': 0 } };
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  let currency = false;
  for (const v of filled) {
    const parts = splitNumberText(v);
    if (!parts) continue;
    currency ||= parts.currency;
    collect(parts.core, ev);
  }
  const nordic = hint.delimiter === ';' || hint.delimiter === '\t';
  const commaVotes = ev.decimal[','] + (ev.groups.get('.') ?? 0);
  const pointVotes = ev.decimal['.'] + (ev.groups.get(',') ?? 0);
  let decimal: '.' | ',';
  let guessed = false;
  if (commaVotes !== pointVotes) decimal = commaVotes > pointVotes ? ',' : '.';
  else if (ev.ambiguous[','] || ev.ambiguous['.']) {
    guessed = true;
    const ch = ev.ambiguous[','] >= ev.ambiguous['.'] ? ',' : '.';
    if (ch === ',') decimal = hint.delimiter === ',' ? '.' : ',';
    else decimal = nordic ? ',' : '.';
  } else {
    const spaced = [...ev.groups.keys()].some((ch) => SPACES.includes(ch));
    decimal = spaced || (nordic && !ev.groups.has("'")) ? ',' : '.';
  }
  const thousands = pickThousands(ev, decimal);
  const parsed = filled.filter((v) => parseNumber(v, { decimal, thousands }) !== null).length;
  const share = filled.length ? parsed / filled.length : 0;
  return { decimal, thousands, currency, confidence: guessed ? share * 0.6 : share };
}
