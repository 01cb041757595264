/**
 * Settings that name a column of the data (a segment attribute, a filter, a sort) only mean something
 * once data with that column is loaded. These checks run when data arrive: a name the data lack is
 * dropped (the setting returns to its default) and reported, so the page can say which were ignored.
 */
import type { SettingProblem } from './codec';
import type { LojalSettings } from './schema';

/**
 * Drop from `settings` (in place) every reference to an attribute not in `attributes` (the
 * dataset's segment columns), and a survival input whose file is not loaded (`roles`, when given);
 * return what was dropped, as the link wrote it.
 */
export function dropUnknownColumns(
  settings: LojalSettings,
  attributes: readonly string[],
  roles?: readonly string[],
): SettingProblem[] {
  const has = (name: string) => attributes.includes(name);
  const dropped: SettingProblem[] = [];
  const { cohorts, churn, clv, customers } = settings;
  if (roles && churn.survivalKind && !roles.includes(churn.survivalKind)) {
    dropped.push({ key: 'churn.survival', value: churn.survivalKind });
    churn.survivalKind = null;
    churn.survivalBy = '';
  }
  if (cohorts.anchor.startsWith('attr:') && !has(cohorts.anchor.slice(5))) {
    dropped.push({ key: 'cohorts.anchor', value: cohorts.anchor.slice(5) });
    cohorts.anchor = 'first-purchase';
  }
  if (cohorts.by !== null && !has(cohorts.by)) {
    dropped.push({ key: 'cohorts.by', value: cohorts.by });
    cohorts.by = null;
  }
  if (cohorts.by === null && cohorts.curves === 'segments') cohorts.curves = 'cohorts';
  if (cohorts.filter && !has(cohorts.filter.attribute)) {
    dropped.push({ key: 'cohorts.filter', value: cohorts.filter.attribute });
    cohorts.filter = null;
  }
  if (clv.realisedBy && !has(clv.realisedBy)) {
    dropped.push({ key: 'clv.realisedBy', value: clv.realisedBy });
    clv.realisedBy = '';
  }
  if (customers.sort.startsWith('attr:') && !has(customers.sort.slice(5))) {
    dropped.push({ key: 'customers.sort', value: customers.sort.slice(5) });
    customers.sort = 'revenue';
    customers.descending = true;
  }
  return dropped;
}

/**
 * Drop values of a setting that the data do not hold (a filter value, a survival split column);
 * `available` is what the data offer. Returns the kept values and the dropped ones.
 */
export function keepKnown(
  key: string,
  values: readonly string[],
  available: readonly string[],
): { kept: string[]; dropped: SettingProblem[] } {
  const kept = values.filter((v) => available.includes(v));
  const dropped = values.filter((v) => !available.includes(v)).map((value) => ({ key, value }));
  return { kept, dropped };
}
