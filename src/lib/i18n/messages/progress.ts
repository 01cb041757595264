/** English messages of long work: a figure's query still running, its cancel and its re-run. */
export const progressEn = {
  'progress.running': 'Computing…',
  'progress.elapsed': '{seconds} s',
  'progress.fraction': '{percent} done',
  'progress.cancel': 'Cancel',
  'progress.cancelHint': 'Stop this calculation; the rest of the page keeps working',
  'progress.cancelled': 'Calculation cancelled.',
  'progress.rerun': 'Run again',
} as const;
