// Forms the quick paths of the number finder decide on their own (a lone Chinese digit, digits
// with one multiplier, separators and spaces read by char code): each must read as the general
// scanner reads it.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../data-prep/core/numbers.ts';

const raw = (text: string): string[] => findNumbers(text).map((n) => text.slice(n.start, n.end));

describe('findNumbers quick paths', () => {
  it.each<[string, number, string]>([
    ['3 万 人', 30000, '人'],
    ['10   万人', 100000, '人'],
    ['1.72亿元', 1.72e8, '元'],
    ['¥ 5600', 5600, '元'],
    ['8分钟', 8, '分钟'],
  ])('%s is %d %s', (text, value, unit) => {
    expect(findNumbers(text)).toEqual([{ value, qualifier: 'exact', unit, start: 0, end: text.length }]);
  });

  it('reads a lone Chinese digit only with a unit, range or qualifier', () => {
    expect(findNumbers('统一部署')).toEqual([]);
    expect(raw('一线职工三百人')).toEqual(['三百人']);
    expect(findNumbers('一至三人')).toEqual([{ value: 1, valueMax: 3, qualifier: 'range', unit: '人', start: 0, end: 4 }]);
    expect(findNumbers('约一人')).toEqual([{ value: 1, qualifier: 'about', unit: '人', start: 0, end: 3 }]);
  });

  it('ends thousands groups where a digit would follow the last one', () => {
    expect(raw('1,234,5678人')).toEqual(['1,234', '5678人']);
  });

  it('does not carry digits after a multiplier that do not fill its places', () => {
    expect(raw('3万2人')).toEqual(['3万', '2人']);
  });

  it.each(['电话 : 12345', '8分', 'G-3人', '第 3届', '5.2.1', '12:30', '2021 —2022年'])('%s is no amount', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });
});
