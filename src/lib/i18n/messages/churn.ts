/** English messages of the churn section. */
export const churnEn = {
  'churn.title': 'Churn and survival',
  'churn.subtitle': 'As of {date} · a customer counts as lost after {window} days without a purchase',
  'churn.loading': 'Computing…',
  'churn.sql': 'SQL',
  'churn.table': 'Table',
  'churn.hide': 'Hide',
  'churn.copy': 'Copy',

  'churn.window': 'Inactivity window',
  'churn.windowUnit': 'days',
  'churn.windowSuggested': 'Use suggested ({days, plural, one {# day} other {# days}})',
  'churn.windowHelp':
    'A customer who has not bought on any of this many days after a purchase counts as lost (churned) on the last of them; buying on that day keeps them.',
  'churn.period': 'Per',
  'churn.period.week': 'Week',
  'churn.period.month': 'Month',
  'churn.period.quarter': 'Quarter',
  'churn.period.year': 'Year',

  'churn.gaps.title': 'Time between purchases',
  'churn.gaps.summary':
    'Half of repeat purchases come within {median} days of the previous one; 90 % within {p90} days, so the suggested inactivity window is {suggested} days.',
  'churn.gaps.longer':
    'With a {window}-day window, {share} of returns came after a longer pause: those customers count as churned and then resurrected.',
  'churn.gaps.none':
    'No customer has bought twice yet, so there are no gaps to measure. The window falls back to {window} days.',
  'churn.gaps.about':
    'Days between consecutive purchase occasions of the same customer (all orders of a customer on one day are one occasion). The window W is suggested as the 90th percentile, rounded up to whole days. Drag the marker or type a number to change it.',
  'churn.gaps.label': 'Histogram of days between purchases, with the inactivity window marked',
  'churn.gaps.axis': 'Days since the previous purchase',
  'churn.gaps.count': 'Purchases',
  'churn.gaps.median': 'median {days}',
  'churn.gaps.windowMark': 'window {days} days',
  'churn.gaps.overflow': '{days}+',
  'churn.gaps.slider': 'Inactivity window in days',

  'churn.rate.title': 'Churn rate',
  'churn.rate.about':
    'Customers lost in the period ÷ customers active at its start (ChartMogul’s formula). A customer is lost on the day their inactivity window runs out (last purchase + W days); the current period is still open and drawn lighter.',
  'churn.rate.label': 'Churn rate per period',
  'churn.rate.latest': '{rate} in {period}',
  'churn.active.title': 'Active customers',
  'churn.active.about':
    'Customers at the start of each period whose last purchase was at most W days before it.',
  'churn.active.label': 'Active customers at the start of each period',

  'churn.lifecycle.title': 'Customer lifecycle',
  'churn.lifecycle.about':
    'Per period: new (first purchase), returning (bought in this and the previous period), resurrected (bought now, not in the previous period, but earlier) and lapsed (bought in the previous period, not in this one; drawn below the line).',
  'churn.lifecycle.label': 'Lifecycle of customers per period, stacked',
  'churn.lifecycle.new': 'New',
  'churn.lifecycle.returning': 'Returning',
  'churn.lifecycle.resurrected': 'Resurrected',
  'churn.lifecycle.lapsed': 'Lapsed',

  'churn.subs.title': 'Subscription churn',
  'churn.subs.about':
    'A customer churns when their last active subscription ends; an upgrade or renewal that starts the day another ends is not churn. Rate = customers churned in the month ÷ customers with an active subscription at its start.',
  'churn.subs.label': 'Subscription logo churn rate per period',
  'churn.mrr.title': 'Recurring revenue movements',
  'churn.mrr.about':
    'Each customer’s recurring amount on the last day of each month compared with the month before: new, expansion, reactivation (above the line), contraction and churn (below). Net revenue retention = this month’s recurring revenue from last month’s paying customers ÷ their revenue last month.',
  'churn.mrr.label': 'Recurring revenue movements per month',
  'churn.mrr.new': 'New',
  'churn.mrr.expansion': 'Expansion',
  'churn.mrr.reactivation': 'Reactivation',
  'churn.mrr.contraction': 'Contraction',
  'churn.mrr.churned': 'Churned',
  'churn.mrr.nrr': 'Net revenue retention in {period}: {nrr}',

  'churn.survival.title': 'How long customers stay',
  'churn.survival.about':
    'Kaplan–Meier estimate of the share of customers still active after each time, with its 95 % confidence band (Greenwood variance, log-log transform). Ticks mark customers still active at the as-of date (censored); the row under the axis counts customers still followed. Groups are compared with the log-rank test.',
  'churn.survival.aboutOrders':
    'Duration runs from the first to the last purchase for customers who have lapsed (no purchase for more than W days by the as-of date), so a one-time buyer who lapsed counts as lost at day 0; customers still active are followed up to the as-of date.',
  'churn.survival.aboutSubscriptions':
    'Duration runs from the start to the end of each uninterrupted stretch of subscription; stretches still running are followed up to the as-of date.',
  'churn.survival.aboutTenure': 'Durations and churn flags as given in the tenure table.',
  'churn.survival.label': 'Kaplan–Meier survival curves with 95 % confidence bands',
  'churn.survival.source': 'Durations from',
  'churn.survival.source.orders': 'Orders and the inactivity window',
  'churn.survival.source.subscriptions': 'Subscriptions',
  'churn.survival.source.tenure': 'Tenure table',
  'churn.survival.by': 'Compare by',
  'churn.survival.none': 'Nobody (one curve)',
  'churn.survival.all': 'All customers',
  'churn.survival.axis.days': 'Days',
  'churn.survival.axis.tenure': 'Duration',
  'churn.survival.share': 'Still active',
  'churn.survival.atRisk': 'At risk',
  'churn.survival.group': 'Group',
  'churn.survival.n': 'Customers',
  'churn.survival.events': 'Churned',
  'churn.survival.median': 'Median',
  'churn.survival.medianCi': '95 % CI',
  'churn.survival.notReached': 'not reached',
  'churn.survival.medianLine': 'Median: {value}',
  'churn.survival.longer':
    'Customers with {attribute} “{better}” stay longer than those with “{worse}”; p = {p}.',
  'churn.survival.longerTiny':
    'Customers with {attribute} “{better}” stay longer than those with “{worse}”; p < 0.001.',
  'churn.survival.longest':
    'Customers with {attribute} “{better}” stay longest, those with “{worse}” leave soonest; p = {p}.',
  'churn.survival.longestTiny':
    'Customers with {attribute} “{better}” stay longest, those with “{worse}” leave soonest; p < 0.001.',
  'churn.survival.noDifference': 'No clear difference between the groups; p = {p}.',
  'churn.survival.test':
    'Log-rank test: χ² = {chi2} on {df, plural, one {# degree} other {# degrees}} of freedom.',
  'churn.survival.folded': 'Only the {n} largest groups are drawn; the rest are combined as “(other)”.',
  'churn.survival.empty': 'No durations to draw.',

  'churn.col.period': 'Period',
  'churn.col.month': 'Month',
  'churn.col.activeAtStart': 'Active at start',
  'churn.col.activeAtEnd': 'Active at end',
  'churn.col.churned': 'Churned',
  'churn.col.churnRate': 'Churn rate',
  'churn.col.reactivated': 'Reactivated',
  'churn.col.mrrStart': 'Start',
  'churn.col.mrrEnd': 'End',
  'churn.col.nrr': 'NRR',
  'churn.col.time': 'Time',
  'churn.col.censored': 'Censored',
  'churn.col.lower': 'Lower 95 %',
  'churn.col.upper': 'Upper 95 %',
} as const;
