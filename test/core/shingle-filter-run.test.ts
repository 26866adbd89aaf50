// addRun adds a run's shingles with a sliding window; it must set the bits add would.
import { describe, expect, it } from 'vitest';
import { ShingleFilter } from '../../data-prep/core/shingle-filter.ts';

/** `n` pseudo-random code units from `seed` (a linear congruential generator), each made by `unit`. */
function randomCodes(n: number, seed: number, unit: (x: number, i: number) => number): Uint16Array {
  const codes = new Uint16Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    codes[i] = unit(x, i);
  }
  return codes;
}

describe('ShingleFilter.addRun', () => {
  it('sets the same bits as add over each four units in a row', () => {
    const codes = randomCodes(3000, 12345, (x, i) => (i % 3 === 0 ? 0x4e00 + (x % 300) : x & 0xffff));
    for (const [start, end] of [[0, 0], [5, 8], [5, 9], [10, 11], [100, 2000], [0, 3000]] as const) {
      const one = new ShingleFilter(800);
      const run = new ShingleFilter(800);
      for (let k = start; k + 4 <= end; k++) one.add((codes[k]! << 16) | codes[k + 1]!, (codes[k + 2]! << 16) | codes[k + 3]!);
      run.addRun(codes, start, end);
      for (let k = 0; k + 4 <= codes.length; k++) {
        const hi = (codes[k]! << 16) | codes[k + 1]!;
        const lo = (codes[k + 2]! << 16) | codes[k + 3]!;
        expect(run.mayHave(hi, lo)).toBe(one.mayHave(hi, lo));
      }
    }
  });
});

describe('ShingleFilter.mayHaveShare', () => {
  it('answers as counting mayHave shingle by shingle', () => {
    const codes = randomCodes(2000, 777, (x) => 0x4e00 + (x % 40));
    const f = new ShingleFilter(500);
    f.addRun(codes, 0, 600);
    for (let start = 0; start < 1900; start += 37) {
      for (const n of [1, 5, 20, 60]) {
        let misses = 0;
        let expected = true;
        for (let k = start; k < start + n; k++) {
          const has = f.mayHave((codes[k]! << 16) | codes[k + 1]!, (codes[k + 2]! << 16) | codes[k + 3]!);
          if (!has && (n - ++misses) / n < 0.85) {
            expected = false;
            break;
          }
        }
        expect(f.mayHaveShare(codes, start, n, 0.85)).toBe(expected);
      }
    }
  });
});
