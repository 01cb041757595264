/** English messages of the clv section. */
export const clvEn = {
  'clv.table': 'Table',
  'clv.sql': 'SQL',
  'clv.unit.day': 'days',
  'clv.unit.week': 'weeks',
  'clv.unit.month': 'months',
  'clv.unitOne.day': 'day',
  'clv.unitOne.week': 'week',
  'clv.unitOne.month': 'month',
  'clv.period.week': 'weeks',
  'clv.period.month': 'months',
  'clv.period.quarter': 'quarters',

  'clv.settings.unit': 'Time unit',
  'clv.settings.horizon': 'Horizon (months)',
  'clv.settings.margin': 'Gross margin %',
  'clv.settings.discount': 'Discount % / month',

  'clv.fit.title': 'Purchase and spend models',
  'clv.fit.about':
    "BG/NBD (Fader, Hardie & Lee 2005) models how often each customer buys and when they silently stop; Gamma-Gamma (Fader & Hardie 2013) models what they spend per purchase occasion. Both are fitted by maximum likelihood in your browser, in a background worker, on each customer's repeat occasions x, time of the last one t_x and time observed T (same-day orders are one occasion). ± is one standard error.",
  'clv.fit.running': 'Fitting the models in the background…',
  'clv.fit.bgnbd': 'BG/NBD — purchase frequency and drop-out',
  'clv.fit.gammaGamma': 'Gamma-Gamma — spend per occasion',
  'clv.fit.bgnbdMeaning':
    'While active, a customer buys {rate} times per {unit} on average (r/α); after each purchase, {dropout} on average stop for good (a/(a+b)).',
  'clv.fit.ggMeaning': 'A purchase occasion is worth {spend} on average across customers (pγ/(q−1)).',
  'clv.fit.logLikelihood': 'log-likelihood {value}',
  'clv.fit.customers': '{n} customers in {groups} distinct (x, t_x, T) groups',
  'clv.fit.unit': 'time in {unit}',
  'clv.fit.repeaters': '{n} repeat buyers',
  'clv.fit.correlation': 'frequency–spend correlation {value} (the model assumes none)',
  'clv.fit.noGammaGamma':
    'Not fitted: fewer than 10 repeat buyers with a positive average spend. Predicted CLV uses the average purchase value instead.',
  'clv.fit.search':
    'Nelder–Mead from {starts} starts ({agreeing} reached the same optimum), {evaluations} likelihood evaluations, {ms} ms.',

  'clv.warning.notConverged':
    'The optimiser stopped before converging ({evaluations} evaluations); treat the parameters with care.',
  'clv.warning.startsDisagree':
    'Only {agreeing} of {starts} starting points reached the best optimum: the likelihood may be flat or have several peaks.',
  'clv.warning.fewCustomers': 'Only {customers} customers (fewer than {min}): the estimates are uncertain.',
  'clv.warning.fewRepeaters':
    'Only {repeaters} customers bought again (fewer than {min}): drop-out is barely identified.',
  'clv.warning.shortPeriod':
    'The data span only {span} time units (less than 90 days): too short to tell slow buyers from lost ones.',
  'clv.warning.extremeParameters': 'A parameter ran to an extreme value: the data may not fit the model.',
  'clv.warning.noMeanSpend':
    'Gamma-Gamma q = {q} ≤ 1: the average spend is undefined, so the overall average purchase value is used instead.',
  'clv.warning.excludedSpend':
    '{excluded} repeat buyers with zero or negative average spend were left out of the spend model.',

  'clv.metric.total': 'Predicted CLV, next {months} months',
  'clv.metric.total.about':
    'Σ over customers and months of expected purchases × expected spend × margin, discounted monthly.',
  'clv.metric.mean': 'Predicted CLV per customer',
  'clv.metric.mean.about': 'The total divided by every customer the model saw.',
  'clv.metric.purchases': 'Expected purchases, next {months} months',
  'clv.metric.purchases.about':
    "Σ of each customer's expected purchase occasions (BG/NBD conditional expectation).",
  'clv.metric.alive': 'Average P(alive)',
  'clv.metric.alive.about': 'The mean probability that a customer has not silently stopped buying.',

  'clv.heatmap.title': 'Probability a customer is still active',
  'clv.heatmap.about':
    'P(alive) by repeat purchases and the time of the last one, for a customer observed for T = {T} {unit} (the longest observed). Frequent buyers who have not bought for a long time are the likeliest to be gone; customers with no repeat purchase count as alive (BG/NBD assumes drop-out happens only after a purchase).',
  'clv.heatmap.frequency': 'Repeat purchases (x)',
  'clv.heatmap.recency': 'Last purchase after first (t_x, {unit})',

  'clv.holdout.title': 'Holdout check',
  'clv.holdout.about':
    'The models are fitted again on purchases up to the calibration end only, then asked to predict what happened after it. Left: cumulative repeat purchases per week since the first customer arrived, actual and predicted. Right: average purchases after the calibration end by the number of repeat purchases before it.',
  'clv.holdout.headline':
    'Predicted {predicted} repeat purchases after the calibration end; {actual} happened ({error}).',
  'clv.holdout.calibrationEnd': 'Calibration end',
  'clv.holdout.run': 'Check',
  'clv.holdout.running': 'Fitting on the calibration period…',
  'clv.holdout.prompt': 'Choose a calibration end date to compare predictions with what happened after it.',
  'clv.holdout.tracking': 'Cumulative repeat purchases',
  'clv.holdout.byRepeats': 'Purchases after the calibration end, by repeats before it',
  'clv.holdout.weeks': 'Weeks since the first purchase',
  'clv.holdout.repeats': 'Repeat purchases in the calibration period',
  'clv.holdout.customers': 'Customers',
  'clv.holdout.actual': 'Actual',
  'clv.holdout.predicted': 'Predicted',

  'clv.realised.title': 'Realised lifetime value',
  'clv.realised.about':
    'Cumulative net revenue per customer (refunds included) by cohort age: a cohort is the customers whose first purchase fell in the same period. Each point pools the cohorts that have completed that age (total revenue ÷ total customers); unfinished periods are left out. The table lists every cohort at 3, 6, 12 and 24 periods.',
  'clv.realised.headline': '{value} per customer after 12 {unit}',
  'clv.realised.period': 'Cohorts by',
  'clv.realised.by': 'Split by',
  'clv.realised.noSplit': 'No split',
  'clv.realised.all': 'All customers',
  'clv.realised.cohort': 'Cohort',
  'clv.realised.size': 'Customers',
  'clv.realised.age': 'After {age}',
  'clv.realised.xLabel': 'Cohort age ({unit})',
  'clv.realised.empty': 'No cohort has completed a period yet.',

  'clv.formula.title': 'Formula lifetime value',
  'clv.formula.about':
    'The textbook formula: monthly margin of an active customer ÷ monthly churn, × (1 + d) ÷ (d + churn) with a discount rate d. Average order value is net revenue ÷ orders; purchases per month counts orders by customers active at the start of the month; churn is the inactivity churn of the churn analysis (a customer churns after the window without buying). All over the last 12 complete months. It assumes every customer is alike and churn is constant — the models above do not.',
  'clv.formula.headline': '{value} per customer',
  'clv.formula.aov': 'Average order value',
  'clv.formula.frequency': 'Purchases / active customer / month',
  'clv.formula.margin': 'Gross margin',
  'clv.formula.churn': 'Churn / month',
  'clv.formula.discountAt': 'discounted at',
  'clv.formula.discount': 'Discount / month',
  'clv.formula.result': 'Formula CLV',
  'clv.formula.detail':
    '{first} – {last} ({months, plural, one {# month} other {# months}}): {active, plural, one {# active customer-month} other {# active customer-months}}, {churned} churned, {orders, plural, one {# order} other {# orders}} by active customers.',
  'clv.formula.window': 'Inactivity window',
  'clv.formula.days': 'days (suggested {suggested})',
  'clv.formula.noChurn': 'No customer churned in these months, so the formula has no finite value.',

  'clv.rfm.title': 'RFM segments',
  'clv.rfm.about':
    'Recency (days since the last purchase), frequency (purchase occasions) and monetary value (net revenue), each scored 1–5 by quintile; the most recent buyers score 5. A segment is named by the recency score and the rounded mean of the frequency and monetary scores. Change any cell of the map to rename that group; the Customers page follows.',
  'clv.rfm.map': 'Segment map',
  'clv.rfm.rByFm': 'R \\ FM',
  'clv.rfm.cell': 'Segment for recency {r}, frequency-monetary {fm}',
  'clv.rfm.reset': 'Reset map',
  'clv.rfm.segment': 'Segment',
  'clv.rfm.customers': 'Customers',
  'clv.rfm.revenue': 'Net revenue',
  'clv.rfm.ofRevenue': 'of revenue',
} as const;
