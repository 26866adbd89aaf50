import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../data-prep/core/aho-corasick.ts';

const key = (m: { start: number; end: number; pattern: string }) => `${m.start}-${m.end}:${m.pattern}`;

function bruteForce(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (const p of new Set(patterns)) {
    if (!p) continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}-${i + p.length}:${p}`);
  }
  return out.sort();
}

// Deterministic pseudo-random strings over a small alphabet, so patterns overlap a lot.
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('AhoCorasick', () => {
  const cases: Array<[string, string[], string, string[]]> = [
    ['the textbook set', ['he', 'she', 'his', 'hers'], 'ushers', ['1-4:she', '2-4:he', '2-6:hers']],
    ['nested Chinese names', ['海南', '海南藏族自治州', '南藏'], '青海海南藏族自治州', ['2-4:海南', '3-5:南藏', '2-9:海南藏族自治州']],
    ['a pattern inside another', ['白银', '白银市', '银市'], '甘肃省白银市', ['3-5:白银', '3-6:白银市', '4-6:银市']],
    ['no match', ['浙江'], '江苏', []],
    ['an empty text', ['浙江'], '', []],
    ['repeated occurrences', ['aa'], 'aaaa', ['0-2:aa', '1-3:aa', '2-4:aa']],
  ];
  it.each(cases)('search finds %s', (_, patterns, text, expected) => {
    const ac = new AhoCorasick(patterns.map((p) => [p, p] as const));
    expect(ac.search(text).map(key).sort()).toEqual([...expected].sort());
  });

  it('search returns the payload of each pattern', () => {
    const ac = new AhoCorasick<number>([['嘉兴', 1], ['嘉兴市', 2]]);
    expect(ac.search('嘉兴市总').map((m) => m.value).sort()).toEqual([1, 2]);
  });

  it('a later entry replaces an earlier one with the same pattern; empty patterns are ignored', () => {
    const ac = new AhoCorasick<string>([['杭州', 'a'], ['', 'x'], ['杭州', 'b']]);
    expect(ac.search('杭州')).toEqual([{ start: 0, end: 2, pattern: '杭州', value: 'b' }]);
  });

  it('search agrees with brute force on random texts (failure links)', () => {
    const rnd = lcg(7);
    const word = (n: number) => Array.from({ length: n }, () => 'abc'[Math.floor(rnd() * 3)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 12 }, () => word(1 + Math.floor(rnd() * 5)));
      const text = word(80);
      const ac = new AhoCorasick(patterns.map((p) => [p, null] as const));
      expect(ac.search(text).map(key).sort()).toEqual(bruteForce(patterns, text));
    }
  });

  it('forEachMatch reports matches in order of end offset', () => {
    const ac = new AhoCorasick([['ab', 0], ['b', 1], ['abc', 2], ['c', 3]] as const);
    const ends: number[] = [];
    ac.forEachMatch('abc', (_s, end) => ends.push(end));
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
  });

  it('forEachByStart and forEachLongest agree with brute force, with and without one-unit patterns', () => {
    const rnd = lcg(11);
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(rnd() * 4)]).join('');
    for (let round = 0; round < 60; round++) {
      const minLength = round % 2 === 0 ? 1 : 2;
      const patterns = Array.from({ length: 10 }, () => word(minLength + Math.floor(rnd() * 4)));
      const text = word(round % 10 === 0 ? 1 : 60);
      const ac = new AhoCorasick(patterns.map((p) => [p, p] as const));
      const byStart: string[] = [];
      ac.forEachByStart(text, (start, end, value) => byStart.push(`${start}-${end}:${value}`));
      const expected = bruteForce(patterns, text);
      const order = (k: string) => k.split(/[-:]/).map(Number);
      expect(byStart).toEqual(
        [...expected].sort((a, b) => order(a)[0]! - order(b)[0]! || order(a)[1]! - order(b)[1]!),
      );
      const longest: string[] = [];
      ac.forEachLongest(text, (start, end, value) => longest.push(`${start}-${end}:${value}`));
      const perStart = new Map<number, string>();
      for (const k of byStart) perStart.set(order(k)[0]!, k);
      expect(longest).toEqual([...perStart.values()]);
    }
  });
});
