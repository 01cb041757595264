import { describe, expect, it } from 'vitest';
import {
  candidateName,
  driverSentence,
  levelName,
  qText,
} from '../../../src/lib/components/drivers/driversView';
import { analyseDrivers } from '../../../src/lib/models/drivers';
import { en } from '../../../src/lib/i18n/en';
import type { MessageKey } from '../../../src/lib/i18n/en';

const t = (key: MessageKey, args: Record<string, string | number> = {}) =>
  en[key].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k]));
const pct = (v: number) => `${Math.round(v * 100)} %`;
const dec = (v: number) => v.toFixed(3);

describe('driversView', () => {
  it('names candidates and pooled levels in words', () => {
    expect(candidateName({ kind: 'attribute', column: 'loyalty_member' }, 90, t)).toBe('loyalty_member');
    expect(candidateName({ kind: 'channels', column: 'channel' }, 60, t)).toBe(
      'Channels used in the first 60 days (channel)',
    );
    expect(levelName('(other)', t)).toBe('(other)');
    expect(levelName('(blank)', t)).toBe('(blank)');
    expect(qText(0.0004, t, dec)).toBe('q < 0.001');
    expect(qText(0.0123, t, dec)).toBe('q = 0.012');
  });

  it('says one sentence per attribute: best level against worst, with q', () => {
    const obs = (s: string, k: number) =>
      Array.from({ length: k }, () =>
        s.split(' ').map((x) => ({ time: parseFloat(x), event: !x.endsWith('+') })),
      ).flat();
    const { attributes } = analyseDrivers([
      {
        name: 'attribute:loyalty_member',
        landmark: false,
        levels: new Map([
          ['yes', obs('400+ 400+ 400+ 30', 30)],
          ['no', obs('10 20 30 400+', 30)],
        ]),
      },
    ]);
    // yes: S(365) = 3/4; no: 1/4; one attribute, so q = p (tiny).
    expect(driverSentence(attributes[0], 'Loyalty members', 90, t, pct, dec)).toBe(
      'Loyalty members yes: 75 % still active after 12 months, against 25 % for no (q < 0.001).',
    );
  });
});
