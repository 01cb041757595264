/** English messages of saved sessions: keeping loaded data on this device, reopening it, forgetting it. */
export const sessionEn = {
  'session.keep': 'Keep this data on this device',
  'session.keepWhat':
    'Saves a copy of {files} ({size}) and how they were read (column mapping, date order, cancelled statuses{sample}) in this browser’s private storage for this site (the origin-private file system, not a folder you can see). Nothing is uploaded. You can then open it again after closing the tab.',
  'session.keepSample': ', the {percent} sample',
  'session.keptWhat':
    'Kept on this device: {files} ({size}), saved {date}. Untick to delete it; “Forget all data” deletes everything.',
  'session.saving': 'Saving a copy on this device…',
  'session.notPersisted':
    'The browser may still clear it if the disk runs low on space, as it can with any site’s storage.',
  'session.problem.unsupported':
    'This browser cannot keep files for this site (private browsing, or storage blocked in its settings). Nothing was kept.',
  'session.problem.quota':
    'There is not enough room in this browser’s storage for {size}. Nothing was kept. Delete saved sessions on the start page, or keep working without saving.',
  'session.problem.failed': 'The copy could not be saved ({detail}). Nothing was kept.',
  'session.problem.missing': 'This saved session is gone or damaged ({detail}). Delete it from the list.',
  'session.problem.changed':
    'The kept files no longer read as they did when saved ({detail}). Delete the session and load the files again.',
  'session.listTitle': 'Saved on this device',
  'session.listAbout':
    'Sessions you chose to keep: the files and how they were read, in this browser’s private storage for this site. Opening one loads it again here; nothing is uploaded.',
  'session.saved': 'saved {date}',
  'session.fileCount': '{count} files',
  'session.oneFile': '1 file',
  'session.sample': '{percent} sample of customers',
  'session.open': 'Open',
  'session.opening': 'Opening…',
  'session.delete': 'Delete',
  'session.deleteLabel': 'Delete the saved session {name}',
  'session.openLabel': 'Open the saved session {name}',
  'session.unreadable': 'An incomplete or damaged save',
  'session.forget': 'Forget all data',
  'session.forgetHint':
    'Deletes every saved session, the remembered column layouts and your language and currency choice from this browser.',
  'session.forgetting': 'Deleting…',
  'session.afterTitle': 'Stored by this site now',
  'session.afterFiles': 'Private file storage: {names}',
  'session.afterFilesEmpty': 'Private file storage: empty',
  'session.afterFilesUnknown': 'Private file storage: not available in this browser',
  'session.afterKeys': 'Lojal entries in local storage: {keys}',
  'session.afterKeysEmpty': 'Lojal entries in local storage: none',
  'session.afterUsage':
    'The browser reports {usage} in use by this site; files: {files}; the offline copy of the app (no data): {caches}.',
  'session.afterUsageTotal':
    'The browser reports {usage} in use by this site (the offline copy of the app holds no data).',
  'session.privacyKept':
    'Only if you tick “Keep this data on this device” after loading: a copy of the files you loaded and how they were read, in this browser’s private storage for this site (the origin-private file system). It stays until you delete it.',
} as const;
