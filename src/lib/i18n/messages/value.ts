/** English messages of the value of retention section (METRICS.md §8). */
export const valueEn = {
  'nav.value': 'Value of retention',
  'value.title': 'Value of retention',
  'value.subtitle': 'As of {date} · what keeping customers longer is worth, from this shop’s own customers',
  'value.tooShort':
    'Retention needs at least two complete months of cohorts to be measured; these data have fewer.',
  'value.horizon.1': '1 year',
  'value.horizon.3': '3 years',
  'value.horizon.5': '5 years',

  'value.inputs.title': 'Inputs',
  'value.inputs.about':
    'Change any of these and every figure follows; what was measured in the data is listed below.',
  'value.inputs.margin': 'Gross margin',
  'value.inputs.marginHelp': 'Share of net revenue left after the cost of the goods sold.',
  'value.inputs.cost': 'Acquisition cost per new customer',
  'value.inputs.costHelp': 'What winning one new customer costs; 0 leaves it out.',
  'value.inputs.discount': 'Discount rate per month',
  'value.inputs.discountHelp': 'Money t months from now counts as money today ÷ (1 + rate)^t.',
  'value.inputs.horizon': 'Horizon',
  'value.inputs.delta': 'Scenario: annual retention +',
  'value.inputs.points': 'points',
  'value.inputs.deltaHelp': 'The scenario drawn in the curves below and named in the headline.',
  'value.measured.title': 'Measured in your data',
  'value.measured.annual': 'Annual retention',
  'value.measured.annualHelp': 'Share of a cohort still buying in month 12 or later (U₁₂ ÷ U₀).',
  'value.measured.rate': 'New customers per month',
  'value.measured.rateHelp': 'Mean of the last {months} complete months.',
  'value.measured.existing': 'Existing customers',
  'value.measured.existingHelp': 'Customers with a purchase by the as-of date, each at their current age.',
  'value.measured.revenue': 'Revenue per active customer',
  'value.measured.revenueHelp':
    'Net revenue in a month ÷ customers still active then, in their first month and a year later.',
  'value.measured.revenueValue': '{first} in month 0 · {year} in month 12',
  'value.measured.extrapolated': 'Retention observed',
  'value.measured.extrapolatedValue': 'months 0–{last}; extrapolated from month {from}',

  'value.profit.title': 'Profit change for more retention',
  'value.profit.headline':
    '+{delta} points of annual retention ({from} → {to}) would change profit over {horizon} by {money} ({pct}).',
  'value.profit.headlineNoPct':
    '+{delta} points of annual retention ({from} → {to}) would change profit over {horizon} by {money}.',
  'value.profit.capped':
    'Annual retention cannot reach {target}: even with no churn at all it is {to}, so the scenario stops there.',
  'value.profit.about':
    'Profit over the horizon = Σ over existing customers (each at their current age, still active in the share the retention curve gives for that age) and the new cohorts the acquisition rate brings, of retention × revenue per active customer × margin, discounted monthly, minus acquisition cost × new customers. A scenario multiplies every month’s churn by one factor, found so that annual retention rises by Δ points. The shaded band is the literature’s headline (Reichheld & Schefter 2000: 5 points more retention, 25–95 % more profit): context, not the answer (METRICS.md §8).',
  'value.profit.band': 'Literature: +5 points → +25–95 %',
  'value.profit.bandNote': 'context, not the answer',
  'value.profit.xLabel': 'Δ: points of annual retention added',
  'value.profit.show': 'Show',
  'value.profit.pct': 'Change in %',
  'value.profit.money': 'Change in money',
  'value.profit.noPct':
    'Baseline profit over {horizon} is not positive, so its change has no percentage: see the change in money.',
  'value.profit.label': 'Profit change by points of annual retention added, over 1, 3 and 5 years',

  'value.curves.title': 'Retention curve: today and with +{delta} points',
  'value.curves.baseline': 'Today',
  'value.curves.scenario': '+{delta} points',
  'value.curves.extrapolated': 'extrapolated from month {k}',
  'value.curves.xLabel': 'Months since first purchase',
  'value.curves.about':
    'U_k: share of a cohort with a purchase in month k or later, pooled over the cohorts that have completed month k (METRICS.md §2), held from rising where later months pool fewer cohorts. Beyond the data (dashed) every month keeps the mean conditional retention U_k ÷ U_(k−1) of the last 6 observed months. The scenario multiplies every month’s churn 1 − U_k ÷ U_(k−1) by {factor}.',

  'value.worth.title': 'What one more retained customer is worth',
  'value.worth.headline':
    'Keeping one more customer active into month 1 is worth {first}; into month 12, {year} (margin over {horizon}, discounted).',
  'value.worth.about':
    'The discounted margin of one customer still active at age k, over the horizon from month k on: Σ_j (U_(k+j) ÷ U_k) × revenue per active customer in month k + j × margin ÷ (1 + rate)^j, on today’s curve. Set it against what a retention offer costs.',
  'value.worth.xLabel': 'Age: months since first purchase',
  'value.worth.series': 'Worth of one more retained customer',

  'value.col.delta': 'Δ (points)',
  'value.col.horizon': 'Horizon',
  'value.col.annual': 'Annual retention',
  'value.col.profit': 'Profit',
  'value.col.change': 'Change',
  'value.col.changePct': 'Change %',
  'value.col.month': 'Month',
  'value.col.baseline': 'Retention today',
  'value.col.scenario': 'Retention, scenario',
  'value.col.source': 'Source',
  'value.col.observed': 'observed',
  'value.col.extrapolated': 'extrapolated',
  'value.col.age': 'Age (months)',
  'value.col.revenue': 'Revenue per active customer',
  'value.col.worth': 'Worth',
} as const;
