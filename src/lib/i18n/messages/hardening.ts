/** English messages of crash recovery, memory limits and sampling. */
export const hardeningEn = {
  'recovery.reason.memory': 'it ran out of memory',
  'recovery.reason.crashed': 'its worker ended unexpectedly',
  'recovery.restarting':
    'The analysis engine stopped ({reason}). Restarting it and reading your files again…',
  'recovery.recovered':
    'The analysis engine stopped ({reason}) and was restarted. Your files were read again and your settings are kept.',
  'recovery.failed': 'The analysis engine stopped again ({reason}).',
  'recovery.failedHint.memory':
    'This data needs more memory than the browser gives this tab. Analyse a random sample of customers, or load a smaller file: fewer months, or one row per customer and day (see the README).',
  'recovery.failedHint.crashed':
    'Try again, or load other files. Closing other tabs frees memory for this one.',
  'recovery.retry': 'Try again',
  'recovery.newData': 'Load other files',
  'recovery.dismiss': 'Dismiss',
} as const;
