import { describe, expect, it } from 'vitest';
import { ShingleFilter } from '../../data-prep/core/shingle-filter.ts';

describe('ShingleFilter', () => {
  it('never denies a shingle it was given, before a reset', () => {
    const f = new ShingleFilter(100);
    for (let k = 0; k < 5000; k++) f.add(k * 7919, -k);
    for (let k = 0; k < 5000; k++) expect(f.mayHave(k * 7919, -k)).toBe(true);
  });

  it('denies most shingles it was not given, and all after a reset', () => {
    const f = new ShingleFilter(1000);
    for (let k = 0; k < 1000; k++) f.add(k, k + 1);
    let yes = 0;
    for (let k = 0; k < 1000; k++) if (f.mayHave(k + 1, k)) yes++;
    expect(yes).toBeLessThan(200);
    f.reset(1000);
    for (let k = 0; k < 1000; k++) expect(f.mayHave(k, k + 1)).toBe(false);
    f.reset(100_000);
    expect(f.mayHave(0, 1)).toBe(false);
  });
});
