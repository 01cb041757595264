import type { MessageKey } from './en';
import { churnNb } from './messages/nb/churn';
import { clvNb } from './messages/nb/clv';
import { clvDiagnosticsNb } from './messages/nb/clvDiagnostics';
import { cohortsNb } from './messages/nb/cohorts';
import { contextNb } from './messages/nb/context';
import { coreNb } from './messages/nb/core';
import { customersNb } from './messages/nb/customers';
import { driversNb } from './messages/nb/drivers';
import { exportNb } from './messages/nb/export';
import { hardeningNb } from './messages/nb/hardening';
import { progressNb } from './messages/nb/progress';
import { layoutsNb } from './messages/nb/layouts';
import { ingestNb } from './messages/nb/ingest';
import { dataRulesNb } from './messages/nb/dataRules';
import { offlineNb, privacyNb, settingsNb } from './messages/nb/shell';
import { shareSettingsNb } from './messages/nb/settings';
import { layoutNb } from './messages/nb/layout';
import { sessionNb } from './messages/nb/session';
import { valueNb } from './messages/nb/value';

/** Norwegian Bokmål messages: every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const nb: Partial<Record<MessageKey, string>> = {
  ...coreNb,
  ...cohortsNb,
  ...churnNb,
  ...clvNb,
  ...clvDiagnosticsNb,
  ...customersNb,
  ...driversNb,
  ...ingestNb,
  ...dataRulesNb,
  ...offlineNb,
  ...privacyNb,
  ...settingsNb,
  ...shareSettingsNb,
  ...exportNb,
  ...hardeningNb,
  ...progressNb,
  ...layoutsNb,
  ...sessionNb,
  ...valueNb,
  ...contextNb,
  ...layoutNb,
};
