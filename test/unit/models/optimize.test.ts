import { describe, expect, it } from 'vitest';
import { invert, minimizeMultiStart, nelderMead, numericHessian } from '../../../src/lib/models/optimize';

const rosenbrock = (x: number[]) => {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2;
  return s;
};

describe('nelderMead', () => {
  it('nelderMead(rosenbrock, [−1.2, 1]) finds the minimum at (1, 1)', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
    expect(r.value).toBeLessThan(1e-10);
  });

  it('nelderMead(rosenbrock) in 4 dimensions stops at its known local minimum near x₁ ≈ −0.776', () => {
    // The 4-D Rosenbrock function has a second, local minimum (Shang & Qiu 2006); a local method may stop there.
    const r = nelderMead(rosenbrock, [-1, 2, -0.5, 0.3], { maxEvaluations: 20_000 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(-0.7757, 3);
    expect(r.value).toBeCloseTo(3.7014, 3);
  });

  it('minimizeMultiStart(rosenbrock) in 4 dimensions reaches the global minimum (1, 1, 1, 1)', () => {
    const r = minimizeMultiStart(
      rosenbrock,
      [
        [-1, 2, -0.5, 0.3],
        [0, 0, 0, 0],
        [2, 2, 2, 2],
      ],
      { maxEvaluations: 20_000 },
    );
    for (const v of r.x) expect(v).toBeCloseTo(1, 4);
    expect(r.value).toBeLessThan(1e-8);
  });

  it('nelderMead on a shifted, scaled quadratic returns its centre', () => {
    const centre = [3, -2, 0.5, 10];
    const f = (x: number[]) => x.reduce((s, v, i) => s + (i + 1) * (v - centre[i]) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0], { step: 1 });
    r.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 5));
  });

  it('nelderMead treats NaN and ±∞ as outside the domain', () => {
    // Minimum of (x − 2)² on x > 1; the start's simplex reaches into the undefined region.
    const f = (x: number[]) => (x[0] > 1 ? (x[0] - 2) ** 2 + Math.log(x[0] - 1) * 0 : Number.NaN);
    const r = nelderMead(f, [1.2], { step: -1 });
    expect(r.x[0]).toBeCloseTo(2, 5);
  });

  it('nelderMead reports non-convergence when the budget runs out', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 30 });
    expect(r.converged).toBe(false);
    expect(r.evaluations).toBeLessThanOrEqual(32);
  });
});

describe('minimizeMultiStart', () => {
  it("minimizeMultiStart on Himmelblau's function finds a zero and counts agreeing starts", () => {
    const himmelblau = ([x, y]: number[]) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
    const r = minimizeMultiStart(himmelblau, [
      [0, 0],
      [-3, 3],
      [-3, -3],
      [4, -2],
    ]);
    expect(r.value).toBeLessThan(1e-10);
    // All four minima have value 0, so every start agrees on the value.
    expect(r.agreeing).toBe(4);
    expect(r.runs).toHaveLength(4);
  });

  it('minimizeMultiStart escapes a local minimum that traps one start', () => {
    // Two wells: a shallow one at x = −1 (value 1) and the global one at x = 2 (value 0).
    const f = ([x]: number[]) => Math.min((x + 1) ** 2 * 4 + 1, (x - 2) ** 2 * 4);
    const r = minimizeMultiStart(f, [[-1.5], [3]], { step: 0.1 });
    expect(r.x[0]).toBeCloseTo(2, 5);
    expect(r.agreeing).toBe(1);
  });
});

describe('numericHessian and invert', () => {
  it('numericHessian of a quadratic is its matrix, and invert gives the inverse', () => {
    const A = [
      [4, 1],
      [1, 3],
    ];
    const f = ([x, y]: number[]) => 0.5 * (A[0][0] * x * x + 2 * A[0][1] * x * y + A[1][1] * y * y);
    const H = numericHessian(f, [0.3, -0.7]);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(H[i][j]).toBeCloseTo(A[i][j], 5);
    const inv = invert(A)!;
    expect(inv[0][0]).toBeCloseTo(3 / 11, 12);
    expect(inv[0][1]).toBeCloseTo(-1 / 11, 12);
    expect(
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
  });
});
