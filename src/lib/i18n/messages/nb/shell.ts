import type { offlineEn } from '../offline';
import type { privacyEn } from '../privacy';
import type { settingsEn } from '../settings';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the offline copy and its update prompt. */
export const offlineNb: Translation<typeof offlineEn> = {
  'offline.saving': 'Lagrer for bruk uten nett …',
  'offline.savingHint':
    'Laster ned appen og databasemotoren én gang, slik at den også åpner uten nettilkobling.',
  'offline.ready': 'Virker uten nett',
  'offline.readyHint':
    'Denne versjonen av Lojal er lagret i nettleseren og åpner og virker uten nettilkobling.',
  'offline.failed': 'Ikke lagret for bruk uten nett',
  'offline.failedHint':
    'Nettleseren kunne ikke lagre en kopi (lagringen er full eller blokkert). Lojal virker fortsatt så lenge du er på nett.',
  'offline.update': 'En ny versjon av Lojal er klar.',
  'offline.reload': 'Last inn på nytt',
};

/** Norwegian Bokmål: the "data stays on this device" note. */
export const privacyNb: Translation<typeof privacyEn> = {
  'privacy.title': 'Dataene dine blir på denne enheten',
  'privacy.notStoredHeading': 'Lagres ikke',
  'privacy.storedHeading': 'Lagres på denne enheten',
  'privacy.read':
    'Filene dine leses av denne siden, i denne fanen. De lastes aldri opp: Lojal har ingen server, ingen konto, ingen informasjonskapsler og ingen analyseverktøy.',
  'privacy.memory':
    'Innlastede data finnes i minnet til denne fanen. Når du laster inn siden på nytt eller lukker fanen, er de borte, med mindre du har valgt å beholde dem (nedenfor).',
  'privacy.notStored':
    'Ingen rader fra filene dine (ingen kunder, ordrer eller beløp) skrives til nettleserens lagring med mindre du krysser av for «Behold disse dataene på denne enheten».',
  'privacy.appCache':
    'En kopi av selve appen (koden, databasemotoren og eksempeldataene) i nettleserens hurtigbuffer, slik at den åpner uten nett. Den inneholder ingen av dataene dine.',
  'privacy.mappings':
    'Når du trykker Last inn, huskes oppsettet du bekreftet, i nettleserens lokale lagring: kolonnenavnene, hva hver kolonne betyr, tall- og datoformatene og statusene du merket som kansellert. Neste måneds eksport med de samme kolonnene lastes da inn på samme måte.',
  'privacy.language': 'Velger du språk eller valuta, huskes valget i nettleserens lokale lagring.',
  'privacy.downloads': 'Filer du eksporterer, lagres der nettleseren lagrer nedlastinger.',
  'privacy.policy':
    'Sidens sikkerhetsregler forbyr den å koble seg til noe annet enn adressen den ble lastet fra, så data kan ikke sendes andre steder, heller ikke ved et uhell.',
  'privacy.remove':
    '«Glem alle data» sletter lagrede økter, huskede kolonneoppsett og språkvalget. Kopien av appen inneholder ingen data; vil du fjerne den også, sletter du nettstedsdataene for denne siden i nettleserens innstillinger.',
};

/** Norwegian Bokmål: the language and currency pickers. */
export const settingsNb: Translation<typeof settingsEn> = {
  'settings.language': 'Språk',
  'settings.currency': 'Valuta for beløp',
  'settings.currencyNone': 'Uten symbol',
};
