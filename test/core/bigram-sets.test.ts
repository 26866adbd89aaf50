import { describe, expect, it } from 'vitest';
import { BigramSets } from '../../data-prep/core/bigram-sets.ts';
import { dedupKey } from '../../data-prep/core/normalize.ts';

const distinctBigrams = (s: string): number => {
  const k = dedupKey(s);
  return new Set(Array.from({ length: Math.max(k.length - 1, 0) }, (_, i) => k.slice(i, i + 2))).size;
};
const code = (s: string): number => (s.charCodeAt(0) << 16) | s.charCodeAt(1);

describe('BigramSets', () => {
  it('gives each distinct bigram of the duplicate key once, the same number in every set', () => {
    const b = new BigramSets();
    const a = b.of('工会,工会！职工');
    // 工会 会工 会职 职工: the key is 工会工会职工, punctuation dropped.
    expect(a.length).toBe(4);
    const c = b.of('职工工会');
    expect(c.length).toBe(3);
    b.mark(a);
    // 职工 and 工会; 工工 is in c only.
    expect(b.shared(c)).toBe(2);
    expect(b.shared(b.of('全总'))).toBe(0);
  });

  it('leaves the ignored bigrams out of what two sets share, not out of the sets', () => {
    const b = new BigramSets(new Set([code('工会')]));
    const a = b.of('工会职工');
    expect(a.length).toBe(3);
    b.mark(a);
    expect(b.shared(b.of('工会职'))).toBe(1);
  });

  it('reads only the first 6000 characters, and sets made after a reset compare among themselves', () => {
    const b = new BigramSets();
    const long = '甲'.repeat(6000) + '乙丙';
    expect(b.of(long).length).toBe(1);
    b.reset();
    const x = b.of('乙丙丁');
    b.mark(x);
    expect(b.shared(b.of('丙丁'))).toBe(1);
  });

  it('keeps its numbers while a page has many bigrams', () => {
    const b = new BigramSets();
    // Letters and digits in a scrambled order: thousands of distinct bigrams, no Traditional hint.
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let seed = 1;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
    const text = Array.from({ length: 5000 }, () => alphabet[next() % 62]).join('');
    const all = b.of(text);
    expect(all.length).toBe(distinctBigrams(text));
    expect(all.length).toBeGreaterThan(1000);
    b.mark(all);
    const part = text.slice(100, 200);
    expect(b.shared(b.of(part))).toBe(distinctBigrams(part));
  });
});
