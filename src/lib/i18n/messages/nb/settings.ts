import type { Translation } from '../../locale';
import type { settingsEn } from '../settings';

/** Norwegian Bokmål: shared settings (the language and currency pickers are in shell.ts). */
export const shareSettingsNb: Translation<typeof settingsEn> = {
  'settings.share': 'Del disse innstillingene',
  'settings.share.about':
    'Lenken og innstillingsfilen inneholder bare analyseinnstillingene, aldri dataene dine. En kollega som åpner dem og laster de samme filene, ser den samme visningen.',
  'settings.copyLink': 'Kopier lenke',
  'settings.copied': 'Lenken er kopiert',
  'settings.copyManually': 'Kopier denne lenken:',
  'settings.save': 'Lagre innstillinger',
  'settings.load': 'Last inn innstillinger',
  'settings.loaded': 'Innstillingene er lastet inn fra {file}.',
  'settings.error.json': '{file} er ikke en innstillingsfil: den er ikke gyldig JSON. Ingenting ble endret.',
  'settings.error.format': '{file} er ikke en innstillingsfil fra Lojal. Ingenting ble endret.',
  'settings.error.version':
    '{file} er skrevet av en annen versjon av Lojal (innstillingsversjon {value}). Ingenting ble endret.',
  'settings.error.value':
    '{file}: innstillingen «{key}» har en verdi Lojal ikke kan bruke ({value}). Ingenting ble endret.',
  'settings.error.read': '{file} kunne ikke leses. Ingenting ble endret.',
  'settings.notes.title': 'Noen innstillinger ble ikke brukt',
  'settings.notes.invalid': '«{value}» er ikke en tillatt verdi; standardverdien brukes.',
  'settings.notes.missing': '«{value}» finnes ikke i disse dataene; standardverdien brukes.',
  'settings.notes.dismiss': 'Lukk',
};
