// The words around a number: the unit after it and the qualifiers before and after it.
import type { Qualifier } from './types.ts';
import { codeAt } from './char-codes.ts';

// Longest first, so 人次 wins over 人 and 个百分点 over 个. 万/亿/千 are not here: they are
// multipliers (2万户 is 20000 户), read by the numeral scanner. 起 and 部 are left out on purpose:
// 一起 and 统一部署 are far more common than 3起案件 or 8部门.
const UNITS: readonly string[] = [
  '个百分点', '平方公里', '摄氏度', '平方米', '百分点', '个小时', '人次', '户次', '场次', '批次',
  '个月', '小时', '分钟', '周年', '公里', '美元', '港元', '元', '人', '名', '户', '家', '个', '件',
  '场', '支', '次', '对', '项', '所', '本', '批', '期', '门', '岗', '位', '天', '周', '年', '岁',
  '台', '辆', '套', '张', '份', '条', '座', '间', '吨', '亩', '米', '篇', '种', '类', '倍', '届',
  '宗', '节', '堂', '轮', '处', '块', '组', '箱',
].slice().sort((a, b) => b.length - a.length);

// The same list by first character's code, each in the list's order: asked after every numeral,
// and a lookup by code needs no one-character string. A table of list numbers by code (0 for
// none) rather than a Map, since most characters after a numeral start no unit at all.
const UNIT_LISTS: string[][] = [];
const UNIT_LIST_OF = new Uint8Array(0x10000);
for (const u of UNITS) {
  const c = u.charCodeAt(0);
  if (UNIT_LIST_OF[c] === 0) {
    UNIT_LISTS.push([]);
    UNIT_LIST_OF[c] = UNIT_LISTS.length;
  }
  UNIT_LISTS[UNIT_LIST_OF[c]! - 1]!.push(u);
}

/** A unit found after a number. */
export interface UnitMatch {
  unit: string;
  end: number;
}

/**
 * The unit starting at `pos` (after at most two spaces, which OCR leaves). 人(次) reads as 人次.
 * A doubled unit (一个个, 一次次) is an idiom, not a count, so it gives no unit.
 */
export function matchUnit(s: string, pos: number): UnitMatch | null {
  let at = pos;
  while (at < pos + 2 && (codeAt(s, at) === 32 || codeAt(s, at) === 9)) at++;
  const first = codeAt(s, at);
  if (first === 37) return { unit: '%', end: at + 1 };
  const list = UNIT_LIST_OF[first]!; // 0 past the end: no unit
  if (list === 0) return null;
  let unit: string | undefined;
  for (const u of UNIT_LISTS[list - 1]!) {
    if (s.startsWith(u, at)) {
      unit = u;
      break;
    }
  }
  if (unit === undefined) return null;
  const end = at + unit.length;
  if (unit.length === 1 && codeAt(s, end) === first) return null;
  if ((unit === '人' || unit === '户') && s.startsWith('(次)', end)) return { unit: `${unit}次`, end: end + 3 };
  return { unit, end };
}

// Longest first: 不超过 must win over 超过, 大约 over 约.
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不少于', 'at-least'], ['不低于', 'at-least'], ['不超过', 'at-most'], ['至少', 'at-least'],
  ['不到', 'at-most'], ['不足', 'at-most'], ['最多', 'at-most'], ['最高', 'at-most'],
  ['至多', 'at-most'], ['超过', 'over'], ['多于', 'over'], ['将近', 'nearly'], ['接近', 'nearly'],
  ['大约', 'about'], ['大概', 'about'], ['超', 'over'], ['逾', 'over'], ['近', 'nearly'],
  ['约', 'about'], ['上', 'at-least'],
];

const PREFIX_ENDS = new Set(PREFIXES.map(([word]) => word.charCodeAt(word.length - 1)));

// 最近/附近 are "recent"/"nearby", and 预约/节约/公约 are words of their own, not "about".
const NOT_A_PREFIX = /(?:[最附临]近|[预节公签合制]约|[以之]上)$/;

/** A qualifier word ending at `end` (the number's start), with where it begins. */
export interface PrefixMatch {
  qualifier: Qualifier;
  start: number;
  word: string;
}

/**
 * The qualifier printed just before a number. 上 only counts before a bare multiplier
 * (上亿, 上千人), since elsewhere it is mostly "on" (会上3人发言).
 */
export function prefixQualifier(s: string, end: number, bareMultiplier: boolean): PrefixMatch | null {
  // Asked before every numeral: most are preceded by no qualifier's last character at all.
  if (!PREFIX_ENDS.has(codeAt(s, end - 1))) return null;
  const before = s.slice(Math.max(0, end - 4), end);
  for (const [word, qualifier] of PREFIXES) {
    if (!before.endsWith(word)) continue;
    if (word === '上' && !bareMultiplier) return null;
    if (NOT_A_PREFIX.test(s.slice(Math.max(0, end - word.length - 1), end))) return null;
    return { qualifier, start: end - word.length, word };
  }
  return null;
}

const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['及以上', 'at-least'], ['以上', 'at-least'], ['以下', 'at-most'], ['以内', 'at-most'],
  ['左右', 'about'], ['整', 'exact'],
];

const SUFFIX_STARTS = new Set(SUFFIXES.map(([word]) => word.charCodeAt(0)));

/** A qualifier word printed right after a number and its unit (2万人以上, 3万元左右). */
export function suffixQualifier(s: string, pos: number): { qualifier: Qualifier; end: number } | null {
  if (!SUFFIX_STARTS.has(codeAt(s, pos))) return null; // asked after every number: most have none
  for (const [word, qualifier] of SUFFIXES) {
    if (s.startsWith(word, pos)) return { qualifier, end: pos + word.length };
  }
  return null;
}
