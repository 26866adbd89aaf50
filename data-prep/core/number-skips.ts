// Numbers that are not amounts or counts: years, dates, times, ordinals, phone numbers,
// postcodes, hotlines, codes like G109. The amount finder asks these before returning anything.
import { isNumeralCode, type NumeralScan } from './numerals.ts';
import { codeAt, isDigitCode, isSpaceOrTab, isWhiteSpaceCode } from './char-codes.ts';

// Spans blocked outright, found before scanning: dotted dates and versions, Y-M dates, clock
// times, 400-style service numbers, fractions (1/3). Each pattern comes with what its matches
// must hold: how many of one separator (. / - :) standing between two digits.
type Separators = Readonly<Record<'dot' | 'slash' | 'hyphen' | 'colon', number>>;
const BLOCKED: ReadonlyArray<readonly [RegExp, (n: Separators) => boolean]> = [
  [/\d+(?:\.\d+){2,}/g, (n) => n.dot >= 2],
  [/(?<!\d)\d+\/\d+(?!\d)/g, (n) => n.slash >= 1],
  [/(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)/g, (n) => n.hyphen >= 2 || n.slash >= 2 || n.dot >= 2],
  [/(?<!\d)(?:19|20)\d{2}[-/]\d{1,2}(?![\d万亿千百])/g, (n) => n.hyphen >= 1 || n.slash >= 1],
  [/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g, (n) => n.colon >= 1],
  [/(?<!\d)\d{3,4}-\d{3,4}-\d{4}(?!\d)/g, (n) => n.hyphen >= 2],
];

const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

/**
 * [start, end) spans of a half-width string where no number is read, in order. Every span starts
 * at a digit, so a caller that knows no digit stands before `from` has the search start there.
 */
