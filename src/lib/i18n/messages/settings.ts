/** English messages of the language and currency pickers in the page header. */
export const settingsEn = {
  'settings.language': 'Language',
  'settings.currency': 'Currency of amounts',
  'settings.currencyNone': 'No symbol',
} as const;
