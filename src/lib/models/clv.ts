/**
 * Predicted customer lifetime value (METRICS.md §6): over a horizon of whole months, Σ expected occasions
 * in month i × expected spend per occasion × margin ÷ (1 + monthly discount)^i, as lifetimes computes it.
 */
import { aliveExpectations, NumberKeys, pAlive, type BgNbdParams } from './bgnbd';
import { expectedSpend, type GammaGammaParams } from './gammaGamma';

/** Days in an average month (365.25 / 12): the month of the horizon, in any model time unit. */
export const DAYS_PER_MONTH = 365.25 / 12;

export interface ClvSettings {
  /** Months ahead (default 12). */
  horizonMonths: number;
  /** Discount rate per month, e.g. 0.01. */
  monthlyDiscount: number;
  /** Gross margin as a fraction of revenue (1 = revenue). */
  margin: number;
  /** Length of the model's time unit in days (1, 7 or 365.25/12). */
  unitDays: number;
}

/** Per-customer predictions, aligned with the input arrays. */
export interface CustomerScores {
  pAlive: Float64Array;
  /** Expected occasions over the horizon (undiscounted). */
  expectedPurchases: Float64Array;
  /** Expected spend per occasion (Gamma-Gamma, its population mean for m ≤ 0, or the fallback mean without a fit). */
  expectedSpend: Float64Array;
  /** Predicted CLV over the horizon, discounted, after margin. */
  clv: Float64Array;
}

/** Customers in model units: x repeats, t_x, T, and m the mean value of the repeat occasions. */
export interface CustomerHistory {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  m: ArrayLike<number>;
}

/**
 * Score every customer. Expected occasions in month i are E(tᵢ) − E(tᵢ₋₁) with E the conditional
 * expectation of FHL 2005 eq. 10; the ₂F₁ part depends only on (x, T), so it is computed once per
 * distinct pair and shared. `fallbackSpend` is used for every customer when there is no Gamma-Gamma fit
 * (or q ≤ 1); repeat buyers whose mean spend is not positive (left out of the fit) get the fit's
 * population mean pγ/(q−1).
 */
export function scoreCustomers(
  bg: BgNbdParams,
  gg: GammaGammaParams | null,
  fallbackSpend: number,
  customers: CustomerHistory,
  settings: ClvSettings,
): CustomerScores {
  const n = customers.x.length;
  const monthUnits = DAYS_PER_MONTH / settings.unitDays;
  const horizons = Array.from({ length: settings.horizonMonths }, (_, i) => (i + 1) * monthUnits);
  const discounts = horizons.map((_, i) => 1 / Math.pow(1 + settings.monthlyDiscount, i + 1));
  const byHistory = new NumberKeys<[number, number]>();
  const out: CustomerScores = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
  };
  const useGg = gg !== null && gg.q > 1;
  for (let i = 0; i < n; i++) {
    const x = customers.x[i];
    const T = customers.T[i];
    let sums = byHistory.get(x, T);
    if (!sums) {
      const alive = aliveExpectations(bg, horizons, x, T);
      let discounted = 0;
      let previous = 0;
      for (let k = 0; k < alive.length; k++) {
        discounted += (alive[k] - previous) * discounts[k];
        previous = alive[k];
      }
      sums = [previous, discounted];
      byHistory.set(x, T, 0, sums);
    }
    const alive = pAlive(bg, x, customers.tx[i], T);
    const m = customers.m[i];
    // A repeat buyer with a mean spend ≤ 0 was left out of the Gamma-Gamma fit and gets its population
    // mean pγ/(q−1) (no individual evidence): expectedSpend gives exactly that for m ≤ 0 (METRICS.md §6).
    const spend = useGg ? expectedSpend(gg, x, m) : fallbackSpend;
    out.pAlive[i] = alive;
    out.expectedPurchases[i] = alive * sums[0];
    out.expectedSpend[i] = spend;
    out.clv[i] = alive * sums[1] * spend * settings.margin;
  }
  return out;
}
