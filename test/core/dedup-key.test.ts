import { describe, expect, it } from 'vitest';
import { dedupKey, dedupKeyCodes } from '../../data-prep/core/normalize.ts';
import { dedupId } from '../../data-prep/core/dedup-id.ts';
import { stableId, stableIdOfCodes } from '../../data-prep/core/hash.ts';

const viaCodes = (s: string, at = 3): string => {
  const buf = new Uint16Array(at + s.length);
  const end = dedupKeyCodes(s, buf, at);
  return String.fromCharCode(...buf.subarray(at, end));
};

describe('dedupKeyCodes', () => {
  it.each([
    '',
    '，。、',
    '全总召开会议，部署2024年工作。',
    'ＡＢＣ１２３，全角　空格！ｘ',
    '工會會員們說：這個好。',
    '𠀀字与𝟘，lone \ud800 surrogate \udc00 here',
    'Ünïcödé 123 ＠＃ abc',
  ])('writes the units of dedupKey(%j)', (s) => {
    expect(viaCodes(s)).toBe(dedupKey(s));
    expect(viaCodes(s, 0)).toBe(dedupKey(s));
  });

  it('agrees with dedupKey on every BMP code unit, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (viaCodes(s) !== dedupKey(s) || viaCodes(`a${s}1`) !== dedupKey(`a${s}1`)) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });
});

describe('dedupId', () => {
  it.each(['', '全总召开会议,部署2024年工作。', '工會會員們說:這個好。', '𠀀字', '长'.repeat(70_000) + 'ＡＢ'])('is stableId(dedupKey(s)) for %#', (s) => {
    expect(dedupId(s)).toBe(stableId(dedupKey(s)));
  });

  it('stableIdOfCodes hashes the units as stableId hashes the string', () => {
    const s = '工会ab\u0000𠀀';
    expect(stableIdOfCodes(Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)), s.length)).toBe(stableId(s));
    expect(stableIdOfCodes(new Uint16Array(8), 0)).toBe(stableId(''));
  });
});
