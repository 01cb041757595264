import { describe, expect, it } from 'vitest';
import {
  BASE_BYTES,
  estimateLoadBytes,
  memoryBudget,
  memoryFit,
  suggestSample,
  WASM_CEILING,
} from '../../../src/lib/ingest/memory';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('estimateLoadBytes', () => {
  it('matches the measured peaks within 25 %', () => {
    // File size → peak measured with scripts/measure-load-memory.ts.
    for (const [file, peak] of [
      [5e6, 90e6],
      [15e6, 137e6],
      [50e6, 302e6],
      [126e6, 749e6],
      [513e6, 2548e6],
    ]) {
      const estimate = estimateLoadBytes([{ size: file, compression: 'none' }]);
      expect(estimate / peak).toBeGreaterThan(0.9);
      expect(estimate / peak).toBeLessThan(1.25);
    }
  });

  it('adds files together and expands gzip', () => {
    const one = estimateLoadBytes([{ size: 10 * MB, compression: 'none' }]);
    const two = estimateLoadBytes([
      { size: 10 * MB, compression: 'none' },
      { size: 10 * MB, compression: 'none' },
    ]);
    expect(two - BASE_BYTES).toBeCloseTo(2 * (one - BASE_BYTES), 6);
    expect(estimateLoadBytes([{ size: 10 * MB, compression: 'gzip' }]) - BASE_BYTES).toBeCloseTo(
      6 * (one - BASE_BYTES),
      6,
    );
  });
});

describe('memoryBudget', () => {
  it.each([
    [undefined, WASM_CEILING],
    [8, WASM_CEILING],
    [4, 2 * GB],
    [1, 0.5 * GB],
    [0.25, 0.125 * GB],
  ])('memoryBudget(%s GiB of device memory)', (device, budget) => {
    expect(memoryBudget(device)).toBe(budget);
  });
});

describe('suggestSample and memoryFit', () => {
  it('samples nothing when the load fits', () => {
    expect(suggestSample(1 * GB, 2 * GB)).toBe(1);
    expect(memoryFit(1 * GB, 2 * GB)).toBe('fits');
    expect(memoryFit(1.5 * GB, 2 * GB)).toBe('tight');
  });

  it('suggests a share that fits with a fifth to spare, in 5 % steps', () => {
    // The 10-million-order file (512 MB, about 2.9 GB) fits 3 GiB, tightly; 30 million orders (1.5 GB,
    // about 8.3 GB) do not, and 30 % of their customers do.
    const tenMillion = estimateLoadBytes([{ size: 512e6, compression: 'none' }]);
    expect(memoryFit(tenMillion, WASM_CEILING)).toBe('tight');
    const estimate = estimateLoadBytes([{ size: 1.5e9, compression: 'none' }]);
    expect(memoryFit(estimate, WASM_CEILING)).toBe('too-large');
    const share = suggestSample(estimate, WASM_CEILING);
    expect(share).toBe(0.3);
    const sampled = BASE_BYTES + share * (estimate - BASE_BYTES);
    expect(sampled).toBeLessThan(0.8 * WASM_CEILING + BASE_BYTES);
    expect(suggestSample(100 * GB, 1 * GB)).toBe(0.01);
  });
});
