// Numbers that are not amounts or counts: years, dates, times, ordinals, phone numbers,
// postcodes, hotlines, codes like G109. The amount finder asks these before returning anything.
import { isNumeralChar, type NumeralScan } from './numerals.ts';

// Spans blocked outright, found before scanning: dotted dates and versions, Y-M dates, clock
// times, 400-style service numbers, fractions (1/3).
const BLOCKED: readonly RegExp[] = [
  /\d+(?:\.\d+){2,}/g,
  /(?<!\d)\d+\/\d+(?!\d)/g,
  /(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)/g,
  /(?<!\d)(?:19|20)\d{2}[-/]\d{1,2}(?![\d万亿千百])/g,
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g,
  /(?<!\d)\d{3,4}-\d{3,4}-\d{4}(?!\d)/g,
];

const ANY_DIGIT = /\d/;

/** [start, end) spans of a half-width string where no number is read, in order. */
export function blockedSpans(s: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  // Every pattern needs an ASCII digit; most sentences have none, and six scans cost more than one.
  if (!ANY_DIGIT.test(s)) return spans;
  for (const re of BLOCKED) {
    for (const m of s.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

// A code word right before the digits, with only punctuation between: 邮编:310017, 电话(0571).
const CODE_WORD = /(?:电话|热线|手机|传真|邮编|邮政编码|编号|代码|号码|拨打|QQ|微信)[:\s()]*$/;
// A number followed by a date or clock word is part of a date or time; 分钟 is a duration.
// (A Chinese decimal 点, as in 三点五亿, has already been read by the numeral scanner.)
const DATE_OR_TIME_AFTER = /^[ \t]*(?:[月日号时点秒]|分(?!钟)|世纪|年代)/;
const YEAR_AFTER = /^[ \t]*(?:年|[-—–~至到、和及与][ \t]*\d{4}[ \t]*年)/;

/**
 * Why the numeral at `start..scan.end` is not an amount, or null when it may be one.
 * `hasUnit` tells whether a counting unit follows (phone-like digit strings never carry one).
 */
export function skipReason(s: string, start: number, scan: NumeralScan, hasUnit: boolean): string | null {
  const before = s.slice(Math.max(0, start - 8), start);
  const after = s.slice(scan.end, scan.end + 12);
  const digits = scan.plainDigits;
  if (/第[ \t]*$/.test(before)) return 'ordinal';
  if (/[A-Za-z#@][-]?$/.test(before) || /^\.?[A-Za-z]/.test(after)) return 'code';
  if (/\d:$/.test(before) || /^:\d/.test(after)) return 'ratio or time';
  if (CODE_WORD.test(before)) return 'phone or postcode';
  if (DATE_OR_TIME_AFTER.test(after)) return 'date or time';
  if (!scan.hasArabic && isNumeralChar(after[0])) return 'numeral run'; // 十四五, 二〇二一, 五一
  if (digits !== null && /^\d{4}$/.test(digits) && YEAR_AFTER.test(after)) return 'year';
  if (digits !== null && !hasUnit) return phoneLike(digits, after);
  return null;
}

// Digit strings without a unit that are phone numbers, area codes or hotlines rather than counts.
function phoneLike(digits: string, after: string): string | null {
  if (/^0\d/.test(digits)) return 'area code';
  if (/^\d{7,}$/.test(digits)) return 'phone';
  if (/^123\d\d$/.test(digits) || /^[\u4e00-\u9fff]{0,6}热线/.test(after)) return 'hotline';
  return null;
}
