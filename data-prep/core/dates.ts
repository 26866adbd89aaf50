// Dates in an article, resolved against its publication date. Pure and clock-free: a date
// printed without a year takes it from the publication date, never from "today". 5月15日 gets
// the latest year that puts it at most 60 days after publication (reports come after the fact,
// notices a few weeks ahead); 15日 the latest month at most 7 days after (calendar.ts).
//
// Forms read: 2021年5月15日, 二〇二一年五月十五日, 2021.5.15, 2021-05-15, 2021/5/15, 2021年5月
// (month precision), 5月15日 / 五月十五日 (year inferred), 15日 (month and year inferred).
// Not read: a year alone (statedYears has those), a month alone without a year (6月上旬),
// 第5月, ratios (91:1), versions (1.2.3), phone numbers, durations (7日内, 前7日).
import { toHalfWidth } from './numerals.ts';
import { dayNumber, isNearPublication, isoDate, isPlausibleYear, isValidDate, monthForDay, yearForMonthDay } from './calendar.ts';
import { CN_YEAR, SP, toInt, yearOccurrences } from './stated-years.ts';
import { anchoredMatches } from './anchored.ts';

export { statedYears } from './stated-years.ts';

/** A date printed in a text, resolved to a calendar day (or to a month when no day is printed). */
export interface DateMention {
  /** YYYY-MM-DD; the 1st of the month when only the month is known (then `day` is null). */
  date: string;
  year: number;
  month: number | null;
  day: number | null;
  /** Offsets into the text as given. */
  start: number;
  end: number;
  /** The mention as printed. */
  raw: string;
  /** The year was printed, not inferred. */
  explicitYear: boolean;
}

const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const NUM = `(\\d{1,2}|${CN_SMALL})`;

type Kind = 'full' | 'numeric' | 'month-day' | 'day';
/** The character every match of a pattern holds, and how far after the match's start it can be. */
interface Anchor {
  char: string;
  reach: number;
}
// Tried in this order at equal starts; the longest match at the leftmost start wins. The ones
// with an anchor are searched near it only (anchored.ts): they open with CJK classes or a
// look-behind, which the engine would try at every position of the text.
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp, Anchor?]> = [
  ['full', new RegExp(`(?<![\\d〇零一二三四五六七八九])(\\d{4}|${CN_YEAR})${SP}年${SP}${NUM}${SP}月(?:${SP}${NUM}${SP}[日号])?`, 'y'), { char: '年', reach: 4 }],
  ['numeric', /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)/g],
  ['month-day', new RegExp(`(?<![\\d〇零一二三四五六七八九十第])${NUM}${SP}月${SP}${NUM}${SP}[日号]`, 'y'), { char: '月', reach: 3 }],
  // 前7日 / 7日内 are durations, 每月15日 a rule, not a day.
  ['day', /(?<![\d月第.前后近每])(\d{1,2})[ \t]*日(?![内前后以])/y, { char: '日', reach: 2 }],
];

interface Match {
  kind: Kind;
  m: RegExpExecArray;
}

/** Every date printed in `text`, left to right; year-less ones resolved against `published`. */
export function findDates(text: string, published: string | null): DateMention[] {
  return datesIn(text, toHalfWidth(text), asPublished(published));
}

/** findDates with the half-width text `s` and the publication day (YYYY-MM-DD) worked out. */
function datesIn(text: string, s: string, pub: string | null): DateMention[] {
  const out: DateMention[] = [];
  for (const { kind, m } of leftmostMatches(s)) {
    const parts = resolve(kind, m, pub, out, s);
    if (!parts) continue;
    const { year, month, day, explicitYear } = parts;
    if (!isValidDate(year, month, day ?? 1)) continue;
    const end = m.index + m[0].length;
    out.push({ date: isoDate(year, month, day ?? 1), year, month, day, start: m.index, end, raw: text.slice(m.index, end), explicitYear });
  }
  return out;
}

function leftmostMatches(s: string): Match[] {
  const all: Match[] = [];
  for (const [kind, re, anchor] of PATTERNS) {
    if (anchor) for (const m of anchoredMatches(re, s, anchor.char, anchor.reach)) all.push({ kind, m });
    else {
      // What s.matchAll(re) gives, without the copy of `re` it makes on every call.
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) all.push({ kind, m });
    }
  }
  all.sort((a, b) => a.m.index - b.m.index || b.m[0].length - a.m[0].length);
  const kept: Match[] = [];
  let end = 0;
  for (const x of all) {
    if (x.m.index < end) continue;
    kept.push(x);
    end = x.m.index + x.m[0].length;
  }
  return kept;
}

interface Parts {
  year: number;
  month: number;
  day: number | null;
  explicitYear: boolean;
}

