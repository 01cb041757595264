import type { MessageKey } from './en';
import { churnDa } from './messages/da/churn';
import { clvDa } from './messages/da/clv';
import { cohortsDa } from './messages/da/cohorts';
import { coreDa } from './messages/da/core';
import { customersDa } from './messages/da/customers';
import { exportDa } from './messages/da/export';
import { hardeningDa } from './messages/da/hardening';
import { progressDa } from './messages/da/progress';
import { ingestDa } from './messages/da/ingest';
import { offlineDa, privacyDa, settingsDa } from './messages/da/shell';
import { shareSettingsDa } from './messages/da/settings';
import { layoutDa } from './messages/da/layout';
import { sessionDa } from './messages/da/session';

/** Danish messages: every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const da: Partial<Record<MessageKey, string>> = {
  ...coreDa,
  ...cohortsDa,
  ...churnDa,
  ...clvDa,
  ...customersDa,
  ...ingestDa,
  ...offlineDa,
  ...privacyDa,
  ...settingsDa,
  ...shareSettingsDa,
  ...exportDa,
  ...hardeningDa,
  ...progressDa,
  ...sessionDa,
  ...layoutDa,
};
