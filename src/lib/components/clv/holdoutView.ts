/** Shapes the holdout check's numbers for its charts: pure functions of a finished run. */
import { daysBetween, type ClvWeekRow } from '../../analysis/clvInputs';
import type { RepeatBucket } from '../../models/holdout';

/** Cumulative repeat occasions at the end of each week since the origin: actual and predicted. */
export interface TrackingPoint {
  week: number;
  actual: number;
  predicted: number;
}

/** Join the weekly actual counts with the model's cumulative predictions (one per week end). */
export function trackingPoints(weeks: ClvWeekRow[], predicted: number[]): TrackingPoint[] {
  const byWeek = new Map(weeks.map((w) => [w.week, w.repeats]));
  let total = 0;
  return predicted.map((p, week) => {
    total += byWeek.get(week) ?? 0;
    return { week: week + 1, actual: total, predicted: p };
  });
}

/** The calibration end as weeks since the origin (where the chart's marker goes). */
export function calibrationWeek(origin: string, calibrationEnd: string): number {
  return (daysBetween(origin, calibrationEnd) + 1) / 7;
}

/** Bucket labels 0, 1, …, "7+" for the bars by calibration repeats. */
export function bucketLabels(buckets: RepeatBucket[], cap = 7): string[] {
  return buckets.map((b) => (b.repeats === cap ? `${cap}+` : String(b.repeats)));
}
