// A map from keys held as runs of UTF-16 code units in a caller's buffer to numbers, for the
// exact-repeat check of the cleaning stage: its keys are written into one buffer per page
// (dedupKeyCodes), and a Map keyed by strings spent its time building, flattening and hashing
// them. Open addressing over [hash, start, length, value + 1] quadruples; keys compare by their
// code units, so two keys are the same exactly when their strings would be.

export class CodeKeyMap {
  private slots = new Int32Array(0);
  private mask = -1;
  private count = 0;

  constructor(capacity = 64) {
    this.reset(capacity);
  }

  /** Empties the map, sized for `capacity` keys; cleared in place when the size matches. */
  reset(capacity: number): void {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    if (size === this.mask + 1) this.slots.fill(0);
    else this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    this.count = 0;
  }

  /** The value of the key `codes[start..start+length)`, or -1; `h` is its hashCodes. */
  get(codes: Uint16Array, start: number, length: number, h = hashCodes(codes, start, length)): number {
    const at = this.find(codes, start, length, h);
    return this.slots[at + 3]! - 1;
  }

  /**
   * Sets the value of the key `codes[start..start+length)`; `h` is its hashCodes. The map keeps
   * pointing at those units: `codes` must hold them unchanged, and be passed to every later
   * call, until reset.
   */
  set(codes: Uint16Array, start: number, length: number, value: number, h = hashCodes(codes, start, length)): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow(codes);
    const at = this.find(codes, start, length, h);
    if (this.slots[at + 3] === 0) {
      this.slots[at] = h;
      this.slots[at + 1] = start;
      this.slots[at + 2] = length;
      this.count++;
    }
    this.slots[at + 3] = value + 1;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private find(codes: Uint16Array, start: number, length: number, h: number): number {
    const { slots, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4;
      if (slots[at + 3] === 0) return at;
      if (slots[at] === h && slots[at + 2] === length && sameCodes(codes, slots[at + 1]!, start, length)) return at;
    }
  }

  private grow(codes: Uint16Array): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] === 0) continue;
      const to = this.find(codes, old[at + 1]!, old[at + 2]!, old[at]!);
      this.slots.set(old.subarray(at, at + 4), to);
    }
  }
}

function sameCodes(codes: Uint16Array, a: number, b: number, length: number): boolean {
  if (a === b) return true;
  for (let k = 0; k < length; k++) if (codes[a + k] !== codes[b + k]) return false;
  return true;
}

/**
 * The hash CodeKeyMap files the key `codes[start..start+length)` under: FNV-1a over the units
 * taken two at a time, which halves the chain of multiplications a long key waits on. A caller
 * that both gets and sets a key computes it once and passes it to both.
 */
export function hashCodes(codes: Uint16Array, start: number, length: number): number {
  let h = 0x811c9dc5 ^ length;
  const end = start + length;
  let k = start;
  for (; k + 1 < end; k += 2) h = Math.imul(h ^ ((codes[k]! << 16) | codes[k + 1]!), 0x01000193);
  if (k < end) h = Math.imul(h ^ codes[k]!, 0x01000193);
  return h | 0;
}
