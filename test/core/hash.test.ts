import { describe, expect, it } from 'vitest';
import { stableId } from '../../data-prep/core/hash.ts';

// FNV-1a as published (offset basis 2166136261, prime 16777619), over UTF-16 code units, written
// out here independently of hash.ts.
function fnv1a(s: string, basis: number): string {
  let h = BigInt(basis);
  for (const unit of Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))) h = ((h ^ BigInt(unit)) * 16777619n) % 2n ** 32n;
  return h.toString(16).padStart(8, '0');
}

describe('stableId', () => {
  // Published FNV-1a 32-bit test vectors (ASCII: one code unit per byte).
  it.each([
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('stableId(%j) starts with the FNV-1a-32 test vector %s', (s, hex) => {
    expect(stableId(s).slice(0, 8)).toBe(hex);
  });

  it.each(['', '工会', '杭州市总工会开展“送清凉”活动', 'x'.repeat(5000)])('stableId(%j) is FNV-1a with both seeds, 16 hex digits', (s) => {
    expect(stableId(s)).toBe(fnv1a(s, 0x811c9dc5) + fnv1a(s, (0x01000193 ^ 0x9e3779b9) >>> 0));
    expect(stableId(s)).toMatch(/^[0-9a-f]{16}$/);
  });
});
