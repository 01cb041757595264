/**
 * English messages of the model diagnostics (METRICS.md §6 "Fit diagnostics"), the three lifetime
 * values side by side, and the customers to call.
 */
export const clvDiagnosticsEn = {
  'clv.diag.title': 'The model behind these numbers cannot be trusted on these data',
  'clv.diag.lead':
    'Every number marked “unreliable” rests on this fit. Use them as a rough guide at most until the warnings below are gone.',
  'clv.diag.badge': 'Unreliable',
  'clv.diag.badgeAbout':
    'Rests on a model fit with warnings (see “The model behind these numbers cannot be trusted” at the top of the page).',
  'clv.diag.column': '{label} — unreliable: {codes}',
  'clv.diag.notIdentified.dropout':
    'No evidence of drop-out in these data: the purchase model fits best when nobody ever stops buying, so P(alive) ≈ 100 % for everyone is an artefact of the model, not a finding, and predicted purchases and CLV assume that nobody ever leaves. Try a shorter calibration window or a longer history, or judge who has lapsed by inactivity on the Churn page.',
  'clv.diag.notIdentified.param':
    'The data cannot pin down the parameter {parameter}: its standard error ({se}) is larger than the estimate ({value}). Numbers that rest on it may be far off. More customers, a longer history or another time unit help.',
  'clv.diag.notIdentified.any':
    'The standard errors could not be computed: the likelihood is flat in some direction, so these data do not determine the parameters. Treat the predictions as rough; a longer history helps.',
  'clv.diag.holdoutMiss':
    'The holdout check misses by {miss}: fitted on the data up to the calibration end, the model predicted {predicted} repeat purchases after it, and {actual} happened. Expect predictions ahead to be off by as much. Try another calibration end or time unit, or a longer history.',
  'clv.diag.excludedSpend':
    '{excluded} repeat buyers have a mean repeat spend of zero or less (refunds outweigh their purchases). They are left out of the spend model and given its population mean, {spend} per purchase, since there is no individual evidence for them.',
  'clv.diag.model.bgnbd': 'Purchase model (BG/NBD): P(alive), expected purchases and predicted CLV.',
  'clv.diag.model.gammaGamma': 'Spend model (Gamma-Gamma): expected spend and predicted CLV.',

  'clv.answer.title': 'What your customers are worth in the next {months} months',
  'clv.answer.about':
    'Predicted by the purchase and spend models fitted on every customer’s history up to the as-of date. Margin and discount as set above.',
  'clv.answer.histogram': 'Predicted CLV per customer',
  'clv.answer.histogramX': 'Predicted CLV',
  'clv.answer.histogramY': 'Customers',
  'clv.answer.openBin': '{from} or more',
  'clv.answer.top': 'Top {n} customers by predicted CLV',
  'clv.answer.col.customer': 'Customer',
  'clv.answer.col.revenue': 'Revenue so far',
  'clv.answer.col.purchases': 'Expected purchases',
  'clv.answer.col.clv': 'Predicted CLV',
  'clv.answer.historic':
    'So far customers have spent {historic} each on average ({total} in all, up to {asOf}); the model expects {predicted} each in the next {months} months ({predictedTotal} in all).',
  'clv.answer.share': 'The top 10 % of customers hold {share} of the predicted value.',

  'clv.three.title': 'Three lifetime values, and what each rests on',
  'clv.three.about':
    'They answer different questions, so they differ: predicted is what today’s customers are expected to bring in the coming months; the formula is an average customer’s whole lifetime at today’s churn; realised is what past cohorts actually spent in their first 12 months.',
  'clv.three.predicted': 'Predicted, next {months} months, per customer',
  'clv.three.predictedBasis': '{n} customers, models fitted on {from} – {to}',
  'clv.three.formula': 'Formula (lifetime), per customer',
  'clv.three.formulaBasis':
    'average order value {aov} × {frequency} purchases a month × margin {margin} ÷ churn {churn} a month, discounted {discount} a month',
  'clv.three.realised': '12-month realised value, per customer',
  'clv.three.realisedBasis':
    '{cohorts} cohorts, {customers} customers (those whose first 12 months are over)',
  'clv.three.realisedOne': '1 cohort, {customers} customers (those whose first 12 months are over)',
  'clv.three.none': 'not available yet',
  'clv.three.realisedNone': 'no cohort has completed 12 months yet',

  'clv.details.summary': 'Model parameters, standard errors and how the fit went',

  'customers.call.threshold': 'Call below P(alive)',
  'customers.call.flag': 'Call',
  'customers.call.flagAbout':
    '{segment}, but P(alive) is only {pAlive} (below {threshold}): the RFM segment says best customer, the model says they may be slipping away.',
  'customers.call.note':
    '{n} Champions and Loyal customers have a P(alive) below {threshold}: they are the ones to call. Their segment rests on past spending; the model sees that they have not bought for unusually long.',
  'customers.preset.toCall': 'Ones to call',
  'customers.preset.toCall.about':
    'Champions and Loyal customers whose P(alive) has fallen below the threshold you set, least likely alive first.',
} as const;
