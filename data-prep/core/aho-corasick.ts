// A multi-pattern matcher: build once from many patterns, then find every occurrence of every
// pattern in one left-to-right pass over a text (Aho–Corasick). Characters are UTF-16 code
// units, so offsets are ordinary JavaScript string indices.
//
// Layout: the root's transitions are a flat 65,536-entry table (it has thousands of children);
// every other node keeps its few children as a sorted run in shared typed arrays, found by
// binary search. Failure and output links (built on first use) make forEachMatch linear in the
// text length plus the number of matches.
import { ShingleMap } from './shingles.ts';

// 2^20 bits (128 KB): small enough to stay in cache, a few per cent of it set by place names.
const PAIR_BITS = 1 << 20;
const pairBit = (c: number, d: number): number => (Math.imul((c << 16) | d, 0x9e3779b1) >>> 12) & (PAIR_BITS - 1);
/** Hashed triple of code units; `e` is END for "a pattern ends after the pair". */
const tripleBit = (c: number, d: number, e: number): number =>
  (Math.imul(Math.imul((c << 16) | d, 0x9e3779b1) ^ e, 0x85ebca6b) >>> 12) & (PAIR_BITS - 1);
const END = -1;
const hasBit = (bits: Int32Array, h: number): boolean => (bits[h >>> 5]! & (1 << (h & 31))) !== 0;

/** One occurrence of a pattern: `text.slice(start, end) === pattern`. */
export interface AcMatch<T> {
  start: number;
  end: number;
  pattern: string;
  value: T;
}

export class AhoCorasick<T> {
  readonly size: number;
  private readonly patterns: string[] = [];
  private readonly values: T[] = [];
  private readonly rootNext = new Int32Array(0x10000);
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private fail: Int32Array | null = null;
  /** Pattern index ending at the node, or -1. */
  private readonly output: Int32Array;
  /** Nearest node on the failure chain that has an output, or 0 for none. */
  private outLink: Int32Array | null = null;
  /** Some pattern is one code unit long. */
  private readonly singles: boolean;

