/** Colours shared by the charts. */

/** Okabe–Ito: a categorical palette that colour-blind readers can tell apart. */
export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** Actual vs predicted, everywhere on the lifetime-value pages. */
export const ACTUAL_COLOUR = '#0f766e';
export const PREDICTED_COLOUR = '#D55E00';
