import { describe, expect, it } from 'vitest';
import { formatCompact, formatInteger } from '../../src/lib/format/number.ts';
import { formatMoney, formatMoneyFull } from '../../src/lib/format/money.ts';
import { formatPercent } from '../../src/lib/format/percent.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';

const FORMATS = { formatCompact, formatInteger, formatMoney, formatMoneyFull, formatPercent };

type Case = [name: keyof typeof FORMATS, value: number, lang: Lang, expected: string];

const cases: Case[] = [
  ['formatCompact', 172_000_000, 'zh', '1.72亿'],
  ['formatCompact', 172_000_000, 'en', '172M'],
  ['formatCompact', 21_560_000, 'zh', '2156万'],
  ['formatCompact', 21_560_000, 'en', '21.6M'],
  ['formatCompact', 980, 'zh', '980'],
  ['formatCompact', 12_345, 'zh', '1.23万'],
  ['formatCompact', 12_345, 'en', '12.3K'],
  ['formatCompact', 1.5e9, 'en', '1.5B'],
  ['formatCompact', NaN, 'zh', '–'],
  ['formatInteger', 21_560_000, 'zh', '21,560,000'],
  ['formatInteger', 21_560_000, 'en', '21,560,000'],
  ['formatMoney', 172_000_000, 'zh', '1.72亿元'],
  ['formatMoney', 172_000_000, 'en', '¥172M'],
  ['formatMoney', 23_000_000, 'zh', '2300万元'],
  ['formatMoney', Infinity, 'en', '–'],
  ['formatMoneyFull', 2_300_000, 'zh', '2,300,000元'],
  ['formatMoneyFull', 2_300_000, 'en', '¥2,300,000'],
  ['formatPercent', 92.5, 'zh', '92.5%'],
  ['formatPercent', 92.54, 'en', '92.5%'],
  ['formatPercent', 100, 'en', '100%'],
];

describe('number formats', () => {
  it.each(cases)('%s(%s, %s) is %s', (name, value, lang, expected) => {
    expect(FORMATS[name](value, lang)).toBe(expected);
  });
});
