/** English messages of the "data stays on this device" note. */
export const privacyEn = {
  'privacy.title': 'Your data stays on this device',
  'privacy.notStoredHeading': 'Not stored',
  'privacy.storedHeading': 'Stored on this device',
  'privacy.read':
    'Your files are read by this page, in this browser tab. They are never uploaded: Lojal has no server, no account, no cookies and no analytics.',
  'privacy.memory':
    'Loaded data lives in the memory of this tab. Reloading or closing the tab forgets it, unless you chose to keep it (below).',
  'privacy.notStored':
    'No row of your files (no customer, order or amount) is written to the browser’s storage unless you tick “Keep this data on this device”.',
  'privacy.appCache':
    'A copy of the app itself (its code, the database engine and the sample data), kept in the browser’s cache so that it opens without a network. It holds none of your data.',
  'privacy.mappings':
    'When you press Load, the layout you confirmed is remembered in the browser’s local storage: the column names, which column means what, the number and date formats and the statuses you marked as cancelled. Next month’s export with the same columns then loads the same way.',
  'privacy.language':
    'If you pick a language or a currency, that choice is remembered in the browser’s local storage.',
  'privacy.downloads': 'Files you export are saved wherever your browser saves downloads.',
  'privacy.policy':
    'The page’s security policy forbids it to connect anywhere except the address it was loaded from, so data cannot be sent elsewhere, even by mistake.',
  'privacy.remove':
    '“Forget all data” deletes saved sessions, remembered layouts and the language choice. The offline copy of the app holds no data; to remove it too, clear this site’s data in your browser’s settings.',
} as const;
