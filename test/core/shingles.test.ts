import { describe, expect, it } from 'vitest';
import { codePairs, ShingleMap } from '../../data-prep/core/shingles.ts';

describe('ShingleMap', () => {
  it('get gives what addIfAbsent stored, -1 otherwise; a second add keeps the first value', () => {
    const m = new ShingleMap(4);
    m.addIfAbsent(1, 2, 7);
    m.addIfAbsent(1, 2, 9);
    expect(m.get(1, 2)).toBe(7);
    expect(m.get(2, 1)).toBe(-1);
  });

  it('keeps every entry while it grows far past its first capacity', () => {
    const m = new ShingleMap(2);
    for (let k = 0; k < 5000; k++) m.addIfAbsent(k, -k, k);
    for (let k = 0; k < 5000; k++) expect(m.get(k, -k)).toBe(k);
  });

  it.each([4, 5000])('reset(%i) empties it, at the same size or another', (capacity) => {
    const m = new ShingleMap(4);
    for (let k = 0; k < 100; k++) m.addIfAbsent(k, k, k);
    m.reset(capacity);
    for (let k = 0; k < 100; k++) expect(m.get(k, k)).toBe(-1);
    m.addIfAbsent(3, 3, 1);
    expect(m.get(3, 3)).toBe(1);
  });
});

describe('codePairs', () => {
  it('codePairs("abc", 3) packs each unit with the next', () => {
    expect([...codePairs('abc', 3)]).toEqual([(97 << 16) | 98, (98 << 16) | 99]);
  });

  it('fills a buffer it is given when it is long enough, and returns it', () => {
    const buf = new Int32Array(8);
    expect(codePairs('abcd', 4, buf)).toBe(buf);
    expect([...buf.subarray(0, 3)]).toEqual([...codePairs('abcd', 4)]);
  });
});
