/**
 * Every setting as it appears in a link (`#v=1&cohorts.period=week`) and in a settings file, in the
 * order they are read. Text settings (column names, filter values) are kept as plain strings; the page
 * shows them only as text, never as HTML. The customer search is not here: it may name a customer.
 */
import { RFM_SEGMENTS, type RfmSegmentMap } from '../analysis/rfm';
import { MAX_SHOWN } from '../analysis/segmentGroups';
import { choice, date, isText, list, num, one, prop, text, type Field } from './fieldKinds';
import { CHOICES, CUSTOMER_SORTS, HORIZON_YEARS, type LojalSettings } from './schema';

export type { Field } from './fieldKinds';

const root = (s: LojalSettings) => s;
const range = (s: LojalSettings) => s.range;
const cohorts = (s: LojalSettings) => s.cohorts;
const churn = (s: LojalSettings) => s.churn;
const clv = (s: LojalSettings) => s.clv;
const model = (s: LojalSettings) => s.clv.options;
const customers = (s: LojalSettings) => s.customers;
const value = (s: LojalSettings) => s.value;
const drivers = (s: LojalSettings) => s.drivers;
const segments = (s: LojalSettings) => s.segments;

/** A cohort anchor: a built-in date, or `attr:NAME` for an attribute. */
const ANCHORS = ['first-purchase', 'signup', 'subscription-start'];
const isAttr = (v: string) => v.startsWith('attr:') && isText(v.slice(5));

/** The RFM map as 25 letters, a = Champions … k = Lost (RFM_SEGMENTS order), row R1 first. */
const LETTERS = 'abcdefghijk';
const SEGMENTS: readonly string[] = RFM_SEGMENTS;
const mapText = (map: RfmSegmentMap) =>
  map
    .flat()
    .map((n) => LETTERS[SEGMENTS.indexOf(n)] ?? '?')
    .join('');
const mapOf = (v: string): RfmSegmentMap | undefined =>
  /^[a-k]{25}$/.test(v)
    ? [0, 1, 2, 3, 4].map((r) => [...v.slice(r * 5, r * 5 + 5)].map((c) => SEGMENTS[LETTERS.indexOf(c)]))
    : undefined;

export const FIELDS: Field[] = [
  choice('section', CHOICES.section, prop(root, 'section')),
  choice('currency', CHOICES.currency, prop(root, 'currency'), true),
  choice('range', CHOICES.range, prop(range, 'preset')),
  date('range.from', prop(range, 'from')),
  date('range.to', prop(range, 'to')),
  choice('cohorts.period', CHOICES.period, prop(cohorts, 'period')),
  choice('cohorts.weekStart', CHOICES.weekStart, prop(cohorts, 'weekStart')),
  one('cohorts.anchor', prop(cohorts, 'anchor'), String, (v) =>
    ANCHORS.includes(v) || isAttr(v) ? v : undefined,
  ),
  choice('cohorts.mode', CHOICES.mode, prop(cohorts, 'mode')),
  choice('cohorts.measure', CHOICES.measure, prop(cohorts, 'measure')),
  text('cohorts.by', { get: (s) => s.cohorts.by ?? '', set: (s, v) => (s.cohorts.by = v || null) }),
  date('cohorts.from', prop(cohorts, 'from')),
  date('cohorts.to', prop(cohorts, 'to')),
  text('cohorts.filter', {
    get: (s) => s.cohorts.filter?.attribute ?? '',
    set: (s, v) => (s.cohorts.filter = v ? { attribute: v, values: [] } : null),
  }),
  // Values need the attribute they belong to (read just before).
  list(
    'cohorts.filterValue',
    isText,
    {
      get: (s) => s.cohorts.filter?.values ?? [],
      set: (s, v) => s.cohorts.filter && (s.cohorts.filter.values = v),
    },
    (s) => !!s.cohorts.filter,
  ),
  choice('cohorts.average', CHOICES.average, prop(cohorts, 'average')),
  choice('cohorts.curves', CHOICES.curves, prop(cohorts, 'curves')),
  choice('cohorts.cells', CHOICES.cells, prop(cohorts, 'cells')),
  num('churn.window', [1, 3650], true, prop(churn, 'window'), true),
  choice('churn.period', CHOICES.churnPeriod, prop(churn, 'period')),
  choice('churn.survival', CHOICES.survivalKind, prop(churn, 'survivalKind'), true),
  text('churn.survivalBy', prop(churn, 'survivalBy')),
  choice('clv.unit', CHOICES.unit, prop(model, 'unit')),
  num('clv.horizon', [1, 120], true, prop(model, 'horizonMonths')),
  num('clv.margin', [0, 1], false, prop(model, 'margin')),
  num('clv.discount', [0, 0.2], false, prop(model, 'monthlyDiscount')),
  date('clv.calibrationEnd', prop(clv, 'calibrationEnd')),
  one('clv.rfm', prop(clv, 'rfmMap'), mapText, mapOf),
  choice('clv.realisedPeriod', CHOICES.clvPeriod, prop(clv, 'realisedPeriod')),
  text('clv.realisedBy', prop(clv, 'realisedBy')),
  num('clv.formulaWindow', [1, 3650], true, prop(clv, 'formulaWindow'), true),
  choice('customers.preset', CHOICES.preset, prop(customers, 'preset'), true),
  list('customers.segment', (v) => SEGMENTS.includes(v), prop(customers, 'segments')),
  one('customers.sort', prop(customers, 'sort'), String, (v) =>
    CUSTOMER_SORTS.includes(v) || isAttr(v) ? v : undefined,
  ),
  one('customers.descending', prop(customers, 'descending'), String, (v) =>
    v === 'true' ? true : v === 'false' ? false : undefined,
  ),
  num('customers.callBelow', [0, 1], false, prop(customers, 'callBelow')),
  num('value.margin', [0, 1], false, prop(value, 'margin')),
  num('value.acquisitionCost', [0, 1e9], false, prop(value, 'acquisitionCost')),
  num('value.discount', [0, 0.2], false, prop(value, 'monthlyDiscount')),
  one('value.horizon', prop(value, 'horizonYears'), String, (v) =>
    HORIZON_YEARS.includes(Number(v)) && /^\d$/.test(v) ? Number(v) : undefined,
  ),
  num('value.delta', [0, 20], false, prop(value, 'delta')),
  num('drivers.landmark', [0, 3650], true, prop(drivers, 'landmarkDays')),
  text('drivers.attribute', prop(drivers, 'selected')),
  num('drivers.pAlive', [0, 1], false, prop(drivers, 'pAliveBelow')),
  num('drivers.contacts', [1, 1000], true, prop(drivers, 'contacts')),
  num('segments.top', [1, MAX_SHOWN], true, prop(segments, 'top')),
  list('segments.pick', isText, prop(segments, 'picked')),
];
