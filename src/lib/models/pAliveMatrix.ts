import { pAlive, type BgNbdParams } from './bgnbd';

/** One cell of the frequency × recency map of P(alive). */
export interface PAliveCell {
  /** Repeat occasions x. */
  frequency: number;
  /** Time of the last occasion t_x (model units, from the first occasion). */
  recency: number;
  pAlive: number;
}

/**
 * P(alive) over a grid of frequency 0…maxFrequency and recency 0…T in `steps` equal parts, for customers
 * observed for T (lifetimes' probability-alive matrix). Only cells with recency ≤ T exist; x = 0 has P = 1.
 */
export function pAliveMatrix(p: BgNbdParams, maxFrequency: number, T: number, steps: number): PAliveCell[] {
  const cells: PAliveCell[] = [];
  for (let x = 0; x <= maxFrequency; x++) {
    for (let k = 0; k <= steps; k++) {
      const recency = (T * k) / steps;
      cells.push({ frequency: x, recency, pAlive: pAlive(p, x, x === 0 ? 0 : recency, T) });
    }
  }
  return cells;
}
