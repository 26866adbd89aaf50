// A map from 4-character shingles to numbers, for the duplicate-paragraph check. A shingle is
// kept as its four UTF-16 code units packed into two 32-bit integers, in an open-addressing
// table: the check may look up every position of every paragraph, and a Map keyed by fresh
// 4-character strings spent most of the cleaning stage allocating and hashing them.

/**
 * The code units of `s[0..n)` in overlapping pairs: pairs[k] holds units k and k+1, so the shingle
 * at k is the pair (pairs[k], pairs[k+2]). Computed once per string for all its lookups (the
 * cleaning stage makes the same pairs straight from its buffer of key code units, clean.ts).
 */
export function codePairs(s: string, n: number, into?: Int32Array): Int32Array {
  const pairs = into && into.length >= n - 1 ? into : new Int32Array(Math.max(n - 1, 0));
  for (let k = 0; k + 1 < n; k++) pairs[k] = (s.charCodeAt(k) << 16) | s.charCodeAt(k + 1);
  return pairs;
}

/** Shingle (4 code units, as two pairs) → value; values are non-negative integers. */
export class ShingleMap {
  // One array of [hi, lo, value + 1] triples (0 marks an empty slot): a probe touches one cache
  // line, where three parallel arrays cost three misses on a table bigger than the cache.
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    this.slots = new Int32Array(0);
    this.mask = -1;
    this.reset(capacity);
  }

  /**
   * Empties the map, sized for `capacity` entries. A map reused this way (one per page) is
   * cleared in place when the size matches, sparing an allocation and its garbage per page.
   */
  reset(capacity: number): void {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    if (size === this.mask + 1) this.slots.fill(0);
    else this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
    this.count = 0;
  }

  /** The value stored for the shingle whose code-unit pairs are `hi` and `lo` (see codePairs), or -1. */
  get(hi: number, lo: number): number {
    const { slots, mask } = this;
    for (let slot = hash(hi, lo) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const v = slots[at + 2]!;
      if (v === 0) return -1;
      if (slots[at] === hi && slots[at + 1] === lo) return v - 1;
    }
  }

  /** Stores `value` for the shingle `hi`, `lo` unless it already has one. */
  addIfAbsent(hi: number, lo: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.insert(hi, lo, value + 1);
  }

  private insert(hi: number, lo: number, stored: number): void {
    const { slots, mask } = this;
    for (let slot = hash(hi, lo) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      if (slots[at + 2] === 0) {
        slots[at] = hi;
        slots[at + 1] = lo;
        slots[at + 2] = stored;
        this.count++;
        return;
      }
      if (slots[at] === hi && slots[at + 1] === lo) return;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at + 2] !== 0) this.insert(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

function hash(hi: number, lo: number): number {
  let h = Math.imul(hi, 0x9e3779b1) ^ lo;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
