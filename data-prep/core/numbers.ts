// Chinese amounts and counts as newspapers print them: 1.72亿元, 2300余万元, 近万人次,
// 3000万至5000万元, 百分之七十三. Our own parser, because registry packages mis-read the mixed
// Arabic/Chinese forms. Pure: runs in Node and in a browser worker.
//
// What findNumbers returns: every amount, count, percentage or duration, with `value` in base
// units (万元/亿元 become 元 with the multiplier applied, 万户 becomes 户, 1.3万名 is 13000 名),
// `unit` the counting word after it ('' when none, '%' for percentages) and offsets into the
// original string. Callers pick what they want by unit (小时, 年, 天 durations are returned too).
// What it leaves out: years (4 digits + 年), dates (5月15日, 2021.5.15, 2021-05-15), clock times,
// ordinals (第3届), phone numbers, area codes, postcodes, hotlines (12345), codes (G109, 5G),
// ratios (91:1), numerals inside words (十四五, 五一, 十分) and slogans with a bare 百/千/万
// (千名人才) unless a qualifier makes them a count (近万人次, 千余人, 上亿).
//
// Vague forms (十几万, 数百万, 几十人) read the unknown digit as 0..9 after a ten and 1..9
// before a multiplier: `value` is the low reading and `valueMax` the high one (十几万 is
// 100000..190000, 数百万 is 1000000..9000000), qualifier 'vague'.
import type { ParsedNumber, Qualifier } from './types.ts';
import { cleanFloat, isChineseDigitCode, isLoneChineseDigit, isMultiplierCode, isNumeralCode, NUMERAL_CHARS, scanNumeral, toHalfWidth } from './numerals.ts';
import type { NumeralScan } from './numerals.ts';
import { matchUnit, prefixQualifier, suffixQualifier } from './number-words.ts';
import type { PrefixMatch } from './number-words.ts';
import { blockedSpans, skipReason } from './number-skips.ts';
import { codeAt, isDigitCode, isSpaceOrTab } from './char-codes.ts';

export { chineseNumeralToNumber } from './numerals.ts';

/** A numeral and the unit printed after it. */
interface Part {
  scan: NumeralScan;
  unit: string;
  end: number;
}

// 近3年 is "the last three years", not "nearly three years".
const RECENT_UNITS = new Set(['年', '个月', '天', '周']);

/** Every amount or count in `text`, left to right, with offsets into `text` itself. */
export function findNumbers(text: string): ParsedNumber[] {
  // Many sentences hold nothing a number could start at: they are done before any other work.
  let i = 0;
  while (i < text.length && MAY_START_IN_FULL_WIDTH[text.charCodeAt(i)] === 0) i++;
  if (i >= text.length) return [];
  return numbersFrom(toHalfWidth(text), i);
}

/**
 * findNumbers for a text known to hold no full-width character (hasFullWidth is false, as for
 * normalised text): the same numbers, without a pass over each sentence to find that out again.
 */
export function findHalfWidthNumbers(text: string): ParsedNumber[] {
  let i = 0;
  while (i < text.length && MAY_START[text.charCodeAt(i)] === 0) i++;
  if (i >= text.length) return [];
  return numbersFrom(text, i);
}

/** The numbers of half-width `s`, which holds nothing a number could start at before `from`. */
function numbersFrom(s: string, from: number): ParsedNumber[] {
  let i = from;
  // No digit stands before `from`, and every blocked span starts at one.
  const blocked = blockedSpans(s, from);
  const found: ParsedNumber[] = [];
  let b = 0;
  while (i < s.length) {
    // Most characters cannot start a number; step over them before anything else.
    while (i < s.length && MAY_START[s.charCodeAt(i)] === 0) i++;
    if (i >= s.length) break;
    while ((blocked[b]?.[1] ?? Infinity) <= i) b++;
    const span = blocked[b];
    if (span !== undefined && span[0] <= i) {
      i = span[1];
      continue;
    }
    if (!startsNumber(s, i)) {
      i++;
      continue;
    }
    i = Math.max(readExpression(s, i, found), i + 1);
  }
  return found;
}

/**
 * The amount or count at the start of `s` (leading spaces skipped; words after it are ignored,
 * so "1.3万名职工" reads as 13000 名). Null when `s` does not start with one, or starts with
 * something that is not one (2021年, 第3届).
 */
export function parseAmount(s: string): ParsedNumber | null {
  const lead = s.length - s.trimStart().length;
  const first = findNumbers(s)[0];
  return first !== undefined && first.start === lead ? first : null;
}

