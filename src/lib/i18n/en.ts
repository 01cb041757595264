import { churnEn } from './messages/churn';
import { clvEn } from './messages/clv';
import { clvDiagnosticsEn } from './messages/clvDiagnostics';
import { cohortsEn } from './messages/cohorts';
import { contextEn } from './messages/context';
import { customersEn } from './messages/customers';
import { driversEn } from './messages/drivers';
import { exportEn } from './messages/export';
import { hardeningEn } from './messages/hardening';
import { progressEn } from './messages/progress';
import { layoutsEn } from './messages/layouts';
import { ingestEn } from './messages/ingest';
import { dataRulesEn } from './messages/dataRules';
import { offlineEn } from './messages/offline';
import { privacyEn } from './messages/privacy';
import { settingsEn } from './messages/settings';
import { layoutEn } from './messages/layout';
import { sessionEn } from './messages/session';
import { valueEn } from './messages/value';

/** English messages shared by the whole app. */
export const coreEn = {
  'app.name': 'Lojal',
  'app.tagline': 'Customer retention analytics that never leaves your computer',
  'app.privacy': 'Your files are read by this page only. Nothing is uploaded: no server, no tracking.',
  'landing.title': 'See who comes back, who slips away, and what they are worth',
  'landing.lead':
    'Drop the orders you exported from your shop, CRM or spreadsheet. Lojal computes cohorts, churn, survival and lifetime value right here in your browser.',
  'landing.drop': 'Drop CSV files here',
  'landing.dropHint':
    'Orders, and optionally customers, subscriptions or a tenure table. CSV, TXT or .csv.gz.',
  'landing.pick': 'Choose files…',
  'landing.sample': 'Try sample data',
  'landing.sampleHint': 'A synthetic Nordic shop: 5,000 customers, 40,000 orders over three years.',
  'landing.engineLoading': 'Starting the analysis engine…',
  'landing.engineReady': 'Engine ready',
  'landing.loading': 'Loading {files}…',
  'landing.feature.cohorts': 'Cohort retention',
  'landing.feature.cohortsText':
    'Heatmaps and curves by month, week or quarter, with honest incomplete periods.',
  'landing.feature.churn': 'Churn and survival',
  'landing.feature.churnText': 'Inactivity churn, lifecycle, Kaplan–Meier curves and log-rank tests.',
  'landing.feature.clv': 'Lifetime value',
  'landing.feature.clvText':
    'Realised and predicted CLV with BG/NBD and Gamma-Gamma, fitted in your browser.',
  'nav.sections': 'Sections',
  'nav.overview': 'Overview',
  'nav.cohorts': 'Cohorts',
  'nav.churn': 'Churn',
  'nav.clv': 'Lifetime value',
  'nav.customers': 'Customers',
  'nav.data': 'Data',
  'nav.newData': 'Load other files',
  'section.notBuilt':
    'This analysis is not available yet. It is being built; the overview and data pages work now.',
  'metric.customers': 'Customers',
  'metric.customers.about': 'Distinct customer ids among loaded orders.',
  'metric.orders': 'Orders',
  'metric.orders.about':
    'Orders with a zero or positive amount that are not cancelled (a free order is still a purchase). Line items sharing an order id are one order.',
  'metric.occasions': 'Purchase occasions',
  'metric.occasions.about': 'All orders of one customer on one calendar day count as one occasion.',
  'metric.revenue': 'Net revenue',
  'metric.revenue.about': 'Sum of all order amounts, refunds included as negative amounts.',
  'metric.repeatRate': 'Repeat purchase rate',
  'metric.repeatRate.about': 'Customers with two or more purchase occasions ÷ customers with at least one.',
  'metric.averageOrderValue': 'Average order value',
  'metric.averageOrderValue.about': 'Net revenue ÷ orders.',
  'metric.refunds': 'Refunds',
  'metric.refunds.about': 'Orders with a negative amount. They reduce revenue and are never a purchase.',
  'overview.period': '{first} – {last}',
  'overview.asOf': 'As of {date}',
  'overview.title': 'Overview',
  'overview.monthly.title': 'Active customers by month',
  'overview.monthly.about':
    'Customers with at least one purchase occasion in the month: new (their first purchase) and returning (bought before). Hover a month for its net revenue.',
  'overview.monthly.new': 'New',
  'overview.monthly.returning': 'Returning',
  'overview.monthly.revenue': 'Net revenue',
  'overview.monthly.month': 'Month',
  'common.table': 'Table',
  'common.showTable': 'Show table',
  'common.showChart': 'Show chart',
  'common.showSql': 'SQL',
  'common.hideSql': 'Hide SQL',
  'data.title': 'Data',
  'data.rows': '{read} rows read · {loaded} loaded · {rejected} rejected',
  'data.file': 'File',
  'data.role': 'Role',
  'data.read': 'Read',
  'data.loaded': 'Loaded',
  'data.rejected': 'Rejected',
  'data.reasons': 'Why rows were rejected',
  'data.downloadRejects': 'Download rejected rows (CSV)',
  'data.noRejects': 'Every row was loaded.',
  'role.orders': 'Orders',
  'role.customers': 'Customers',
  'role.subscriptions': 'Subscriptions',
  'role.tenure': 'Tenure table',
  'error.title': 'Something went wrong',
  'error.dismiss': 'Dismiss',
  'error.details': 'Details',
  'error.noOrders': 'Add an orders file (or a tenure table) to analyse.',
  'common.unavailable': '—',
} as const;

/** English messages: the complete catalogue every other language is checked against. */
export const en = {
  ...coreEn,
  ...cohortsEn,
  ...churnEn,
  ...clvEn,
  ...clvDiagnosticsEn,
  ...customersEn,
  ...driversEn,
  ...ingestEn,
  ...dataRulesEn,
  ...offlineEn,
  ...privacyEn,
  ...settingsEn,
  ...exportEn,
  ...hardeningEn,
  ...progressEn,
  ...layoutsEn,
  ...sessionEn,
  ...valueEn,
  ...contextEn,
  ...layoutEn,
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;
