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
  'recovery.sample': 'Analyse a {percent} sample of customers',
  'limits.fits': 'Loading needs about {need} of memory; this tab can give about {budget}.',
  'limits.tight':
    'Loading needs about {need} of the {budget} of memory this tab can give. It should fit, but other tabs may have to give way.',
  'limits.tooLarge':
    'These files need about {need} of memory to load, more than the {budget} this tab can give. Loaded whole, they would most likely make the analysis engine stop.',
  'limits.budget':
    'The limit is half of this device’s memory, at most 3 GB: a browser gives one tab’s database no more (32-bit WebAssembly).',
  'limits.sampleOffer':
    'Analyse a random sample of customers instead. Every order of each sampled customer is kept, so rates, averages, curves and models stay unbiased; counts and sums are of the sample.',
  'limits.share': 'Share of customers',
  'limits.loadSample': 'Load a {percent} sample',
  'sample.notice':
    'A random sample: {percent} of customers ({customers}), each with all of their orders. Counts and sums are of the sample; rates, averages, curves and models estimate the whole.',
  'sample.noticeShort': 'A random sample: {percent} of customers, each with all of their orders.',
} as const;
