// The number finder's entry for text already made half-width, and the blocked spans searched from
// the first digit: both must give what the general entry gives.
import { describe, expect, it } from 'vitest';
import { findHalfWidthNumbers, findNumbers } from '../../data-prep/core/numbers.ts';
import { hasFullWidth } from '../../data-prep/core/numerals.ts';
import { blockedSpans } from '../../data-prep/core/number-skips.ts';

const HALF_WIDTH = [
  '2021年投入资金1.72亿元,惠及职工3000余人次',
  '会议于2021.5.15召开,电话0571-88888888,截至10:30共有2300余万元',
  '统一部署,近万人次参加;1/3的企业建会',
  '全市新增会员十几万人,入会率达95%',
  '',
  '没有数字的句子',
];

describe('findHalfWidthNumbers', () => {
  it.each(HALF_WIDTH)('reads %s as findNumbers does', (text) => {
    expect(hasFullWidth(text)).toBe(false);
    expect(findHalfWidthNumbers(text)).toEqual(findNumbers(text));
  });

  it('is told full-width text by hasFullWidth', () => {
    expect(hasFullWidth('投入１２万元')).toBe(true);
    expect(hasFullWidth('共\u30003人')).toBe(true);
  });
});

describe('blockedSpans from the first digit', () => {
  it.each(HALF_WIDTH)('finds in %s the spans a search from the start finds', (text) => {
    const first = text.search(/\d/);
    if (first >= 0) expect(blockedSpans(text, first)).toEqual(blockedSpans(text));
  });

  it('blocks dates, times and fractions (a date two patterns match, twice)', () => {
    expect(blockedSpans('于2021.5.15的10:30,1/3', 1)).toEqual([[1, 10], [1, 10], [11, 16], [17, 20]]);
  });
});
