// A small seeded random number generator for the benchmark corpus: the same seed gives the
// same sequence on every machine and Node version (Math.random cannot be seeded).

/** Random draws from one seeded sequence (mulberry32: 32-bit state, fast, good enough for test data). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new RangeError('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** `n` distinct indices of a list of `length`, in random order. */
  sample(length: number, n: number): number[] {
    const idx = Array.from({ length }, (_, i) => i);
    for (let i = 0; i < Math.min(n, length); i++) {
      const j = i + Math.floor(this.next() * (length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, Math.min(n, length));
  }
}
