import { describe, expect, it } from 'vitest';
import { DEFAULT_MARGIN, frame, xMiddle, xRange, yRange } from '../../../src/lib/charts/frame';
import { compact, labelEvery, ticksAt, timeTicks } from '../../../src/lib/charts/ticks';

describe('chart frame', () => {
  it('frame(w, h) takes every margin from DEFAULT_MARGIN', () => {
    expect(frame(400, 200)).toEqual({ width: 400, height: 200, ...DEFAULT_MARGIN });
  });
  it('frame(w, h, { left }) overrides only the margins given', () => {
    expect(frame(400, 200, { left: 70, top: 22 })).toEqual({
      width: 400,
      height: 200,
      left: 70,
      right: 16,
      top: 22,
      bottom: 32,
    });
  });
  it('xRange/yRange/xMiddle span the plot, y from bottom to top', () => {
    const f = frame(400, 200, { left: 40, right: 10, top: 10, bottom: 30 });
    expect(xRange(f)).toEqual([40, 390]);
    expect(yRange(f)).toEqual([170, 10]);
    expect(xMiddle(f)).toBe(215);
  });
});

describe('axis ticks', () => {
  it.each([
    [100, 5, [0, 20, 40, 60, 80, 100]],
    [35, 6, [0, 10, 20, 30]],
    [1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0, 6, [0]],
    [Number.NaN, 6, [0]],
  ])('timeTicks(%d, %d) gives round steps from 0', (max, count, expected) => {
    expect(timeTicks(max, count)).toEqual(expected);
  });
  it.each([
    [16, 48, 3],
    [48, 48, 1],
    [100, 48, 1],
    [0, 22, 22],
  ])('labelEvery(step %d, gap %d) labels every %d-th slot', (step, gap, every) => {
    expect(labelEvery(step, gap)).toBe(every);
  });
  it('ticksAt places and labels each value', () => {
    expect(
      ticksAt(
        [0, 0.5],
        (v) => v * 100,
        (v) => `${v * 100}%`,
      ),
    ).toEqual([
      { value: 0, at: 0, label: '0%' },
      { value: 0.5, at: 50, label: '50%' },
    ]);
    expect(ticksAt([3], (v) => v)[0].label).toBe('3');
  });
  it('compact switches to compact notation from 10 000', () => {
    expect(compact(1234, 'en')).toBe('1,234');
    expect(compact(12_500, 'en')).toBe('12.5K');
  });
});
