import type { MessageKey } from './en';
import { churnDa } from './messages/da/churn';
import { clvDa } from './messages/da/clv';
import { clvDiagnosticsDa } from './messages/da/clvDiagnostics';
import { cohortsDa } from './messages/da/cohorts';
import { contextDa } from './messages/da/context';
import { coreDa } from './messages/da/core';
import { customersDa } from './messages/da/customers';
import { driversDa } from './messages/da/drivers';
import { exportDa } from './messages/da/export';
import { hardeningDa } from './messages/da/hardening';
import { progressDa } from './messages/da/progress';
import { layoutsDa } from './messages/da/layouts';
import { ingestDa } from './messages/da/ingest';
import { dataRulesDa } from './messages/da/dataRules';
import { offlineDa, privacyDa, settingsDa } from './messages/da/shell';
import { shareSettingsDa } from './messages/da/settings';
import { layoutDa } from './messages/da/layout';
import { sessionDa } from './messages/da/session';
import { valueDa } from './messages/da/value';

/** Danish messages: every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const da: Partial<Record<MessageKey, string>> = {
  ...coreDa,
  ...cohortsDa,
  ...churnDa,
  ...clvDa,
  ...clvDiagnosticsDa,
  ...customersDa,
  ...driversDa,
  ...ingestDa,
  ...dataRulesDa,
  ...offlineDa,
  ...privacyDa,
  ...settingsDa,
  ...shareSettingsDa,
  ...exportDa,
  ...hardeningDa,
  ...progressDa,
  ...layoutsDa,
  ...sessionDa,
  ...valueDa,
  ...contextDa,
  ...layoutDa,
};
