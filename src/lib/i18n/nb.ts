import type { MessageKey } from './en';
import { churnNb } from './messages/nb/churn';
import { clvNb } from './messages/nb/clv';
import { cohortsNb } from './messages/nb/cohorts';
import { coreNb } from './messages/nb/core';
import { customersNb } from './messages/nb/customers';
import { exportNb } from './messages/nb/export';
import { hardeningNb } from './messages/nb/hardening';
import { progressNb } from './messages/nb/progress';
import { ingestNb } from './messages/nb/ingest';
import { offlineNb, privacyNb, settingsNb } from './messages/nb/shell';
import { shareSettingsNb } from './messages/nb/settings';
import { layoutNb } from './messages/nb/layout';
import { sessionNb } from './messages/nb/session';

/** Norwegian Bokmål messages: every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const nb: Partial<Record<MessageKey, string>> = {
  ...coreNb,
  ...cohortsNb,
  ...churnNb,
  ...clvNb,
  ...customersNb,
  ...ingestNb,
  ...offlineNb,
  ...privacyNb,
  ...settingsNb,
  ...shareSettingsNb,
  ...exportNb,
  ...hardeningNb,
  ...progressNb,
  ...sessionNb,
  ...layoutNb,
};
