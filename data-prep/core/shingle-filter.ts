// A bit per hash of a shingle (as ShingleMap takes it: two pairs of code units), for the
// duplicate-paragraph check: a clear bit says for sure that no paragraph so far had the
// shingle, a set bit only that one may have. Small enough to stay in the processor's nearest
// cache, where a table of every shingle of a page is not; most paragraphs are told new by the
// bits alone, and the exact table is filled only for a page where they cannot tell.

export class ShingleFilter {
  private bits = new Int32Array(0);
  private shift = 32;

  constructor(capacity = 1024) {
    this.reset(capacity);
  }

  /** Empties the filter, sized for `capacity` shingles (eight bits each, at least 32768 bits). */
  reset(capacity: number): void {
    let size = 1 << 15;
    while (size < capacity * 8) size *= 2;
    if (size === this.bits.length * 32) this.bits.fill(0);
    else this.bits = new Int32Array(size / 32);
    this.shift = 32 - Math.log2(size);
  }

  add(hi: number, lo: number): void {
    const h = this.hash(hi, lo);
    this.bits[h >>> 5] = this.bits[h >>> 5]! | (1 << (h & 31));
  }

  /** False when no shingle added since the last reset is this one; true when one may be. */
  mayHave(hi: number, lo: number): boolean {
    const h = this.hash(hi, lo);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private hash(hi: number, lo: number): number {
    return Math.imul(Math.imul(hi, 0x9e3779b1) ^ lo, 0x85ebca6b) >>> this.shift;
  }
}
