import type { MessageKey } from './en';

/** Danish messages, every key of `en` (test/unit/i18n/catalogues.test.ts checks). */
export const da: Partial<Record<MessageKey, string>> = {};
