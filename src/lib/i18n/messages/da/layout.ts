import type { layoutEn } from '../layout';
import type { Translation } from '../../locale';

/** Danish: the heatmap's keyboard use and cell totals, and segment breakdowns. */
export const layoutDa: Translation<typeof layoutEn> = {
  'cohorts.heatmap.keys':
    'Ét tabulatorstop: piletasterne flytter mellem cellerne, Home og End går til starten og slutningen af en række, Enter viser kunderne i en celle, og Escape lukker listen.',
  'cohorts.cells.label': 'Cellerne viser',
  'cohorts.cells.rate': 'Andele',
  'cohorts.cells.total': 'Totaler',
  'segments.label': 'Segmenter',
  'segments.top': 'Største',
  'segments.pick': 'Vælg segmenter …',
  'segments.picked': '{n} valgt',
  'segments.largest': 'De {n} største og andre',
  'segments.reset': 'Vis de største igen',
  'segments.about':
    'Hvert segment har samme farve på alle sider: farverne følger størrelsen i hele datasættet. Resten tegnes samlet som »{other}«.',
  'segments.limit': 'Højst {n} segmenter kan sammenlignes på én gang.',
};
