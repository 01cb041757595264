/** Which language and which number, date and currency conventions Lojal uses. Pure. */

/** Languages Lojal speaks: English, Norwegian Bokmål, Danish. */
export type Locale = 'en' | 'nb' | 'da';

/** Every locale, in the order the language picker shows them. */
export const LOCALES: readonly Locale[] = ['en', 'nb', 'da'];

/** Each language in its own words, as a picker must show it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', nb: 'Norsk bokmål', da: 'Dansk' };

/** Currencies the money picker offers (ISO 4217). `null`: plain numbers, no symbol. */
export const CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR', 'GBP', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * The language for the browser's preference list (`navigator.languages`): the first entry Lojal
 * speaks wins. Norwegian in any form (`nb`, `no`, `nn`, with or without a region) reads Bokmål.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split(/[-_]/)[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'da') return 'da';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/**
 * The BCP 47 tag every `Intl` formatter gets: language and region, plus the chosen currency as the
 * standard Unicode extension `-u-cu-…` (`nb-NO-u-cu-nok`), read back by `formatMoney`.
 */
export function localeTag(locale: Locale, currency: string | null = null): string {
  const base = { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' }[locale];
  return currency ? `${base}-u-cu-${currency.toLowerCase()}` : base;
}

/** A stored string if it names a locale, else null (storage can hold anything). */
export function asLocale(value: unknown): Locale | null {
  return LOCALES.includes(value as Locale) ? (value as Locale) : null;
}

/** A stored string if it names a currency or says "none", else undefined (not chosen). */
export function asCurrency(value: unknown): Currency | null | undefined {
  if (value === 'none') return null;
  return CURRENCIES.includes(value as Currency) ? (value as Currency) : undefined;
}

/**
 * One area's catalogue in another language: the English keys, each translated. Optional at the type
 * level so that a key added in English never breaks the build; test/unit/i18n/catalogues.test.ts fails
 * until it is translated.
 */
export type Translation<T> = { [K in keyof T]?: string };
