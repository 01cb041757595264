import type { layoutEn } from '../layout';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the heatmap's keyboard use and cell totals, and segment breakdowns. */
export const layoutNb: Translation<typeof layoutEn> = {
  'cohorts.heatmap.keys':
    'Ett tabulatorstopp: piltastene flytter mellom cellene, Home og End går til starten og slutten av en rad, Enter viser kundene i en celle og Escape lukker listen.',
  'cohorts.cells.label': 'Cellene viser',
  'cohorts.cells.rate': 'Andeler',
  'cohorts.cells.total': 'Totaler',
  'segments.label': 'Segmenter',
  'segments.top': 'Største',
  'segments.pick': 'Velg segmenter …',
  'segments.picked': '{n} valgt',
  'segments.largest': 'De {n} største og andre',
  'segments.reset': 'Vis de største igjen',
  'segments.about':
    'Hvert segment har samme farge på alle sider: fargene følger størrelsen i hele datasettet. Resten tegnes samlet som «{other}».',
  'segments.limit': 'Høyst {n} segmenter kan sammenlignes samtidig.',
};
