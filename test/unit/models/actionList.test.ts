import { describe, expect, it } from 'vitest';
import {
  pickContacts,
  upperQuartile,
  worseLevels,
  type ActionCandidate,
} from '../../../src/lib/models/actionList';

const levels = [
  { level: 'yes', survival12: 0.6, lower: 0.55, upper: 0.65 },
  { level: 'no', survival12: 0.4, lower: 0.35, upper: 0.45 },
  // Overlaps the best level's interval: not clearly worse.
  { level: 'maybe', survival12: 0.5, lower: 0.3, upper: 0.7 },
];

describe('upperQuartile', () => {
  it('interpolates like quantile_cont', () => {
    // (5 − 1)·0.75 = 3 → the 4th smallest; (4 − 1)·0.75 = 2.25 → 30 + 0.25·(40 − 30).
    expect(upperQuartile([5, 1, 4, 2, 3])).toBe(4);
    expect(upperQuartile([10, 20, 30, 40, null])).toBe(32.5);
    expect(upperQuartile([null])).toBeNull();
  });
});

describe('pickContacts', () => {
  it('keeps only valuable customers with falling P(alive) in a clearly worse level, most valuable first', () => {
    expect([...worseLevels(levels, 'yes')]).toEqual(['no']);
    const c = (
      id: string,
      revenue: number,
      level: string | null,
      pAlive: number | null,
      clv: number | null,
    ): ActionCandidate => ({
      id,
      revenue,
      level,
      pAlive,
      clv,
    });
    const customers = [
      c('a', 2000, 'no', 0.2, 50), // revenue in the top quarter → in
      c('b', 100, 'no', 0.3, 400), // predicted CLV in the top quarter → in, first
      c('c', 100, 'no', 0.7, 5), // P(alive) not below 0.5 → out
      c('d', 950, 'yes', 0.1, 450), // already in the best level → out
      c('e', 980, 'maybe', 0.1, 10), // level not clearly worse → out
      c('f', 100, 'no', 0.1, 20), // not valuable → out
      c('g', 990, null, 0.1, 30), // no level → out
      c('h', 100, 'no', 0.1, 20),
    ];
    // CLV 5 10 20 20 30 50 400 450: (8 − 1)·0.75 = 5.25 → 50 + 0.25·350 = 137.5, so b (400) is valuable.
    // Revenue 100 ×4, 950 980 990 2000: 980 + 0.25·10 = 982.5, so a (2000) is valuable, e (980) is not.
    const { contacts, total } = pickContacts(customers, { levels, best: 'yes', pAliveBelow: 0.5, limit: 10 });
    expect(contacts.map((x) => [x.id, x.valuable])).toEqual([
      ['b', 'clv'],
      ['a', 'revenue'],
    ]);
    expect(total).toBe(2);
    const first = pickContacts(customers, { levels, best: 'yes', pAliveBelow: 0.5, limit: 1 });
    expect(first.contacts.map((x) => x.id)).toEqual(['b']);
    expect(first.total).toBe(2);
    // A lower threshold keeps only P(alive) < 0.25: a (0.2) stays, b (0.3) goes.
    expect(
      pickContacts(customers, { levels, best: 'yes', pAliveBelow: 0.25, limit: 10 }).contacts.map(
        (x) => x.id,
      ),
    ).toEqual(['a']);
  });
});
