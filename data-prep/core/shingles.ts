// A map from 4-character shingles to numbers, for the duplicate-paragraph check. A shingle is
// kept as its four UTF-16 code units packed into two 32-bit integers, in an open-addressing
// table: the check looks up every position of every paragraph, and a Map keyed by fresh
// 4-character strings spent most of the cleaning stage allocating and hashing them.

/**
 * The code units of `s[0..n)` in overlapping pairs: pairs[k] holds units k and k+1, so the shingle
 * at k is the pair (pairs[k], pairs[k+2]). Computed once per paragraph for all its lookups.
 */
export function codePairs(s: string, n: number): Int32Array {
  const pairs = new Int32Array(Math.max(n - 1, 0));
  for (let k = 0; k + 1 < n; k++) pairs[k] = (s.charCodeAt(k) << 16) | s.charCodeAt(k + 1);
  return pairs;
}

/** Shingle (4 code units, as two pairs) → value; values are non-negative integers. */
export class ShingleMap {
  private hi: Int32Array;
  private lo: Int32Array;
  /** value + 1; 0 marks an empty slot. */
  private val: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hi = new Int32Array(size);
    this.lo = new Int32Array(size);
    this.val = new Int32Array(size);
  }

  /** The value stored for the shingle whose code-unit pairs are `hi` and `lo` (see codePairs), or -1. */
  get(hi: number, lo: number): number {
    const mask = this.val.length - 1;
    for (let slot = hash(hi, lo) & mask; ; slot = (slot + 1) & mask) {
      const v = this.val[slot]!;
      if (v === 0) return -1;
      if (this.hi[slot] === hi && this.lo[slot] === lo) return v - 1;
    }
  }

  /** Stores `value` for the shingle `hi`, `lo` unless it already has one. */
  addIfAbsent(hi: number, lo: number, value: number): void {
    if ((this.count + 1) * 2 > this.val.length) this.grow();
    this.insert(hi, lo, value + 1);
  }

  private insert(hi: number, lo: number, stored: number): void {
    const mask = this.val.length - 1;
    for (let slot = hash(hi, lo) & mask; ; slot = (slot + 1) & mask) {
      if (this.val[slot] === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.val[slot] = stored;
        this.count++;
        return;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return;
    }
  }

  private grow(): void {
    const { hi, lo, val } = this;
    this.hi = new Int32Array(val.length * 2);
    this.lo = new Int32Array(val.length * 2);
    this.val = new Int32Array(val.length * 2);
    this.count = 0;
    for (let slot = 0; slot < val.length; slot++) if (val[slot] !== 0) this.insert(hi[slot]!, lo[slot]!, val[slot]!);
  }
}

function hash(hi: number, lo: number): number {
  let h = Math.imul(hi, 0x9e3779b1) ^ lo;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
