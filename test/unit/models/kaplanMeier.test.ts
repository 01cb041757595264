import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, survivalAt, type SurvivalObservation } from '../../../src/lib/models/kaplanMeier';
import { logRank } from '../../../src/lib/models/logRank';
import {
  refKaplanMeier,
  refLogRank,
  refMedian,
  seededRandom,
  type RefSubject,
} from '../../helpers/survivalReference';

/**
 * Freireich et al. (1963), remission times in weeks of leukaemia patients, as printed in Kleinbaum &
 * Klein, "Survival Analysis: A Self-Learning Text", ch. 2 and Klein & Moeschberger §4.2 (+ = censored).
 */
const SIX_MP = '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+';
const PLACEBO = '1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23';

const parse = (text: string): SurvivalObservation[] =>
  text.split(' ').map((s) => ({ time: Number.parseFloat(s), event: !s.endsWith('+') }));

describe('kaplanMeier on the 6-MP leukaemia data (textbook values)', () => {
  const curve = kaplanMeier(parse(SIX_MP));
  const events = curve.table.filter((r) => r.events > 0);

  it('has one row per distinct time with numbers at risk, events and censored', () => {
    expect(curve.n).toBe(21);
    expect(curve.events).toBe(9);
    expect(curve.table.map((r) => r.time)).toEqual([
      6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35,
    ]);
    expect(curve.table[0]).toMatchObject({ time: 6, atRisk: 21, events: 3, censored: 1 });
    expect(curve.table.find((r) => r.time === 10)).toMatchObject({ atRisk: 15, events: 1, censored: 1 });
    expect(curve.table.find((r) => r.time === 32)).toMatchObject({ atRisk: 4, events: 0, censored: 2 });
  });

  it('gives the printed survival estimates and Greenwood log-log intervals (3 decimals)', () => {
    // Kleinbaum & Klein Table 2.2 / Klein & Moeschberger Table 4.1A; R survfit(conf.type = "log-log").
    const printed = [
      [6, 21, 3, 0.857, 0.62, 0.952],
      [7, 17, 1, 0.807, 0.563, 0.923],
      [10, 15, 1, 0.753, 0.503, 0.889],
      [13, 12, 1, 0.69, 0.432, 0.849],
      [16, 11, 1, 0.627, 0.368, 0.805],
      [22, 7, 1, 0.538, 0.268, 0.747],
      [23, 6, 1, 0.448, 0.188, 0.68],
    ];
    expect(
      events.map((r) =>
        [r.time, r.atRisk, r.events, r.survival, r.lower, r.upper].map((v) => +v!.toFixed(3)),
      ),
    ).toEqual(printed);
  });

  it('has median 23 weeks (95 % CI from 13, upper end not reached), and the placebo group 8', () => {
    expect(curve.median).toBe(23);
    expect(curve.medianLower).toBe(13);
    expect(curve.medianUpper).toBeNull();
    const placebo = kaplanMeier(parse(PLACEBO));
    expect(placebo.median).toBe(8);
    expect([placebo.medianLower, placebo.medianUpper]).toEqual([4, 11]);
    // Every placebo patient relapsed: the curve ends at 0 and the band is undefined there.
    expect(placebo.table.at(-1)).toMatchObject({ time: 23, survival: 0, lower: null, upper: null });
  });

  it('reads as a right-continuous step function', () => {
    expect(survivalAt(curve, 5.9)).toBe(1);
    expect(survivalAt(curve, 6)).toBeCloseTo(18 / 21, 12);
    expect(survivalAt(curve, 9.5)).toBeCloseTo((18 / 21) * (16 / 17), 12);
  });
});

describe('logRank', () => {
  it('gives chi-square 16.79 on 1 df for 6-MP versus placebo (textbook; R survdiff 16.7929)', () => {
    const test = logRank([parse(SIX_MP), parse(PLACEBO)])!;
    expect(test.df).toBe(1);
    expect(test.chi2).toBeCloseTo(16.7929409892165, 10);
    expect(test.p).toBeCloseTo(4.16880910933456e-5, 15);
    expect(test.observed).toEqual([9, 21]);
    expect(test.expected[0]).toBeCloseTo(19.250501, 5);
    expect(test.expected[1]).toBeCloseTo(10.749499, 5);
  });

  it('is null with fewer than two non-empty groups, and ignores an empty group', () => {
    expect(logRank([parse(SIX_MP)])).toBeNull();
    expect(logRank([parse(SIX_MP), []])).toBeNull();
    const withEmpty = logRank([parse(SIX_MP), [], parse(PLACEBO)])!;
    expect(withEmpty.df).toBe(1);
    expect(withEmpty.chi2).toBeCloseTo(16.7929409892165, 10);
  });

  it('does not depend on the order of the groups', () => {
    const a = logRank([parse(SIX_MP), parse(PLACEBO)])!;
    const b = logRank([parse(PLACEBO), parse(SIX_MP)])!;
    expect(b.chi2).toBeCloseTo(a.chi2, 10);
  });
});

