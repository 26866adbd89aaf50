// Sets of character bigrams for segmentation's question "which article does this fragment
// continue?", asked of every article on a page for each headless fragment. A bigram (two UTF-16
// units of a text's duplicate key) is given a small number, the first time it is met, from a
// table kept for one page; a set is then the list of its distinct numbers, and two sets are
// compared by marking one in an array indexed by number. Sorting each text's bigrams to compare
// them by merging cost most of the segmentation stage.
import { dedupKeyCodes } from './normalize.ts';

/** The first this many characters of a text are enough to tell where it belongs. */
const SAMPLE = 6000;

export class BigramSets {
  // Open addressing over [bigram, number + 1] pairs.
  private slots = new Int32Array(2 * 4096);
  private mask = 4095;
  private count = 0;
  /**
   * The ignored bigrams are numbered first, 0 to this less one, on every reset: whether a
   * number is ignored is then a comparison, where looking each new bigram of a page up in the
   * set cost as much as numbering it.
   */
  private readonly ignoredCount: number;
  /** Per number: the last call of `of` that met it, to keep each number once. */
  private metIn = new Int32Array(1024);
  private calls = 0;
  /** Per number: the last `mark` that marked it. */
  private markedBy = new Int32Array(1024);
  private marks = 0;
  private keys = new Uint16Array(SAMPLE);

  /** `ignored`: bigrams (as (unit << 16) | next unit) never counted as shared. */
  constructor(private readonly ignored: ReadonlySet<number> = new Set()) {
    this.ignoredCount = ignored.size;
    this.numberIgnored();
  }

  /** Forgets every number (sets made before are not to be compared with later ones). */
  reset(): void {
    if (this.count === this.ignoredCount) return;
    this.slots.fill(0);
    this.count = 0;
    this.numberIgnored();
  }

  private numberIgnored(): void {
    for (const code of this.ignored) this.number(code);
  }

  /** The distinct bigrams of the duplicate key (dedupKey) of `s.slice(0, 6000)`, as numbers. */
  of(s: string): Int32Array {
    const n = dedupKeyCodes(s.length > SAMPLE ? s.slice(0, SAMPLE) : s, this.keys, 0);
    const out = new Int32Array(Math.max(n - 1, 0));
    if (++this.calls === 0x7fffffff) this.calls = restart(this.metIn);
    let size = 0;
    for (let i = 0; i + 1 < n; i++) {
      const id = this.number((this.keys[i]! << 16) | this.keys[i + 1]!);
      if (this.metIn[id] === this.calls) continue;
      this.metIn[id] = this.calls;
      out[size++] = id;
    }
    return out.subarray(0, size);
  }

  /** Marks the set `a`, for `shared` to compare others with; one set is marked at a time. */
  mark(a: Int32Array): void {
    if (++this.marks === 0x7fffffff) this.marks = restart(this.markedBy);
    for (let i = 0; i < a.length; i++) this.markedBy[a[i]!] = this.marks;
  }

  /** How many bigrams of the set `b` the marked set holds too, the ignored ones aside. */
  shared(b: Int32Array): number {
    let n = 0;
    for (let i = 0; i < b.length; i++) if (this.markedBy[b[i]!] === this.marks && b[i]! >= this.ignoredCount) n++;
    return n;
  }

  /** The number of bigram `code`, given it now if it has none. */
  private number(code: number): number {
    for (let slot = hash(code) & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.slots[slot * 2 + 1]!;
      if (v === 0) break;
      if (this.slots[slot * 2] === code) return v - 1;
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const id = this.count++;
    this.insert(code, id + 1);
    if (id >= this.metIn.length) {
      this.metIn = grown(this.metIn, new Int32Array(id * 2));
      this.markedBy = grown(this.markedBy, new Int32Array(id * 2));
    }
    return id;
  }

  private insert(code: number, stored: number): void {
    let slot = hash(code) & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = code;
    this.slots[slot * 2 + 1] = stored;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.insert(old[at]!, old[at + 1]!);
  }
}

function hash(code: number): number {
  const h = Math.imul(code, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

function grown<T extends Int32Array>(old: T, into: T): T {
  into.set(old);
  return into;
}

/** Clears a table of stamps whose counter ran out; the counter starts again at 1. */
function restart(stamps: Int32Array): number {
  stamps.fill(0);
  return 1;
}
