// Amounts in yuan. Chinese puts 元 after the number (1.72亿元); English writes ¥ before it
// (¥172M), as English-language Chinese press does.
import type { Lang } from '../i18n/lang.ts';
import { formatCompact, formatInteger } from './number.ts';

/** A short amount: 1.72亿元 / ¥172M. */
export function formatMoney(value: number, lang: Lang): string {
  return withCurrency(formatCompact(value, lang), lang);
}

/** The full amount: 21,560,000元 / ¥21,560,000. */
export function formatMoneyFull(value: number, lang: Lang): string {
  return withCurrency(formatInteger(value, lang), lang);
}

function withCurrency(number: string, lang: Lang): string {
  if (number === '–') return number;
  return lang === 'zh' ? `${number}元` : `¥${number}`;
}