/** Random subjects with heavy ties: integer times 0..maxTime, about a third censored. */
function randomSubjects(random: () => number, n: number, maxTime: number, hazard = 1): RefSubject[] {
  return Array.from({ length: n }, () => ({
    time: Math.floor(Math.min(maxTime, (-Math.log(1 - random()) * maxTime) / (3 * hazard))),
    event: random() > 0.35,
  }));
}

describe('kaplanMeier and logRank against a brute-force recount on seeded random data', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %d: every row equals the brute force', (seed) => {
    const random = seededRandom(seed);
    const subjects = randomSubjects(random, 5 + Math.floor(random() * 200), 5 + Math.floor(random() * 60));
    // Half the seeds pass each subject with count 1, the other half pre-aggregated with counts.
    const counted = new Map<string, SurvivalObservation & { count: number }>();
    for (const s of subjects) {
      const key = `${s.time}|${s.event}`;
      if (!counted.has(key)) counted.set(key, { ...s, count: 0 });
      counted.get(key)!.count++;
    }
    const observations: SurvivalObservation[] = seed % 2 ? subjects : [...counted.values()];
    const curve = kaplanMeier(observations);
    const ref = refKaplanMeier(subjects);
    expect(curve.table.length).toBe(ref.length);
    curve.table.forEach((row, i) => {
      const r = ref[i];
      expect([row.time, row.atRisk, row.events, row.censored]).toEqual([
        r.time,
        r.atRisk,
        r.events,
        r.censored,
      ]);
      expect(row.survival).toBeCloseTo(r.survival, 12);
      if (r.survival > 0 && r.survival < 1) {
        // The band as printed by R: S^exp(±z √greenwood / log S).
        const se = Math.sqrt(r.greenwood) / Math.log(r.survival);
        expect(row.lower).toBeCloseTo(r.survival ** Math.exp(-1.959963984540054 * se), 12);
        expect(row.upper).toBeCloseTo(r.survival ** Math.exp(1.959963984540054 * se), 12);
      } else {
        expect([row.lower, row.upper]).toEqual([null, null]);
      }
    });
    expect(curve.median).toBe(refMedian(ref));
  });

  it.each([
    [11, 2],
    [12, 2],
    [13, 3],
    [14, 3],
    [15, 4],
    [16, 5],
  ])('seed %d: the %d-group log-rank statistic equals the brute force', (seed, k) => {
    const random = seededRandom(seed);
    const groups = Array.from({ length: k }, (_, j) =>
      randomSubjects(random, 10 + Math.floor(random() * 120), 40, 1 + 0.3 * j),
    );
    const test = logRank(groups)!;
    const ref = refLogRank(groups);
    expect(test.df).toBe(k - 1);
    expect(test.chi2).toBeCloseTo(ref.chi2, 9);
    expect(test.observed).toEqual(ref.observed);
    test.expected.forEach((e, j) => expect(e).toBeCloseTo(ref.expected[j], 9));
    // With two groups the statistic is the familiar (O − E)² / V.
    if (k === 2)
      expect(test.chi2).toBeCloseTo((ref.observed[0] - ref.expected[0]) ** 2 / ref.variance[0][0], 9);
  });
});

describe('kaplanMeier median when the survival is exactly 0.5 over an interval (METRICS.md §5, R rule)', () => {
  it('4 subjects with events at 1, 2, 3, 4: S = 0.5 on [2, 3), so the median is 2.5', () => {
    // By hand: S(1) = 3/4, S(2) = 3/4 · 2/3 = 1/2, S(3) = 1/2 · 1/2 = 1/4, S(4) = 0.
    const curve = kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
    expect(curve.table.map((r) => r.survival)).toEqual([0.75, 0.5, 0.25, 0]);
    expect(curve.median).toBe(2.5);
  });

  it('a censoring inside the flat does not end it; the next drop does', () => {
    // Events at 1 and 2 of 4 → S = 1/2 from 2; a censoring at 3 keeps 1/2; the event at 5 drops it.
    const curve = kaplanMeier([
      { time: 1, event: true },
      { time: 2, event: true },
      { time: 3, event: false },
      { time: 5, event: true },
    ]);
    expect(curve.median).toBe(3.5);
  });

  it('a flat at 0.5 to the end of follow-up ends at the last time observed', () => {
    // Events at 1, 2 of 4, then censorings at 6 and 8: S stays 1/2 through 8 → (2 + 8) / 2.
    const curve = kaplanMeier([
      { time: 1, event: true },
      { time: 2, event: true },
      { time: 6, event: false },
      { time: 8, event: false },
    ]);
    expect(curve.median).toBe(5);
  });

  it('veteran lung-cancer trial, test arm (trt = 2): R survival gives median 52.5', () => {
    // survfit(Surv(time, status) ~ trt, data = veteran): trt=2 n = 68, events = 64, median 52.5.
    const text = readFileSync(
      new URL('../../fixtures/survival/veteran-test-arm.csv', import.meta.url),
      'utf8',
    );
    const rows = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    const curve = kaplanMeier(rows.map(([time, status]) => ({ time, event: status === 1 })));
    expect([curve.n, curve.events]).toEqual([68, 64]);
    expect(curve.median).toBe(52.5);
  });
});