const DOT = 46;
const JI = '几'.charCodeAt(0);
const SHU = '数'.charCodeAt(0);
const BAI = '百'.charCodeAt(0);

// The characters startsNumber can hold at, by code: a digit, a numeral, 几 or 数 (百分之 starts
// with 百). A table, since every character of every sentence is looked up here.
const MAY_START = new Uint8Array(0x10000);
for (const c of `0123456789几数${NUMERAL_CHARS}`) MAY_START[c.charCodeAt(0)] = 1;
// The same before the text is made half-width: full-width digits (０-９) become digits then.
const MAY_START_IN_FULL_WIDTH = MAY_START.slice();
for (let c = 0xff10; c <= 0xff19; c++) MAY_START_IN_FULL_WIDTH[c] = 1;

const isPercentWord = (s: string, i: number): boolean => s.charCodeAt(i) === BAI && s.startsWith('百分之', i);

// A number starts at a digit that does not continue an earlier one (so a skipped run is skipped
// whole: 十四五, 唯一一家), at 百分之, or at 几/数 before a multiplier.
function startsNumber(s: string, i: number): boolean {
  if (isPercentWord(s, i)) return true;
  const c = s.charCodeAt(i);
  const prev = codeAt(s, i - 1); // 0 at the start: no character
  if (isDigitCode(c)) return !isDigitCode(prev) && !(prev === DOT && isDigitCode(codeAt(s, i - 2)));
  const vague = (c === JI || c === SHU) && isMultiplierCode(codeAt(s, i + 1));
  return (isNumeralCode(c) || vague) && !isNumeralCode(prev);
}

function readPart(s: string, at: number): Part | null {
  const scan = scanNumeral(s, at);
  if (!scan) return null;
  const unit = matchUnit(s, scan.end);
  return { scan, unit: unit?.unit ?? '', end: unit?.end ?? scan.end };
}

/**
 * Reads the expression that starts at `i`, adds it to `found` when it is an amount or count,
 * and returns where reading goes on.
 */
function readExpression(s: string, i: number, found: ParsedNumber[]): number {
  // 一 in 统一, 一线, 进一步: settled before anything is built for it.
  if (isWordDigit(s, i)) return i + 1;
  const percentWord = isPercentWord(s, i);
  const first = readPart(s, percentWord ? i + 3 : i);
  if (!first) return i + 1;
  // Settled before the skip tests, which would give the same answer at a higher price.
  if (!percentWord && !mayCount(s, i, first)) return first.scan.end;
  if (skipReason(s, i, first.scan, first.unit !== '')) return first.scan.end;

  const range = readRange(s, first);
  let end = range?.end ?? first.end;
  const unit = percentWord ? '%' : (range?.unit ?? first.unit);
  const suffix = suffixQualifier(s, end);
  if (suffix) end = suffix.end;

  const currency = currencyBefore(s, i);
  let start = i - currency;
  const prefix = usefulPrefix(prefixQualifier(s, start, first.scan.bare), unit);
  if (prefix) start = prefix.start;
  if (!isCount(s, i, first.scan, unit, prefix !== null || percentWord)) return first.scan.end;
  if (isOneForOne(s, i, first)) return first.end;

  const qualifier: Qualifier = range
    ? 'range'
    : first.scan.vague
      ? 'vague'
      : (prefix?.qualifier ?? (first.scan.over ? 'over' : (suffix?.qualifier ?? 'exact')));
  const value = range?.lo ?? first.scan.lo;
  const valueMax = range?.hi ?? (first.scan.vague ? first.scan.hi : undefined);
  const outUnit = unit === '' && currency > 0 ? '元' : unit;
  // valueMax only when there is one, and in this key order: the objects are written out as they are.
  found.push(
    valueMax !== undefined
      ? { value, valueMax, qualifier, unit: outUnit, start, end }
      : { value, qualifier, unit: outUnit, start, end },
  );
  return end;
}

// /[￥¥][ \t]*$/ over the two characters before `i`: the length of a currency sign (and space) there.
const YEN_FULL = 0xffe5;
const YEN = 0xa5;
const isYen = (code: number): boolean => code === YEN_FULL || code === YEN;
function currencyBefore(s: string, i: number): number {
  const last = codeAt(s, i - 1);
  if (isYen(last)) return 1;
  return isSpaceOrTab(last) && i >= 2 && isYen(s.charCodeAt(i - 2)) ? 2 : 0;
}

/**
 * A lone Chinese digit that mayCount would reject: no unit, no range after it, no qualifier
 * before it. The commonest case by far (一 is among the commonest characters), so it is told
 * from the characters around it without scanning the numeral.
 */
