import { en, type MessageKey } from './en';

/** Languages Lojal speaks. English is complete; others fall back to it key by key. */
export type Locale = 'en';

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { en };

class I18n {
  locale = $state<Locale>('en');

  /** The message for `key` with `{name}` placeholders filled in. Text only: never rendered as HTML. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const template = catalogues[this.locale][key] ?? en[key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };

  /** BCP 47 tag used for number and date formats. */
  get tag(): string {
    return { en: 'en-GB' }[this.locale];
  }
}

/** The app's one translator. */
export const i18n = new I18n();
export const t = i18n.t;
