/**
 * Every analysis setting of the dashboard (never the data): what each one may hold and its default.
 * Pure TypeScript: the runes store (src/lib/state/settings.svelte.ts) keeps one of these, the codec
 * (./codec.ts) writes it into a link or a settings file and reads it back.
 */
import { CHURN_PERIODS, type ChurnPeriod } from '../analysis/churn';
import { TIME_UNITS, type ClvRunOptions } from '../analysis/clvInputs';
import { MEASURES, MODES } from '../analysis/cohorts';
import { DEFAULT_RANGE, RANGE_PRESETS, type DateRange } from '../analysis/dateRange';
import { PERIODS } from '../analysis/period';
import type { ClvPeriod } from '../analysis/realisedClv';
import { DEFAULT_RFM_MAP, RFM_SEGMENTS, type RfmSegmentMap } from '../analysis/rfm';
import { DEFAULT_TOP } from '../analysis/segmentGroups';
import type { SurvivalKind } from '../analysis/survivalInput';
import { DEFAULT_VIEW, type CohortView } from '../components/cohorts/view';
import { CURRENCIES, type Currency } from '../i18n/locale';

/** The dashboard's sections, in the order of the side bar. */
export const SECTIONS = [
  'overview',
  'cohorts',
  'churn',
  'clv',
  'customers',
  'value',
  'drivers',
  'data',
] as const;
export type Section = (typeof SECTIONS)[number];

export const SURVIVAL_KINDS: SurvivalKind[] = ['tenure', 'orders', 'subscriptions'];
export const CLV_PERIODS: ClvPeriod[] = ['week', 'month', 'quarter'];
export const CUSTOMER_PRESETS = ['all', 'at-risk', 'to-call'] as const;
export type CustomerPreset = (typeof CUSTOMER_PRESETS)[number];
/** Sortable columns of the customer table; `attr:NAME` sorts by a customer attribute. */
export const CUSTOMER_SORTS = ['id', 'segment', 'lastPurchase', 'purchases', 'revenue', 'pAlive', 'clv'];

/** Churn page: inactivity window (null: the suggested one, METRICS.md §4), period, survival input. */
export interface ChurnSettings {
  window: number | null;
  period: ChurnPeriod;
  survivalKind: SurvivalKind | null;
  /** `source.column` of the survival split, '' for none. */
  survivalBy: string;
}

/** Lifetime value page: model options, holdout calibration end, RFM map, realised and formula CLV. */
export interface ClvSettings {
  options: ClvRunOptions;
  calibrationEnd: string | null;
  rfmMap: RfmSegmentMap;
  realisedPeriod: ClvPeriod;
  /** Attribute the realised CLV is split by, '' for none. */
  realisedBy: string;
  /** Inactivity window of the formula's churn rate (null: the suggested one). */
  formulaWindow: number | null;
}

/**
 * Customers page: preset, search, RFM segment filter and sort (`attr:NAME` for an attribute). The search
 * stays on this page: it is never put in a link or file, as it may name a customer.
 */
export interface CustomerSettings {
  preset: CustomerPreset | null;
  search: string;
  segments: string[];
  sort: string;
  descending: boolean;
  /** P(alive) below which Champions and Loyal customers are flagged as ones to call (0–1). */
  callBelow: number;
}

/** The horizons the value of retention is shown over, in years (METRICS.md §8). */
export const HORIZON_YEARS = [1, 3, 5];

/**
 * Value of retention page (METRICS.md §8): gross margin (fraction), acquisition cost per new customer
 * (money), monthly discount rate, horizon in years and the scenario's Δ in points of annual retention.
 */
export interface ValueSettings {
  margin: number;
  acquisitionCost: number;
  monthlyDiscount: number;
  horizonYears: number;
  delta: number;
}

/**
 * What goes with retention (METRICS.md §9): landmark day, the attribute opened (its candidate key,
 * '' for none), and the action list's P(alive) threshold and length.
 */
export interface DriverSettings {
  landmarkDays: number;
  selected: string;
  pAliveBelow: number;
  contacts: number;
}

/**
 * Breakdowns on every page (cohort curves, survival curves): the largest `top` segments are shown by
 * name, or the `picked` ones when there are any; the rest are drawn as "(other)".
 */
export interface SegmentSettings {
  top: number;
  picked: string[];
}

/** Everything a link or a settings file carries. */
export interface LojalSettings {
  section: Section;
  /** Currency amounts are shown in; null: not chosen (the language's default applies). */
  currency: Currency | 'none' | null;
  /** The date range of the Overview's headline figures, relative to the as-of date. */
  range: DateRange;
  cohorts: CohortView;
  churn: ChurnSettings;
  clv: ClvSettings;
  customers: CustomerSettings;
  value: ValueSettings;
  drivers: DriverSettings;
  segments: SegmentSettings;
}

/** The settings of a fresh page. A new object each call: callers may change it. */
export function defaultSettings(): LojalSettings {
  return {
    section: 'overview',
    currency: null,
    range: { ...DEFAULT_RANGE },
    cohorts: structuredClone(DEFAULT_VIEW),
    churn: { window: null, period: 'month', survivalKind: null, survivalBy: '' },
    clv: {
      options: { unit: 'week', horizonMonths: 12, monthlyDiscount: 0.01, margin: 1 },
      calibrationEnd: null,
      rfmMap: structuredClone(DEFAULT_RFM_MAP),
      realisedPeriod: 'month',
      realisedBy: '',
      formulaWindow: null,
    },
    customers: { preset: 'all', search: '', segments: [], sort: 'revenue', descending: true, callBelow: 0.5 },
    value: { margin: 1, acquisitionCost: 0, monthlyDiscount: 0.01, horizonYears: 3, delta: 5 },
    drivers: { landmarkDays: 90, selected: '', pAliveBelow: 0.5, contacts: 50 },
    segments: { top: DEFAULT_TOP, picked: [] },
  };
}

/** Longest text setting (a column name, a filter value) accepted; longer is refused, not cut. */
export const MAX_TEXT = 200;
/** Most values a list setting (filter values, segments) may hold. */
export const MAX_LIST = 100;

/** The allowed values of each closed choice, for the codec and its tests. */
export const CHOICES = {
  section: SECTIONS,
  currency: [...CURRENCIES, 'none'],
  range: RANGE_PRESETS,
  period: PERIODS,
  weekStart: ['monday', 'sunday'],
  mode: MODES,
  measure: MEASURES,
  average: ['pooled', 'simple'],
  curves: ['cohorts', 'segments'],
  cells: ['rate', 'total'],
  churnPeriod: CHURN_PERIODS,
  survivalKind: SURVIVAL_KINDS,
  unit: TIME_UNITS,
  clvPeriod: CLV_PERIODS,
  preset: CUSTOMER_PRESETS,
  segment: RFM_SEGMENTS,
} as const;
