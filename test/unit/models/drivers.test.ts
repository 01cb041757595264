import { describe, expect, it } from 'vitest';
import { analyseDrivers, benjaminiHochberg, survivalWithSe } from '../../../src/lib/models/drivers';
import { kaplanMeier, Z_95, type SurvivalObservation } from '../../../src/lib/models/kaplanMeier';

describe('benjaminiHochberg', () => {
  it('matches a hand-worked adjustment', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04; running minimum from the top.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
    // 0.02·3/1 = 0.06, 0.5·3/2 = 0.75, 0.9·3/3 = 0.9.
    const r = benjaminiHochberg([0.5, 0.02, 0.9]);
    [0.75, 0.06, 0.9].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 12));
  });

  it('takes the running minimum and never exceeds 1', () => {
    // 0.8·2/1 = 1.6 is above 0.9·2/2 = 0.9, so both are 0.9; 1·2/1 = 2 is capped by the minimum with 1.
    expect(benjaminiHochberg([0.8, 0.9])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

const obs = (spec: string): SurvivalObservation[] =>
  spec.split(' ').map((t) => ({ time: parseFloat(t), event: !t.endsWith('+') }));

describe('survivalWithSe', () => {
  it('reads survival and its Greenwood standard error at the horizon', () => {
    // n = 4: S(1) = 3/4, S(2) = 1/2; Greenwood Σ d/(n(n−d)) = 1/12 + 1/6 = 1/4, se = S·√(1/4) = 0.25.
    const at = survivalWithSe(kaplanMeier(obs('1 2 3+ 4')), 3)!;
    expect(at.survival).toBeCloseTo(0.5, 12);
    expect(at.se).toBeCloseTo(0.25, 12);
    expect(at.lower!).toBeLessThan(0.5);
    expect(at.upper!).toBeGreaterThan(0.5);
  });

  it('says nothing past the longest follow-up', () => {
    expect(survivalWithSe(kaplanMeier(obs('1 2+')), 3)).toBeNull();
    // Everyone gone before the horizon: survival is 0 there, with no spread.
    expect(survivalWithSe(kaplanMeier(obs('1 2')), 3)).toMatchObject({ survival: 0, se: 0 });
  });
});

describe('analyseDrivers', () => {
  it('gives the effect best − worst with a normal interval from both Greenwood errors', () => {
    const good = obs('1 5+ 5+ 5+');
    const bad = obs('1 2 3 5+');
    const { attributes } = analyseDrivers(
      [
        {
          name: 'tier',
          landmark: false,
          levels: new Map([
            ['gold', good],
            ['basic', bad],
          ]),
        },
      ],
      4,
    );
    const [a] = attributes;
    // gold: S(4) = 3/4, se = 0.75·√(1/12); basic: S(4) = 1/4, se = 0.25·√(1/12 + 1/6 + 1/2)
    const seGood = 0.75 * Math.sqrt(1 / 12);
    const seBad = 0.25 * Math.sqrt(1 / 12 + 1 / 6 + 1 / 2);
    expect(a.best).toBe('gold');
    expect(a.worst).toBe('basic');
    expect(a.effect).toBeCloseTo(0.5, 12);
    const half = Z_95 * Math.sqrt(seGood ** 2 + seBad ** 2);
    expect(a.effectLower).toBeCloseTo(0.5 - half, 12);
    expect(a.effectUpper).toBeCloseTo(0.5 + half, 12);
    expect(a.levels.map((l) => l.level)).toEqual(['gold', 'basic']);
    expect(a.q).toBe(a.p);
  });

  it('ranks clear differences by effect and lists the rest after them; a single level is not tested', () => {
    const many = (s: string, k: number) => Array.from({ length: k }, () => obs(s)).flat();
    const strong = new Map([
      ['yes', many('400+ 400+ 400+ 30', 40)],
      ['no', many('10 20 30 400+', 40)],
    ]);
    const medium = new Map([
      ['a', many('400+ 400+ 30 40', 40)],
      ['b', many('10 20 30 400+', 40)],
    ]);
    const none = new Map([
      ['x', many('10 400+', 40)],
      ['y', many('11 400+', 40)],
    ]);
    const one = new Map([['only', obs('1 2')]]);
    const r = analyseDrivers([
      { name: 'none', landmark: false, levels: none },
      { name: 'medium', landmark: false, levels: medium },
      { name: 'one', landmark: false, levels: one },
      { name: 'strong', landmark: true, levels: strong },
    ]);
    expect(r.attributes.map((a) => [a.name, a.clear])).toEqual([
      ['strong', true],
      ['medium', true],
      ['none', false],
    ]);
    expect(r.untested).toEqual(['one']);
    // q across the three tested: BH of their p-values.
    const ps = ['none', 'medium', 'strong'].map((n) => r.attributes.find((a) => a.name === n)!.p);
    const qs = benjaminiHochberg(ps);
    ['none', 'medium', 'strong'].forEach((n, i) =>
      expect(r.attributes.find((a) => a.name === n)!.q).toBe(qs[i]),
    );
  });
});
