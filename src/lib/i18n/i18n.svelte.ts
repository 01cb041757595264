import { da } from './da';
import { en, type MessageKey } from './en';
import { shownCurrency, type CurrencyDecision } from '../analysis/currency';
import { asCurrency, asLocale, localeTag, pickLocale, type Currency, type Locale } from './locale';
import { nb } from './nb';
import { fillMessage } from './plural';

export type { Locale } from './locale';

/** Every catalogue. English is complete; the others fall back to it key by key (a test checks them). */
const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { en, nb, da };

/** localStorage keys: written only when the user picks explicitly (see the privacy note). */
const LOCALE_KEY = 'lojal.locale';
const CURRENCY_KEY = 'lojal.currency';

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked (private mode, policies): fall back to the browser's preference
  }
}

function store(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
}

class I18n {
  /** The language: the user's stored choice, else the first of the browser's languages Lojal speaks. */
  locale = $state<Locale>(asLocale(stored(LOCALE_KEY)) ?? pickLocale(globalThis.navigator?.languages ?? []));
  /** The user's currency choice (`null`: none); `undefined` until they pick one. */
  #currency = $state<string | null | undefined>(asCurrency(stored(CURRENCY_KEY)));

  constructor() {
    this.#applyLang();
  }

  /** The message for `key` with `{name}` placeholders filled in. Text only: never rendered as HTML. */
  t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const template = catalogues[this.locale][key] ?? en[key];
    return fillMessage(template, params, this.tag);
  };

  /** What the loaded data say about their currency (a currency column); null before any data. */
  dataCurrency = $state.raw<CurrencyDecision | null>(null);

  /**
   * Money amounts' currency: the user's choice, else the one the data name, else none. Never the
   * language's: a Norwegian reader of a UK shop's export sees pounds or no symbol, not kroner.
   */
  get currency(): string | null {
    return shownCurrency(this.#currency, this.dataCurrency);
  }

  /** The currency the user picked (null: "no symbol"), or undefined when they have not picked one. */
  get chosenCurrency(): Currency | null | undefined {
    const c = this.#currency;
    return c === undefined || c === null ? c : (asCurrency(c) ?? undefined);
  }

  /** BCP 47 tag for `Intl` number and date formats, with the currency as `-u-cu-…` (see format.ts). */
  get tag(): string {
    return localeTag(this.locale, this.currency);
  }

  /** Switch language now and remember it for the next visit. */
  setLocale(locale: Locale): void {
    this.locale = locale;
    store(LOCALE_KEY, locale);
    this.#applyLang();
  }

  /** Switch currency (`null`: plain numbers) and remember it. */
  setCurrency(currency: string | null): void {
    this.#currency = currency;
    store(CURRENCY_KEY, currency ?? 'none');
  }

  /** Screen readers and hyphenation follow `<html lang>`. */
  #applyLang(): void {
    if (globalThis.document) document.documentElement.lang = this.locale;
  }
}

/** The app's one translator. */
export const i18n = new I18n();
export const t = i18n.t;
