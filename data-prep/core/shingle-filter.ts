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

  /**
   * add(hi, lo) for every four code units in a row of codes[start..end), with hi the first two
   * and lo the last two (as ShingleMap takes a shingle). Each shingle shares three units with
   * the one before: the window slides by one load, where reading each shingle afresh took four,
   * and this is done for every character of a page.
   */
  addRun(codes: Uint16Array, start: number, end: number): void {
    if (end - start < 4) return;
    const bits = this.bits;
    const shift = this.shift;
    let a = codes[start]!;
    let b = codes[start + 1]!;
    let c = codes[start + 2]!;
    for (let k = start + 3; k < end; k++) {
      const d = codes[k]!;
      const h = Math.imul(Math.imul((a << 16) | b, 0x9e3779b1) ^ ((c << 16) | d), 0x85ebca6b) >>> shift;
      bits[h >>> 5] = bits[h >>> 5]! | (1 << (h & 31));
      a = b;
      b = c;
      c = d;
    }
  }

  /**
   * Whether at least `share` of the `n` shingles from codes[start] on (as addRun takes them) may
   * have been added: false as soon as the misses make the share unreachable. A false answer is
   * certain, as for mayHave; it is the same count mayHave would give shingle by shingle.
   */
  mayHaveShare(codes: Uint16Array, start: number, n: number, share: number): boolean {
    const bits = this.bits;
    const shift = this.shift;
    let misses = 0;
    let a = codes[start]!;
    let b = codes[start + 1]!;
    let c = codes[start + 2]!;
    for (let k = start; k < start + n; k++) {
      const d = codes[k + 3]!;
      const h = Math.imul(Math.imul((a << 16) | b, 0x9e3779b1) ^ ((c << 16) | d), 0x85ebca6b) >>> shift;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0 && (n - ++misses) / n < share) return false;
      a = b;
      b = c;
      c = d;
    }
    return true;
  }

  /** False when no shingle added since the last reset is this one; true when one may be. */
  mayHave(hi: number, lo: number): boolean {
    const h = this.hash(hi, lo);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  // addRun and mayHaveShare compute the same hash inline.
  private hash(hi: number, lo: number): number {
    return Math.imul(Math.imul(hi, 0x9e3779b1) ^ lo, 0x85ebca6b) >>> this.shift;
  }
}