export function blockedSpans(s: string, from = 0): ReadonlyArray<readonly [number, number]> {
  // Most sentences have no separator between digits (a decimal point at most), and a pattern
  // costs a pass over the sentence: each runs only where its matches could be.
  const n = separatorsBetweenDigits(s, from);
  if (n === null) return NO_SPANS;
  const spans: Array<readonly [number, number]> = [];
  for (const [re, possible] of BLOCKED) {
    if (!possible(n)) continue;
    re.lastIndex = from;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

// A separator between two digits; the second digit is only looked at, so that in 1.2.3 both
// points are found.
const SEPARATOR_BETWEEN_DIGITS = /\d([./:-])(?=\d)/g;

/** How many of each separator stand between two ASCII digits in `s` from `from`; null when none does. */
function separatorsBetweenDigits(s: string, from: number): Separators | null {
  let dot = 0;
  let slash = 0;
  let hyphen = 0;
  let colon = 0;
  SEPARATOR_BETWEEN_DIGITS.lastIndex = from;
  for (let m = SEPARATOR_BETWEEN_DIGITS.exec(s); m !== null; m = SEPARATOR_BETWEEN_DIGITS.exec(s)) {
    const c = m[1];
    if (c === '.') dot++;
    else if (c === '/') slash++;
    else if (c === '-') hyphen++;
    else colon++;
  }
  return dot + slash + hyphen + colon === 0 ? null : { dot, slash, hyphen, colon };
}

// A code word right before the digits, with only punctuation between: 邮编:310017, 电话(0571).
// As a pattern: /(?:电话|热线|手机|传真|邮编|邮政编码|编号|代码|号码|拨打|QQ|微信)[:\s()]*$/.
const CODE_WORDS = ['电话', '热线', '手机', '传真', '邮编', '邮政编码', '编号', '代码', '号码', '拨打', 'QQ', '微信'];

/**
 * Why the numeral at `start..scan.end` is not an amount, or null when it may be one.
 * `hasUnit` tells whether a counting unit follows (phone-like digit strings never carry one).
 *
 * Asked for nearly every numeral, so the tests below read char codes in place instead of
 * running patterns over slices. Each keeps the window its pattern had: up to 8 characters
 * before the numeral and 12 after it.
 */
export function skipReason(s: string, start: number, scan: NumeralScan, hasUnit: boolean): string | null {
  const from = Math.max(0, start - 8);
  const end = scan.end;
  const lim = Math.min(s.length, end + 12);
  const at = (k: number): number => (k >= from && k < lim ? s.charCodeAt(k) : 0); // 0: see codeAt
  const last = at(start - 1);
  const next = at(end);
  // /第[ \t]*$/ before
  if (at(skipBack(s, start, from, isSpaceOrTab)) === DI) return 'ordinal';
  // /[A-Za-z#@][-]?$/ before, /^\.?[A-Za-z]/ after
  if (isCodeMark(last) || (last === HYPHEN && isCodeMark(at(start - 2)))) return 'code';
  if (isLetter(next) || (next === DOT && isLetter(at(end + 1)))) return 'code';
  // /\d:$/ before, /^:\d/ after
  if ((last === COLON && isDigitCode(at(start - 2))) || (next === COLON && isDigitCode(at(end + 1)))) return 'ratio or time';
  if (codeWordBefore(s, start, from)) return 'phone or postcode';
  if (dateOrTimeAfter(s, end, lim)) return 'date or time';
  if (!scan.hasArabic && isNumeralCode(next)) return 'numeral run'; // 十四五, 二〇二一, 五一
  const digits = scan.plainDigits;
  if (digits !== null && isFourDigits(digits) && yearAfter(s, end, lim)) return 'year';
  if (digits !== null && !hasUnit) return phoneLike(digits, s.slice(end, lim));
  return null;
}

const DI = '第'.charCodeAt(0);
const HYPHEN = 45;
const DOT = 46;
const COLON = 58;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isCodeMark = (c: number): boolean => isLetter(c) || c === 35 || c === 64; // # @

/** Where a run of `skip` characters that ends at `end` begins, looking no further back than `from`. */
function skipBack(s: string, end: number, from: number, skip: (c: number) => boolean): number {
  let k = end;
  while (k > from && skip(s.charCodeAt(k - 1))) k--;
  return k - 1;
}

// What may stand between a code word and its digits: \s, : ( ).
const isCodeGap = (c: number): boolean => c === COLON || c === 40 || c === 41 || isWhiteSpaceCode(c);

// The last characters of the code words: a word can end before the gap only at one of these.
const CODE_WORD_ENDS = new Set(CODE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

function codeWordBefore(s: string, start: number, from: number): boolean {
  // No code word ends with a gap character, so one can only end where the gap run begins.
  const wordEnd = skipBack(s, start, from, isCodeGap) + 1;
  if (!CODE_WORD_ENDS.has(codeAt(s, wordEnd - 1))) return false;
  for (const w of CODE_WORDS) {
    if (wordEnd - w.length >= from && s.startsWith(w, wordEnd - w.length)) return true;
  }
  return false;
}

// A number followed by a date or clock word is part of a date or time; 分钟 is a duration.
// (A Chinese decimal 点, as in 三点五亿, has already been read by the numeral scanner.)
// As a pattern: /^[ \t]*(?:[月日号时点秒]|分(?!钟)|世纪|年代)/.
const DATE_OR_TIME_WORD = new Set('月日号时点秒'.split('').map((c) => c.charCodeAt(0)));
const FEN = '分'.charCodeAt(0);
const ZHONG = '钟'.charCodeAt(0);

function dateOrTimeAfter(s: string, end: number, lim: number): boolean {
  let k = end;
  while (k < lim && isSpaceOrTab(s.charCodeAt(k))) k++;
  if (k >= lim) return false;
  const c = s.charCodeAt(k);
  if (DATE_OR_TIME_WORD.has(c)) return true;
  if (c === FEN) return !(k + 1 < lim && s.charCodeAt(k + 1) === ZHONG);
  return k + 2 <= lim && (s.startsWith('世纪', k) || s.startsWith('年代', k));
}

// /^\d{4}$/
const isFourDigits = (d: string): boolean =>
  d.length === 4 && isDigitCode(d.charCodeAt(0)) && isDigitCode(d.charCodeAt(1)) && isDigitCode(d.charCodeAt(2)) && isDigitCode(d.charCodeAt(3));

// /^[ \t]*(?:年|[-—–~至到、和及与][ \t]*\d{4}[ \t]*年)/: 2021年, or the first of a pair of years.
const NIAN = '年'.charCodeAt(0);
const YEAR_PAIR_SIGN = new Set('-—–~至到、和及与'.split('').map((c) => c.charCodeAt(0)));

function yearAfter(s: string, end: number, lim: number): boolean {
  const skip = (k: number): number => {
    while (k < lim && isSpaceOrTab(s.charCodeAt(k))) k++;
    return k;
  };
  let k = skip(end);
  if (k >= lim) return false;
  if (s.charCodeAt(k) === NIAN) return true;
  if (!YEAR_PAIR_SIGN.has(s.charCodeAt(k))) return false;
  k = skip(k + 1);
  for (let d = 0; d < 4; d++, k++) if (k >= lim || !isDigitCode(s.charCodeAt(k))) return false;
  k = skip(k);
  return k < lim && s.charCodeAt(k) === NIAN;
}

// Digit strings without a unit that are phone numbers, area codes or hotlines rather than counts.
function phoneLike(digits: string, after: string): string | null {
  if (/^0\d/.test(digits)) return 'area code';
  if (/^\d{7,}$/.test(digits)) return 'phone';
  if (/^123\d\d$/.test(digits) || /^[\u4e00-\u9fff]{0,6}热线/.test(after)) return 'hotline';
  return null;
}
