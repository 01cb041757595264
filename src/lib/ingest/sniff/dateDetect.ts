import { DATE_FORMATS, hasAmPm, isDateIn, type DateFormat } from './dates';

/** What the values of a column say about how its dates are written. */
export interface DateDetection {
  /** The format to use, or null when the values are not dates. */
  format: DateFormat | null;
  /**
   * True when every value reads both day-first and month-first (no part above 12), so the sample cannot
   * tell 01/02/2024 (1 February) from 01/02/2024 (January 2): the user should confirm.
   */
  ambiguous: boolean;
  /** The formats that fit equally well, in order of preference; `format` is the first. */
  candidates: DateFormat[];
  /** Share of the non-empty values that are dates in `format` (0–1). */
  confidence: number;
}

/** The month-first twin of each day-first format, and back. */
const TWIN: Partial<Record<DateFormat, DateFormat>> = {
  'DD.MM.YYYY': 'MM.DD.YYYY',
  'MM.DD.YYYY': 'DD.MM.YYYY',
  'DD-MM-YYYY': 'MM-DD-YYYY',
  'MM-DD-YYYY': 'DD-MM-YYYY',
  'DD/MM/YYYY': 'MM/DD/YYYY',
  'MM/DD/YYYY': 'DD/MM/YYYY',
};

/**
 * How the dates in `values` are written. A value with a first part above 12 proves day-first and one
 * with a second part above 12 proves month-first; when no value settles it the result is ambiguous and
 * day-first, as Nordic users write, unless the times carry AM/PM (a US export). A format is only given
 * when at least half of the non-empty values fit it.
 */
export function detectDateFormat(values: string[]): DateDetection {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const counts = new Map<DateFormat, number>();
  for (const v of filled)
    for (const f of DATE_FORMATS) if (isDateIn(v, f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  if (best === 0 || best < filled.length / 2)
    return { format: null, ambiguous: false, candidates: [], confidence: 0 };
  const confidence = best / filled.length;
  const top = DATE_FORMATS.filter((f) => counts.get(f) === best);
  const first = top[0];
  const twin = TWIN[first];
  if (twin && top.includes(twin)) {
    const dayFirst = first.startsWith('DD') ? first : twin;
    const monthFirst = first.startsWith('DD') ? twin : first;
    const us = filled.some(hasAmPm);
    return {
      format: us ? monthFirst : dayFirst,
      ambiguous: true,
      candidates: us ? [monthFirst, dayFirst] : [dayFirst, monthFirst],
      confidence,
    };
  }
  return { format: first, ambiguous: false, candidates: [first], confidence };
}