function resolve(kind: Kind, m: RegExpExecArray, published: string | null, earlier: readonly DateMention[], s: string): Parts | null {
  if (kind === 'full' || kind === 'numeric') {
    const [y, mo, d] = kind === 'full' ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
    const year = toInt(y);
    const month = toInt(mo);
    const day = d === undefined ? null : toInt(d);
    if (year === null || month === null || !isPlausibleYear(year) || (d !== undefined && day === null)) return null;
    return { year, month, day, explicitYear: true };
  }
  if (kind === 'month-day') {
    const month = toInt(m[1]);
    const day = toInt(m[2]);
    if (month === null || day === null) return null;
    // Without a publication date, the last printed year is the best guide (2021年5月1日…6月3日).
    const year = published ? yearForMonthDay(published, month, day) : ([...earlier].reverse().find((e) => e.explicitYear)?.year ?? null);
    return year === null ? null : { year, month, day, explicitYear: false };
  }
  return resolveDayOnly(Number(m[1]), m.index, published, earlier, s);
}

// 5月15日至17日: a day joined to the date before it shares that date's month.
function resolveDayOnly(day: number, at: number, published: string | null, earlier: readonly DateMention[], s: string): Parts | null {
  const prev = earlier.at(-1);
  if (prev?.month != null && /^[ \t]*[至到\-—–~、和及与][ \t]*$/.test(s.slice(prev.end, at))) {
    return { year: prev.year, month: prev.month, day, explicitYear: prev.explicitYear };
  }
  const ym = published ? monthForDay(published, day) : null;
  return ym ? { ...ym, day, explicitYear: false } : null;
}

/**
 * A publication date string (2022年12月27日 星期二, 2022-12-27, 2022.12.27, 20221227,
 * 二〇二二年十二月二十七日) as YYYY-MM-DD; null without a full day.
 */
export function parsePublished(s: string): string | null {
  const t = toHalfWidth(s).trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) {
    const [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    return isValidDate(y, m, d) ? isoDate(y, m, d) : null;
  }
  return findDates(t, null).find((d) => d.explicitYear && d.day !== null)?.date ?? null;
}

// Callers normally pass YYYY-MM-DD, but a masthead string works too.
function asPublished(published: string | null): string | null {
  if (published === null) return null;
  return dayNumber(published) !== null ? published : parsePublished(published);
}

/** An article's own date (day precision) and year. */
export interface ActivityDate {
  date: string | null;
  year: number | null;
}

/**
 * The activity's own date: the first day-precision date in the lead (the first two paragraphs),
 * else the first one further down that falls in the year before publication (dates further down
 * are often background, 1953年…, or plans); null when the text only says 日前/近日/近期.
 * The year: the date's; else the latest stated year in the publication year or the one before
 * (今年 and 去年 count; a January report on last year states it); else the publication year, since
 * older years (2018年以来, 1953年建省) are background. Without a publication date: the year
 * stated most often, the first on ties.
 */
export function activityDate(text: string, published: string | null): ActivityDate {
  return activityDateOfHalfWidth(toHalfWidth(text), published);
}

/**
 * activityDate of a text with no full-width characters (as normalizeForMatch gives it): the
 * extraction has one already, and making sure of it again costs a pass over the whole body.
 */
export function activityDateOfHalfWidth(s: string, published: string | null): ActivityDate {
  const pub = asPublished(published);
  const lead = leadOf(s);
  const hasDay = (d: DateMention): boolean => d.day !== null;
  const found =
    datesIn(lead, lead, pub).find(hasDay) ??
    datesIn(s, s, pub).find((d) => hasDay(d) && (pub === null || isNearPublication(d.date, pub)));
  if (found) return { date: found.date, year: found.year };
  return { date: null, year: yearFromText(s, pub) };
}

/**
 * The first two paragraphs that are not blank, joined by a line break (as splitting the whole
 * text on line breaks would give, without splitting all of it).
 */
export function leadOf(text: string): string {
  const kept: string[] = [];
  for (let from = 0; from <= text.length && kept.length < 2; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const p = text.slice(from, to);
    if (p.trim() !== '') kept.push(p);
    if (nl < 0) break;
    from = nl + 1;
  }
  return kept.join('\n');
}

function yearFromText(text: string, pub: string | null): number | null {
  if (pub === null) return mostFrequent(yearOccurrences(text));
  const pubYear = Number(pub.slice(0, 4));
  // The answer is the publication year or the one before, so two cases need no reading of the
  // years: 今年 says the publication year, and a text with no 年 and no 2021-5-15 states none.
  if (/今年|本年/.test(text)) return pubYear;
  if (!text.includes('年') && !/[-/.]/.test(text)) return pubYear;
  const years = yearOccurrences(text);
  if (/去年/.test(text)) years.push(pubYear - 1);
  let recent = -Infinity;
  for (const y of years) if ((y === pubYear || y === pubYear - 1) && y > recent) recent = y;
  return recent > -Infinity ? recent : pubYear;
}

function mostFrequent(years: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}