function isWordDigit(s: string, i: number): boolean {
  if (!isLoneChineseDigit(s, i)) return false;
  return matchUnit(s, i + 1) === null && rangeSignEnd(s, i + 1) === null && prefixQualifier(s, i - currencyBefore(s, i), false) === null;
}

/**
 * False when the numeral at `i` cannot turn out a count whatever the skip tests say: a numeral
 * only in Chinese (统一, 一线, 进一步: 一 is among the commonest characters) with no unit, no
 * range after it, no qualifier before it and under a hundred, or a bare 百/千/万 without 余/多 or
 * a qualifier. These are the cases isCount rejects, decided before the costlier steps.
 */
function mayCount(s: string, i: number, first: Part): boolean {
  const { scan } = first;
  if (scan.over) return true;
  if (!scan.bare) {
    if (scan.hasArabic || scan.vague || first.unit !== '') return true;
    if (scan.lo >= 100 && isChineseDigitCode(s.charCodeAt(i))) return true;
    if (rangeSignEnd(s, first.end) !== null) return true;
  }
  return prefixQualifier(s, i - currencyBefore(s, i), scan.bare) !== null;
}

function usefulPrefix(prefix: PrefixMatch | null, unit: string): PrefixMatch | null {
  return prefix?.word === '近' && RECENT_UNITS.has(unit) ? { ...prefix, qualifier: 'exact' } : prefix;
}

// Chinese numerals hide in ordinary words (一线, 百姓, 千方百计, 二十大), so a numeral written
// only in Chinese must carry a unit, a qualifier or be a hundred or more after a digit (两千万).
// A bare leading 百/千/万 (百场竞赛, 千名人才) is a slogan unless 余/多 or a qualifier makes it one.
function isCount(s: string, i: number, scan: NumeralScan, unit: string, qualified: boolean): boolean {
  if (scan.bare && !qualified && !scan.over) return false;
  if (scan.hasArabic) return true;
  return unit !== '' || qualified || scan.vague || scan.over || (scan.lo >= 100 && isChineseDigitCode(s.charCodeAt(i)));
}

// 一对一, 一人一档, 一企一策: a pattern of pairing, not a count of one.
const YI_ONE = '一'.charCodeAt(0);
function isOneForOne(s: string, i: number, part: Part): boolean {
  return s.charCodeAt(i) === YI_ONE && part.unit !== '' && codeAt(s, part.end) === YI_ONE;
}

/**
 * A range after the first part: 1万元~3万元, 3000万至5000万元, 5万—10万元. The second part's
 * multiplier carries back to a first part printed without one (1至2亿元 is 1亿..2亿) when that
 * keeps the range ascending, and its unit carries back to a first part without a unit.
 */
function readRange(s: string, first: Part): { lo: number; hi: number; unit: string; end: number } | null {
  if (first.scan.vague) return null;
  const at = rangeSignEnd(s, first.end);
  if (at === null) return null;
  const second = readPart(s, at);
  if (!second || second.scan.vague || skipReason(s, at, second.scan, second.unit !== '')) return null;
  if (first.unit !== '' && first.unit !== second.unit) return null;
  const sign = codeAt(s, second.end);
  if ((sign === HYPHEN || sign === TILDE) && isDigitCode(codeAt(s, second.end + 1))) return null; // 1-2-3 is a list or a code
  const { scale } = second.scan;
  const carry = first.unit === '' && !first.scan.hasMultiplier && first.scan.lo * scale <= second.scan.lo;
  const lo = cleanFloat(first.scan.lo * (carry ? scale : 1));
  if (second.scan.lo <= lo) return null;
  return { lo, hi: second.scan.lo, unit: second.unit || first.unit, end: second.end };
}

const HYPHEN = 45;
const TILDE = 126;
const RANGE_SIGNS = new Set([...'~-—–〜至到'].map((c) => c.charCodeAt(0)));

// Where the second part of a range would start: a range sign (~-—–〜至到) with spaces or tabs
// around it, all within the five characters from `at`. Null when no range sign stands there.

function rangeSignEnd(s: string, at: number): number | null {
  const lim = Math.min(s.length, at + 5);
  let k = at;
  while (k < lim && isSpaceOrTab(s.charCodeAt(k))) k++;
  if (k >= lim || !RANGE_SIGNS.has(s.charCodeAt(k))) return null;
  k++;
  while (k < lim && isSpaceOrTab(s.charCodeAt(k))) k++;
  return k;
}
