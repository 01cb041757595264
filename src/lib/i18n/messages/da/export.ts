import type { exportEn } from '../export';
import type { Translation } from '../../locale';

/** Danish: exports and the printable report. */
export const exportDa: Translation<typeof exportEn> = {
  'export.group': 'Eksportér »{title}«',
  'export.hint.svg':
    'Download diagrammet som SVG-fil: skarp i alle størrelser, til præsentationer og dokumenter',
  'export.hint.png': 'Download diagrammet som PNG-billede i dobbelt skærmopløsning, til e-mail',
  'export.hint.csv': 'Download tallene bag denne figur som CSV-fil til et regneark',
  'export.working': 'Laver filen …',
  'export.failed': 'Filen kunne ikke laves: {message}',
  'export.col.cohort': 'Kohorte',
  'export.col.customers': 'Kunder',
  'export.col.completePeriods': 'Fuldstændige perioder',
  'export.col.series': 'Linje',
  'export.col.value': 'Værdi',
  'export.col.lower': 'Nedre grænse (95 %)',
  'export.col.upper': 'Øvre grænse (95 %)',
  'export.unit.share': 'andel, 0–1',
  'export.print': 'Udskriv rapport',
  'export.hint.print':
    'Udskriv denne side som en rapport på én side, eller gem den som PDF til at vedhæfte en e-mail',
  'export.report.title': 'Lojal-rapport · {section}',
  'export.report.rows': '{loaded} rækker indlæst af {read} læst ({rejected} afvist)',
  'export.report.period': 'Ordrer fra {first} til {last}',
  'export.report.asOf': 'Pr. {date} (sidste ordredato, medmindre en indstilling nedenfor siger andet)',
  'export.report.settings': 'Indstillinger',
  'export.report.defaults': 'Sidens standardindstillinger.',
  'export.report.on': 'til',
  'export.report.off': 'fra',
  'export.report.none': 'ingen',
  'export.report.footer':
    'Lavet med Lojal i browseren ud fra filerne ovenfor; ingen data forlod denne computer. Definitionen af hvert tal står på siden ved hver figur.',
};
