// The ignored bigrams are numbered ahead of a page's own: they must stay ignored after a reset
// and after the table grows, and count in a set's size like any other.
import { describe, expect, it } from 'vitest';
import { BigramSets } from '../../data-prep/core/bigram-sets.ts';

const code = (s: string): number => (s.charCodeAt(0) << 16) | s.charCodeAt(1);

describe('BigramSets with ignored bigrams', () => {
  it('ignores them after resets and growth, and keeps them in the sets', () => {
    const b = new BigramSets(new Set([code('工会'), code('职工')]));
    for (let round = 0; round < 3; round++) {
      b.reset();
      // Thousands of other bigrams first, so the table grows past its first size.
      const filler = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 5000))).join('');
      b.of(filler);
      const a = b.of('工会职工会员');
      expect(a.length).toBe(4); // 工会 会职 职工 会员
      b.mark(a);
      // 工会, 会职, 职工 shared; 工会 and 职工 ignored.
      expect(b.shared(b.of('工会职工'))).toBe(1);
    }
  });
});
