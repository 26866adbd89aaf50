// Years a text states (2018年, 二〇二一年, 2020年以来), the evidence for an article's year when it
// prints no full date. Shared pieces of the date patterns live here too.
import { chineseNumeralToNumber, toHalfWidth } from './numerals.ts';
import { isPlausibleYear } from './calendar.ts';
import { anchoredMatches } from './anchored.ts';
import { emptyArray } from './empty-array.ts';

/** Spaces OCR leaves inside dates (2021 年 5 月). */
export const SP = '[ \\t]*';
/** A year in Chinese digits, read digit by digit (二〇二一). */
export const CN_YEAR = '[〇零一二三四五六七八九]{4}';

/** Arabic digits or a Chinese numeral as an integer. */
export const toInt = (t: string | undefined): number | null =>
  t === undefined ? null : /^\d+$/.test(t) ? Number(t) : chineseNumeralToNumber(t);

// A year is four digits followed by 年, or the first of a pair sharing one 年 (2018、2019年,
// 2020—2022年), or the head of a numeric date. 2000多人 / 2000余年 have no 年 right after.
const YEAR_PATTERNS: readonly RegExp[] = [
  /(?<![\d.])(\d{4})(?=[ \t]*年)/g,
  /(?<![\d.])(\d{4})(?=[ \t]*[-—–~至到、和及与][ \t]*\d{4}[ \t]*年)/g,
  /(?<![\d.])(\d{4})(?=([-/.])\d{1,2}\2\d{1,2}(?!\d))/g,
];

// 二〇二一年: searched only before each 年 (anchored.ts), since it opens with a class of CJK digits.
const CN_YEAR_BEFORE_NIAN = new RegExp(`(?<![〇零一二三四五六七八九])(${CN_YEAR})(?=${SP}年)`, 'y');

const DATE_SEPARATOR = /\d[-/.]\d/;

/** s.matchAll(re) for a global `re` without the copy of `re` it makes (none of these matches is empty). */
function forEachMatch(re: RegExp, s: string, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) f(m);
}

/** Every stated year, repeats included, in order of appearance; only 1900..2100. */
export function yearOccurrences(text: string): number[] {
  const s = toHalfWidth(text);
  const byOffset = new Map<number, number>();
  const add = (m: RegExpMatchArray & { index: number }) => {
    const y = toInt(m[1]);
    if (y !== null && isPlausibleYear(y)) byOffset.set(m.index, y);
  };
  // Each pattern is a pass over the text that tests every position: run only those whose
  // fixed parts the text has (a 年; a separator between digits for a numeric date).
  const nian = s.includes('年');
  if (nian) forEachMatch(YEAR_PATTERNS[0]!, s, add);
  for (const m of anchoredMatches(CN_YEAR_BEFORE_NIAN, s, '年', 4)) add(m);
  if (nian) forEachMatch(YEAR_PATTERNS[1]!, s, add);
  if (DATE_SEPARATOR.test(s)) forEachMatch(YEAR_PATTERNS[2]!, s, add);
  // Built by empty-array.ts: the lists come empty and filled, and each is read on hot paths.
  const years = emptyArray<number>();
  for (const [, y] of [...byOffset].sort((a, b) => a[0] - b[0])) years.push(y);
  return years;
}

/** Whether `text` states a year: yearOccurrences(text) is not empty. */
export function statesYear(text: string): boolean {
  // Every year pattern needs a 年 or four digits in a row; most clauses have neither.
  if (!text.includes('年') && !FOUR_DIGITS.test(text)) return false;
  return yearOccurrences(text).length > 0;
}

const FOUR_DIGITS = /[0-9０-９]{4}/;

/**
 * The years `text` states, each once, in order of first appearance; only 1900..2100.
 * Counts such as 2000多人 or 2000余家 are not years.
 */
export function statedYears(text: string): number[] {
  return [...new Set(yearOccurrences(text))];
}
