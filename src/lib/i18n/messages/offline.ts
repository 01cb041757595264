/** English messages of the offline copy (service worker) and its update prompt. */
export const offlineEn = {
  'offline.saving': 'Saving for offline use…',
  'offline.savingHint':
    'Downloading the app and its database engine once, so it also opens without a network.',
  'offline.ready': 'Available offline',
  'offline.readyHint':
    'This version of Lojal is saved in your browser and opens and works without a network connection.',
  'offline.failed': 'Not saved for offline use',
  'offline.failedHint':
    'The browser could not keep a copy (storage full or blocked). Lojal still works while you are online.',
  'offline.update': 'A new version of Lojal is ready.',
  'offline.reload': 'Reload',
} as const;
