import type { exportEn } from '../export';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: exports and the printable report. */
export const exportNb: Translation<typeof exportEn> = {
  'export.group': 'Eksporter «{title}»',
  'export.hint.svg':
    'Last ned diagrammet som SVG-fil: skarp i alle størrelser, for presentasjoner og dokumenter',
  'export.hint.png': 'Last ned diagrammet som PNG-bilde i dobbel skjermoppløsning, for e-post',
  'export.hint.csv': 'Last ned tallene bak denne figuren som CSV-fil til et regneark',
  'export.working': 'Lager filen …',
  'export.failed': 'Filen kunne ikke lages: {message}',
  'export.col.cohort': 'Kohort',
  'export.col.customers': 'Kunder',
  'export.col.completePeriods': 'Fullstendige perioder',
  'export.col.series': 'Linje',
  'export.col.value': 'Verdi',
  'export.col.lower': 'Nedre grense (95 %)',
  'export.col.upper': 'Øvre grense (95 %)',
  'export.unit.share': 'andel, 0–1',
  'export.print': 'Skriv ut rapport',
  'export.hint.print':
    'Skriv ut denne siden som en rapport på én side, eller lagre den som PDF for å legge ved en e-post',
  'export.report.title': 'Lojal-rapport · {section}',
  'export.report.rows': '{loaded} rader lastet inn av {read} lest ({rejected} avvist)',
  'export.report.period': 'Ordrer fra {first} til {last}',
  'export.report.asOf': 'Per {date} (siste ordredato, med mindre en innstilling nedenfor sier noe annet)',
  'export.report.settings': 'Innstillinger',
  'export.report.defaults': 'Sidens standardinnstillinger.',
  'export.report.on': 'på',
  'export.report.off': 'av',
  'export.report.none': 'ingen',
  'export.report.footer':
    'Laget med Lojal i nettleseren fra filene ovenfor; ingen data forlot denne datamaskinen. Definisjonen av hvert tall står på siden ved hver figur.',
};
