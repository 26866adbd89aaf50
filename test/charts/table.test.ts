import { describe, expect, it } from 'vitest';
import { formatCell, type ColumnType } from '../../src/lib/charts/table.ts';

describe('table cells', () => {
  it.each<[string | number, ColumnType, 'zh' | 'en', string]>([
    [21_560_000, 'money', 'zh', '21,560,000元'],
    [21_560_000, 'money', 'en', '¥21,560,000'],
    [2156, 'count', 'zh', '2,156'],
    [92.5, 'percent', 'en', '92.5%'],
    [2021, 'year', 'en', '2021'],
    ['', 'count', 'zh', ''],
    ['浙江', 'text', 'zh', '浙江'],
  ])('formatCell(%j, %s, %s) is %j', (value, type, lang, expected) => {
    expect(formatCell(value, type, lang)).toBe(expected);
  });
});