  /** Later entries replace earlier ones with the same pattern; empty patterns are ignored. */
  constructor(entries: Iterable<readonly [string, T]>) {
    if (entries instanceof Map) {
      // A map's keys are already distinct: no index of the patterns to build (the place and
      // theme matcher has tens of thousands).
      for (const [pattern, value] of entries as Map<string, T>) {
        if (pattern.length === 0) continue;
        this.patterns.push(pattern);
        this.values.push(value);
      }
    } else {
      const index = new Map<string, number>();
      for (const [pattern, value] of entries) {
        if (pattern.length === 0) continue;
        const known = index.get(pattern);
        if (known !== undefined) this.values[known] = value;
        else {
          index.set(pattern, this.patterns.length);
          this.patterns.push(pattern);
          this.values.push(value);
        }
      }
    }

    // Trie with sibling lists while building, in typed arrays sized for the worst case (a node
    // per code unit of every pattern); node 0 is the root, 0 also means "no node".
    let capacity = 1;
    for (const pattern of this.patterns) capacity += pattern.length;
    const firstChild = new Int32Array(capacity);
    const nextSibling = new Int32Array(capacity);
    const nodeChar = new Uint16Array(capacity);
    const out = new Int32Array(capacity).fill(-1);
    let n = 1;
    const { patterns, rootNext } = this;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child: number;
        if (node === 0) child = rootNext[c]!;
        else {
          child = firstChild[node]!;
          while (child !== 0 && nodeChar[child] !== c) child = nextSibling[child]!;
        }
        if (child === 0) {
          child = n++;
          nodeChar[child] = c;
          if (node === 0) rootNext[c] = child;
          else {
            nextSibling[child] = firstChild[node]!;
            firstChild[node] = child;
          }
        }
        node = child;
      }
      out[node] = p;
    }

    let singles = false;
    for (let c = 0; c < 0x10000 && !singles; c++) singles = rootNext[c] !== 0 && out[rootNext[c]!]! >= 0;
    this.singles = singles;

    // Compile non-root children into sorted runs (CSR), each sorted by insertion as it is
    // copied: almost every node has one child or none.
    this.size = n;
    const edgeStart = new Int32Array(n + 1);
    const edgeChar = new Uint16Array(Math.max(n - 1, 0));
    const edgeTarget = new Int32Array(Math.max(n - 1, 0));
    let e = 0;
    for (let node = 1; node < n; node++) {
      edgeStart[node] = e;
      const run = e;
      for (let k = firstChild[node]!; k !== 0; k = nextSibling[k]!) {
        const c = nodeChar[k]!;
        let at = e++;
        for (; at > run && edgeChar[at - 1]! > c; at--) {
          edgeChar[at] = edgeChar[at - 1]!;
          edgeTarget[at] = edgeTarget[at - 1]!;
        }
        edgeChar[at] = c;
        edgeTarget[at] = k;
      }
    }
    edgeStart[n] = e;
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.output = out.slice(0, n);
  }

  /**
   * Failure and output links, breadth first, on the first forEachMatch: the walks from each
   * offset (forEachLongest, forEachByStart) need none, and a matcher of place names builds in
   * each worker.
   */
  private links(): { fail: Int32Array; outLink: Int32Array } {
    if (this.fail && this.outLink) return { fail: this.fail, outLink: this.outLink };
    const n = this.size;
    const fail = new Int32Array(n);
    const outLink = new Int32Array(n);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < 0x10000; c++) if (this.rootNext[c] !== 0) queue[tail++] = this.rootNext[c]!;
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = this.edgeStart[node]!; k < this.edgeStart[node + 1]!; k++) {
        const child = this.edgeTarget[k]!;
        const c = this.edgeChar[k]!;
        let f = fail[node]!;
        let next = this.step(f, c);
        while (next === 0 && f !== 0) {
          f = fail[f]!;
          next = this.step(f, c);
        }
        fail[child] = next;
        outLink[child] = this.output[next]! >= 0 ? next : outLink[next]!;
        queue[tail++] = child;
      }
    }
    this.fail = fail;
    this.outLink = outLink;
    return { fail, outLink };
  }

  /** The child of `node` by code unit `c`, or 0. */
  private step(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]!;
    let lo = this.edgeStart[node]!;
    let hi = this.edgeStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edgeChar[mid]!;
      if (m === c) return this.edgeTarget[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Calls `visit` for every occurrence, in order of end offset (longest first at one end). */
  forEachMatch(text: string, visit: (start: number, end: number, value: T, pattern: string) => void): void {
    const { fail, outLink } = this.links();
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(node, c);
      while (next === 0 && node !== 0) {
        node = fail[node]!;
        next = this.step(node, c);
      }
      node = next;
      for (let hit = this.output[node]! >= 0 ? node : outLink[node]!; hit !== 0; hit = outLink[hit]!) {
        const p = this.output[hit]!;
        const pattern = this.patterns[p]!;
        visit(i + 1 - pattern.length, i + 1, this.values[p]!, pattern);
      }
    }
  }

  /**
   * For each offset where some pattern starts, the longest one starting there: calls `visit` in
   * order of start. Walks the trie from each offset instead of running the automaton, which costs
   * less when most characters begin no pattern or only short ones (place names in prose).
   */
  forEachLongest(text: string, visit: (start: number, end: number, value: T, pattern: string) => void): void {
    this.forEachStart(text, true, visit);
  }

  /**
   * Every occurrence, in order of start (shorter first at one start). Walks the trie from each
   * offset as forEachLongest does: cheaper than the automaton when few pairs of characters in
   * the text begin a pattern (a few hundred terms in prose).
   */
  forEachByStart(text: string, visit: (start: number, end: number, value: T, pattern: string) => void): void {
    this.forEachStart(text, false, visit);
  }

  private forEachStart(
    text: string,
    longestOnly: boolean,
    visit: (start: number, end: number, value: T, pattern: string) => void,
  ): void {
    const n = text.length;
    this.pairTable();
    if (this.singles) {
      for (let i = 0; i < n; i++) if (this.rootNext[text.charCodeAt(i)] !== 0) this.walk(text, i, longestOnly, visit);
      return;
    }
    // Most offsets begin no pattern: the pair of characters there is ruled out by one bit of a
    // small table (one bit per hashed pair) before any lookup in the trie. Many pairs that pass
    // begin only longer patterns (职工 of 职工新街街道): a second table, of hashed triples and of
    // pairs that are whole patterns, rules most of those out by the third character. A matcher
    // with one-unit patterns cannot skip on pairs and takes the loop above.
    // The walk is walk()'s, written out here: this loop runs at every offset of every article.
    const { output, patterns, values } = this;
    const bits = this.pairBits!;
    const triples = this.tripleBits!;
    const pairs = this.pairs!;
    let d = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i + 1 < n; i++) {
      const c = d;
      d = text.charCodeAt(i + 1);
      if (!hasBit(bits, pairBit(c, d))) continue;
      if (!(i + 2 < n && hasBit(triples, tripleBit(c, d, text.charCodeAt(i + 2)))) && !hasBit(triples, tripleBit(c, d, END))) continue;
      let node = pairs.get(c, d);
      let best = -1;
      for (let j = i + 2; node > 0; j++) {
        const p = output[node]!;
        if (p >= 0) {
          best = p;
          if (!longestOnly) visit(i, j, values[p]!, patterns[p]!);
        }
        if (j >= n) break;
        node = this.step(node, text.charCodeAt(j));
      }
      if (longestOnly && best >= 0) visit(i, i + patterns[best]!.length, values[best]!, patterns[best]!);
    }
  }

  /** Follows the trie from offset `i`: visits every pattern starting there, or the longest one. */
  private walk(
    text: string,
    i: number,
    longestOnly: boolean,
    visit: (start: number, end: number, value: T, pattern: string) => void,
  ): void {
    const n = text.length;
    const c = text.charCodeAt(i);
    let best = this.output[this.rootNext[c]!]!;
    if (best >= 0 && !longestOnly) visit(i, i + 1, this.values[best]!, this.patterns[best]!);
    // The second step by hash table: a first character can have hundreds of children.
    let node = i + 1 < n ? this.pairs!.get(c, text.charCodeAt(i + 1)) : 0;
    for (let j = i + 2; node > 0; j++) {
      const p = this.output[node]!;
      if (p >= 0) {
        best = p;
        if (!longestOnly) visit(i, j, this.values[p]!, this.patterns[p]!);
      }
      if (j >= n) break;
      node = this.step(node, text.charCodeAt(j));
    }
    if (longestOnly && best >= 0) {
      const pattern = this.patterns[best]!;
      visit(i, i + pattern.length, this.values[best]!, pattern);
    }
  }

  private pairs: ShingleMap | null = null;
  private pairBits: Int32Array | null = null;
  private tripleBits: Int32Array | null = null;

  /** The nodes two steps below the root, by their two characters (and pairBits, tripleBits filled). */
  private pairTable(): ShingleMap {
    if (this.pairs) return this.pairs;
    // Sized for every pair at once: growing it step by step cost a tenth of a worker's start.
    let count = 0;
    for (let c = 0; c < 0x10000; c++) {
      const first = this.rootNext[c]!;
      if (first !== 0) count += this.edgeStart[first + 1]! - this.edgeStart[first]!;
    }
    const pairs = new ShingleMap(count);
    const bits = new Int32Array(PAIR_BITS >>> 5);
    const triples = new Int32Array(PAIR_BITS >>> 5);
    const set = (table: Int32Array, h: number) => {
      table[h >>> 5]! |= 1 << (h & 31);
    };
    for (let c = 0; c < 0x10000; c++) {
      const first = this.rootNext[c]!;
      if (first === 0) continue;
      for (let k = this.edgeStart[first]!; k < this.edgeStart[first + 1]!; k++) {
        const d = this.edgeChar[k]!;
        const second = this.edgeTarget[k]!;
        pairs.addIfAbsent(c, d, second);
        set(bits, pairBit(c, d));
        if (this.output[second]! >= 0) set(triples, tripleBit(c, d, END));
        for (let q = this.edgeStart[second]!; q < this.edgeStart[second + 1]!; q++) set(triples, tripleBit(c, d, this.edgeChar[q]!));
      }
    }
    this.pairs = pairs;
    this.pairBits = bits;
    this.tripleBits = triples;
    return pairs;
  }

  /** Every occurrence of every pattern (overlaps included). */
  search(text: string): AcMatch<T>[] {
    const matches: AcMatch<T>[] = [];
    this.forEachMatch(text, (start, end, value, pattern) => matches.push({ start, end, pattern, value }));
    return matches;
  }
}
