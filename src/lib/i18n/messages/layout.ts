/** English messages of the heatmap's keyboard use and cell totals, and of segment breakdowns. */
export const layoutEn = {
  'cohorts.heatmap.keys':
    'One tab stop: arrow keys move between cells, Home and End go to the start and end of a row, Enter lists the customers of a cell and Escape closes the list.',
  'cohorts.cells.label': 'Cells show',
  'cohorts.cells.rate': 'Rates',
  'cohorts.cells.total': 'Totals',
  'segments.label': 'Segments',
  'segments.top': 'Largest',
  'segments.pick': 'Choose segments…',
  'segments.picked': '{n} chosen',
  'segments.largest': 'Largest {n} and other',
  'segments.reset': 'Show the largest again',
  'segments.about':
    'Each segment keeps its colour on every page: colours go by size over the whole data set. The rest are drawn together as “{other}”.',
  'segments.limit': 'At most {n} segments can be compared at once.',
} as const;
