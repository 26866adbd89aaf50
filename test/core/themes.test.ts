import { describe, expect, it } from 'vitest';
import { selfOverlaps } from '../../data-prep/core/themes.ts';

describe('selfOverlaps', () => {
  it('is true when a proper prefix of the term is also its suffix', () => {
    expect(selfOverlaps('啊哈啊')).toBe(true);
    expect(selfOverlaps('哈哈')).toBe(true);
    expect(selfOverlaps('abab')).toBe(true);
  });

  it('is false for terms with no such prefix, and for one character', () => {
    expect(selfOverlaps('工会')).toBe(false);
    expect(selfOverlaps('劳动竞赛')).toBe(false);
    expect(selfOverlaps('啊')).toBe(false);
    expect(selfOverlaps('')).toBe(false);
  });
});
