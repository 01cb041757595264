/** From the drivers query's rows to what the page shows: names, ranking, sentences. Pure. */
import {
  BLANK_GROUP,
  candidateKey,
  driverLevels,
  isLandmark,
  OTHER_GROUP,
  type DriverCandidate,
  type DriverInputRow,
} from '../../analysis/drivers';
import { analyseDrivers, type DriverResult, type DriversAnalysis } from '../../models/drivers';
import type { MessageKey } from '../../i18n/en';

type Translate = (key: MessageKey, args?: Record<string, string | number>) => string;

/** The analysis of every candidate, named by candidate key. */
export function driversAnalysis(rows: DriverInputRow[], candidates: DriverCandidate[]): DriversAnalysis {
  return analyseDrivers(
    driverLevels(rows, candidates).map((levels, i) => ({
      name: candidateKey(candidates[i]),
      landmark: isLandmark(candidates[i]),
      levels,
    })),
  );
}

/** A candidate's name in the reader's language. */
export function candidateName(c: DriverCandidate, landmarkDays: number, t: Translate): string {
  const args = { column: c.column ?? '', days: landmarkDays };
  switch (c.kind) {
    case 'attribute':
      return c.column!;
    case 'valueBand':
      return t('drivers.kind.valueBand');
    case 'discount':
      return t('drivers.kind.discount', args);
    case 'channels':
      return t('drivers.kind.channels', args);
    case 'joinDate':
      return t('drivers.kind.joinDate', args);
  }
}

/** A level's label: the pooled and blank levels in words, the rest as in the data. */
export function levelName(level: string, t: Translate): string {
  return level === OTHER_GROUP
    ? t('drivers.level.other')
    : level === BLANK_GROUP
      ? t('drivers.level.blank')
      : level;
}

/** "q < 0.001" or "q = 0.012", in the reader's number format. */
export function qText(q: number, t: Translate, decimal: (v: number) => string): string {
  return q < 0.001 ? t('drivers.qTiny') : t('drivers.q', { q: decimal(q) });
}

/**
 * One sentence per attribute: "loyalty_member yes: 42 % still active after 12 months, against 24 % for
 * no (q < 0.001)." Null when there is no best and worst level to compare.
 */
export function driverSentence(
  r: DriverResult,
  name: string,
  landmarkDays: number,
  t: Translate,
  pct: (v: number) => string,
  decimal: (v: number) => string,
): string | null {
  if (r.best === null || r.worst === null) return null;
  const best = r.levels.find((l) => l.level === r.best)!;
  const worst = r.levels.find((l) => l.level === r.worst)!;
  return t(r.landmark ? 'drivers.sentenceLandmark' : 'drivers.sentence', {
    attribute: name,
    best: levelName(r.best, t),
    worst: levelName(r.worst, t),
    s1: pct(best.survival12!),
    s2: pct(worst.survival12!),
    q: qText(r.q, t, decimal),
    days: landmarkDays,
  });
}
