import type { Translation } from '../../locale';
import type { settingsEn } from '../settings';

/** Danish: shared settings (the language and currency pickers are in shell.ts). */
export const shareSettingsDa: Translation<typeof settingsEn> = {
  'settings.share': 'Del disse indstillinger',
  'settings.share.about':
    'Linket og indstillingsfilen indeholder kun analyseindstillingerne, aldrig dine data. En kollega, der åbner dem og indlæser de samme filer, ser den samme visning.',
  'settings.copyLink': 'Kopiér link',
  'settings.copied': 'Linket er kopieret',
  'settings.copyManually': 'Kopiér dette link:',
  'settings.save': 'Gem indstillinger',
  'settings.load': 'Indlæs indstillinger',
  'settings.loaded': 'Indstillingerne er indlæst fra {file}.',
  'settings.error.json': '{file} er ikke en indstillingsfil: den er ikke gyldig JSON. Intet blev ændret.',
  'settings.error.format': '{file} er ikke en indstillingsfil fra Lojal. Intet blev ændret.',
  'settings.error.version':
    '{file} er skrevet af en anden version af Lojal (indstillingsversion {value}). Intet blev ændret.',
  'settings.error.value':
    '{file}: indstillingen »{key}« har en værdi, Lojal ikke kan bruge ({value}). Intet blev ændret.',
  'settings.error.read': '{file} kunne ikke læses. Intet blev ændret.',
  'settings.notes.title': 'Nogle indstillinger blev ikke brugt',
  'settings.notes.invalid': '»{value}« er ikke en tilladt værdi; standardværdien bruges.',
  'settings.notes.missing': '»{value}« findes ikke i disse data; standardværdien bruges.',
  'settings.notes.dismiss': 'Luk',
};
