import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal } from '../../../src/lib/analysis/sql';
import type { Engine } from '../../../src/lib/engine/types';
import { dateSql, DATE_LAYOUTS } from '../../../src/lib/ingest/parseSql';
import { parseDate } from '../../../src/lib/ingest/sniff/dates';
import { freshEngine } from '../../helpers/engine';

/**
 * The loader's date parser (SQL, with its fast paths) against the sniffer's (TypeScript, one regular
 * expression): the same calendar date, or none, for every cell. Cells are built from seeded random
 * dates in every layout, zero-padded or not, real or impossible, followed by nothing, a time, a time
 * with an offset (`2022-03-01 10:15:00 -0500`, `2024-01-15T10:00:00Z`) or text.
 */

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SUFFIXES = [
  '',
  ' 10:15',
  ' 10:15:00',
  ' 10:15:00 -0500',
  'T10:00:00Z',
  'T23:30:00+02:00',
  ' 9:05:00 PM',
  'x',
  '0',
];

function cells(layout: string, rnd: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 150; i++) {
    const y = [2024, 1999, 24, 10000][Math.floor(rnd() ** 3 * 4)];
    const m = 1 + Math.floor(rnd() * 13); // 13: an impossible month now and then
    const d = 1 + Math.floor(rnd() * 31); // 31 April and 30 February too
    const pad = rnd() < 0.7;
    const two = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
    const Y = String(y);
    const text =
      layout === 'YYYYMMDD'
        ? `${Y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`
        : layout === 'MMM D, YYYY'
          ? `${MONTHS[(m - 1) % 12]} ${two(d)}, ${Y}`
          : layout.replace('YYYY', Y).replace('MM', two(m)).replace('DD', two(d));
    out.push(text + SUFFIXES[Math.floor(rnd() * SUFFIXES.length)]);
  }
  return out;
}

describe('dateSql agrees with parseDate', () => {
  it.each(DATE_LAYOUTS)('%s', async (layout) => {
    const values = cells(layout, random(layout.length * 7919));
    const rows = await engine.query<{ v: string; d: string | null }>(
      `SELECT v, strftime(${dateSql('v', layout)}, '%Y-%m-%d') AS d FROM (VALUES ${values
        .map((v) => `(${literal(v)})`)
        .join(', ')}) t(v)`,
    );
    const got = Object.fromEntries(rows.map((r) => [r.v, r.d]));
    const want = Object.fromEntries(values.map((v) => [v, parseDate(v, layout)]));
    expect(got).toEqual(want);
    // Enough of each kind to mean something: some read, some refused, some with an offset read.
    expect(values.filter((v) => want[v] !== null).length).toBeGreaterThan(30);
    expect(values.filter((v) => want[v] === null).length).toBeGreaterThan(5);
    expect(
      values.filter((v) => want[v] !== null && /[+-]\d{4}$|Z$|[+-]\d\d:\d\d$/.test(v)).length,
    ).toBeGreaterThan(3);
  });
});
