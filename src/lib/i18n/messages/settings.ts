/** English messages of the header's settings: language and currency pickers, and shared settings. */
export const settingsEn = {
  'settings.language': 'Language',
  'settings.currency': 'Currency of amounts',
  'settings.currencyNone': 'No symbol',
  'settings.share': 'Share these settings',
  'settings.share.about':
    'The link and the settings file hold the analysis settings only, never your data. A colleague who opens them and loads the same files sees the same view.',
  'settings.copyLink': 'Copy link',
  'settings.copied': 'Link copied',
  'settings.copyManually': 'Copy this link:',
  'settings.save': 'Save settings',
  'settings.load': 'Load settings',
  'settings.loaded': 'Settings loaded from {file}.',
  'settings.error.json': '{file} is not a settings file: it is not valid JSON. Nothing was changed.',
  'settings.error.format': '{file} is not a Lojal settings file. Nothing was changed.',
  'settings.error.version':
    '{file} was written by another version of Lojal (settings version {value}). Nothing was changed.',
  'settings.error.value':
    '{file}: the setting “{key}” has a value Lojal cannot use ({value}). Nothing was changed.',
  'settings.error.read': '{file} could not be read. Nothing was changed.',
  'settings.notes.title': 'Some settings were not used',
  'settings.notes.invalid': '“{value}” is not an allowed value; the default is used.',
  'settings.notes.missing': '“{value}” is not in these data; the default is used.',
  'settings.notes.dismiss': 'Dismiss',
} as const;
