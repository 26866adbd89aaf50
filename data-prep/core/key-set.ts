// A set of the 16-hex-digit keys hash.ts makes (stableId), held as two 32-bit numbers each in
// a typed table: the corpus-level duplicate check keeps one per article of the corpus, and a
// Set of strings costs four times the memory. Other strings go to an ordinary Set.
import { ShingleMap } from './shingles.ts';

const HEX16 = /^[0-9a-f]{16}$/;

export class KeySet {
  private readonly pairs = new ShingleMap(1024);
  private readonly other = new Set<string>();

  has(key: string): boolean {
    if (!HEX16.test(key)) return this.other.has(key);
    return this.pairs.get(half(key, 0), half(key, 8)) >= 0;
  }

  add(key: string): void {
    if (!HEX16.test(key)) this.other.add(key);
    else this.pairs.addIfAbsent(half(key, 0), half(key, 8), 0);
  }
}

const half = (key: string, at: number): number => Number.parseInt(key.slice(at, at + 8), 16) | 0;
