import { describe, expect, it } from 'vitest';
import { formatDate, formatYear, formatYearRange } from '../../src/lib/format/date.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';

describe('dates', () => {
  it.each<[string, Lang, string]>([
    ['2021-03-05', 'zh', '2021年3月5日'],
    ['2021-03-05', 'en', 'Mar 5, 2021'],
    ['2021-12-31', 'zh', '2021年12月31日'],
    ['2021-3', 'zh', '2021-3'],
    ['unknown', 'en', 'unknown'],
  ])('formatDate(%s, %s) is %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it.each<[number | null, number | null, Lang, string]>([
    [2020, 2022, 'zh', '2020–2022年'],
    [2020, 2022, 'en', '2020–2022'],
    [2021, 2021, 'zh', '2021年'],
    [2020, null, 'zh', '2020年起'],
    [null, 2022, 'en', 'up to 2022'],
    [null, null, 'en', ''],
  ])('formatYearRange(%s, %s, %s) is %s', (from, to, lang, expected) => {
    expect(formatYearRange(from, to, lang)).toBe(expected);
  });

  it('formatYear(2021, zh) is 2021年 and en 2021', () => {
    expect([formatYear(2021, 'zh'), formatYear(2021, 'en')]).toEqual(['2021年', '2021']);
  });
});
