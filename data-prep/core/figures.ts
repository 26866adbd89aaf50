// Money, membership and reach figures, each with the sentence it came from. The number parser
// finds amounts; this module decides what each one is from the words around it: the unit,
// the verb before it (投入, 返还, 追回), the subject (会员, 入会率) and time words (累计, 今年).
import type { Figure, FigureKind, MoneyCategory, ParsedNumber, Period, Qualifier } from './types.ts';
import { findHalfWidthNumbers, findNumbers } from './numbers.ts';
import { hasFullWidth } from './numerals.ts';
import { sentences } from './sentences.ts';
import { statesYear } from './stated-years.ts';
import { codeAt, isDigitCode, isWhiteSpaceCode } from './char-codes.ts';

export interface FigureContext {
  /** The article's activity year, used for 今年/如今 and figures without a stated year. */
  year: number | null;
}

const CUMULATIVE = /累计|截至|截止|以来|至今|先后|历年|年来|已累计/;
const RECOVERED = /追回|讨回|讨薪|追讨|欠薪|拖欠|劳动报酬|清欠|薪金|支付.{0,6}工资|工资款/;
const FEE_REFUND = /返还.{0,16}经费|经费.{0,6}返还/;
const PRIZE = /奖励|奖金|奖品|获奖|奖补/;
const LOAN = /贷款|贴息|信贷/;
const SPENDING = /投入|安排|拨付|拨出|划拨|发放|捐助|捐赠|捐款|慰问金|资助|帮扶资金|救助金|筹集|送去|用于|慰问|援助|补助|出资|支出|专项资金/;
const OTHER_MONEY = /收入|消费|产值|效益|营收|销售|价格|工资标准|月薪|年薪|人均|不足|政府|财政|补贴/;
const MEMBERS = /会员(?!代表|互助|服务卡|卡|日)/;
const NEW_MEMBERS = /入会|新增会员|发展会员|吸纳.{0,12}会员|新会员|会员登记/;
const RATE = /入会率|建会率|覆盖率/;
const REACH = /参与|参加|惠及|覆盖|服务|受众|培训|慰问|吸引|带动|受益|帮助|救助|走访|收看|观看人|联动|就业|脱盲|参赛|投入竞赛|实施/;
const PEOPLE_UNITS = new Set(['人', '人次', '名', '位', '余人', '名职工']);
// 户 counts households or firms, 次 counts views or cases: neither is people reached.
const NOT_PEOPLE_AFTER = /^(企业|家|单位|个|项|件|场|次)/;

function clauseBefore(s: string, at: number): string {
  const from = Math.max(s.lastIndexOf('，', at - 1), s.lastIndexOf(',', at - 1), s.lastIndexOf('；', at - 1), s.lastIndexOf(';', at - 1));
  return s.slice(from + 1, at);
}

const CLAUSE_MARKS = new Set([...'，,；;。'].map((c) => c.charCodeAt(0)));

/** s.slice(at, to) up to its first clause mark (，,；;。), as split(/[，,；;。]/)[0] would give. */
function clauseAfter(s: string, at: number, to: number): string {
  const end = Math.min(s.length, to);
  let k = at;
  while (k < end && !CLAUSE_MARKS.has(s.charCodeAt(k))) k++;
  return s.slice(at, k);
}

function moneyCategory(sentence: string, before: string): MoneyCategory {
  if (FEE_REFUND.test(sentence)) return 'fee-refund';
  if (RECOVERED.test(before) || (RECOVERED.test(sentence) && /追回|讨|支付/.test(sentence))) return 'wages-recovered';
  if (PRIZE.test(sentence) && !SPENDING.test(before)) return 'prize';
  if (LOAN.test(sentence)) return 'loan';
  if (OTHER_MONEY.test(before)) return 'other';
  if (SPENDING.test(before) || SPENDING.test(sentence.slice(0, sentence.indexOf(before) + before.length + 8))) return 'spending';
  return 'other';
}

function period(sentence: string, before: string, statedYear: number | null): Period {
  if (CUMULATIVE.test(before)) return 'cumulative';
  // "自2019年以来…，2019年共投入60万元": a year stated in the figure's own clause wins over a
  // 以来 earlier in the sentence.
  if (statesYear(before) || /今年|去年|全年|当年|本年度|年内/.test(before)) return 'annual';
  if (/截至|截止|以来|年来/.test(sentence.slice(0, Math.max(0, sentence.indexOf(before))))) return 'cumulative';
  if (statedYear !== null) return 'annual';
  return 'unspecified';
}

/**
 * The year a figure belongs to: the last time expression before it in its sentence — a year
 * (2019年), or 今年/去年 resolved against the article's year — else the article's year. `carry`
 * is the sentence before when this one continues it after a semicolon (仅2020年,…;到489家…).
 */
function figureYear(sentence: string, at: number, ctx: FigureContext, carry: string): { year: number | null; stated: number | null } {
  const head = carry + sentence.slice(0, at);
  // The last match of /(?<![\d.])(1[89]\d\d|20\d\d)(?=\s*年)|今年|去年|本年/g in the head that
  // gives a year. Every match holds a 年, and a later 年's matches stand after an earlier one's,
  // so the search goes back from 年 to 年 and stops at the first that gives one.
  for (let k = head.lastIndexOf('年'); k > 0; k = head.lastIndexOf('年', k - 1)) {
    const y = timeWordYear(head, k, ctx);
    if (!Number.isNaN(y)) return { year: y, stated: y };
  }
  return { year: ctx.year, stated: null };
}

const JIN = '今'.charCodeAt(0);
const QU = '去'.charCodeAt(0);
const BEN = '本'.charCodeAt(0);

/** The year of the time word whose 年 is at `k` (2019年, 2019 年, 今年, 去年, 本年); NaN for none. */
function timeWordYear(head: string, k: number, ctx: FigureContext): number {
  const prev = codeAt(head, k - 1);
  if (prev === JIN || prev === BEN) return ctx.year ?? NaN;
  if (prev === QU) return (ctx.year ?? NaN) - 1;
  let q = k;
  while (q > 0 && isWhiteSpaceCode(head.charCodeAt(q - 1))) q--;
  const p = q - 4;
  if (p < 0 || isDigitCode(codeAt(head, p - 1)) || codeAt(head, p - 1) === 46) return NaN; // (?<![\d.])
  const c0 = head.charCodeAt(p);
  const c1 = head.charCodeAt(p + 1);
  const century = (c0 === 49 && (c1 === 56 || c1 === 57)) || (c0 === 50 && c1 === 48); // 18, 19 or 20
  if (!century || !isDigitCode(head.charCodeAt(p + 2)) || !isDigitCode(head.charCodeAt(p + 3))) return NaN;
  return Number(head.slice(p, q));
}

/**
 * Whether classifyNumber can make a figure of a number with this unit and value: only money,
 * percentages, people and large bare counts can. Most numbers (3年, 5个, 10家) fail here, before
 * the clause, year and window are worked out for them.
 */
function mayBeFigure(n: ParsedNumber): boolean {
  return n.unit === '元' || n.unit === '%' || PEOPLE_UNITS.has(n.unit) || (n.unit === '' && n.value >= 10000);
}

/** A found number with its offsets moved into the window of text it is classified in. */
interface Placed {
  n: ParsedNumber;
  start: number;
  end: number;
}

function classifyNumber(
  { n, start, end }: Placed,
  s: string,
  ctx: FigureContext,
  carry: string,
): Figure | null {
  // Each kind's cheap tests come first: most numbers that reach here are still no figure, and the
  // clause and the year are worked out only for those that may be.
  if (n.unit === '元') {
    const before = clauseBefore(s, start);
    const { year, stated } = figureYear(s, start, ctx, carry);
    const category = moneyCategory(s, before);
    // "最高奖励2万元": a cap stated a word or two before the amount.
    const qualifier = n.qualifier === 'exact' && /最高.{0,4}$/.test(before) ? 'at-most' : n.qualifier;
    const funding = category === 'spending' || category === 'fee-refund';
    const p = period(s, before, stated);
    // A cumulative figure belongs to the year it runs to: the article's, unless 截至 names one.
    const head = s.slice(0, start);
    const y = p === 'cumulative' && !/截至|截止/.test(head) ? (ctx.year ?? year) : year;
    return moneyFigure(n, qualifier, p === 'cumulative' ? y : year, category, funding, p);
  }
  if (n.unit === '%') {
    if (!RATE.test(s.slice(Math.max(0, start - 12), start))) return null;
    return figure(n, figureYear(s, start, ctx, carry).year, 'membership-rate');
  }
  const peopleLike = PEOPLE_UNITS.has(n.unit) || (n.unit === '' && n.value >= 10000);
  if (!peopleLike || n.value < 2) return null;
  const after = s.slice(end, end + 6);
  if (NOT_PEOPLE_AFTER.test(after)) return null;
  if (/党员|律师|代表队|选手/.test(after) && !/参加|参与/.test(s.slice(end, end + 14))) return null;
  const before = clauseBefore(s, start);
  const year = (): number | null => figureYear(s, start, ctx, carry).year;
  // Every members word (MEMBERS, NEW_MEMBERS) holds 会员 or 入会, and all of them are looked for
  // within this window: most windows hold neither, and two searches for them settle that before
  // four patterns are run.
  const mayBeMembers = s.includes('会员') || s.includes('入会');
  const membersContext = mayBeMembers && (MEMBERS.test(s.slice(Math.max(0, start - 20), end + 6)) || /会员/.test(before));
  if (mayBeMembers && (NEW_MEMBERS.test(clauseAfter(s, end, end + 24)) || NEW_MEMBERS.test(before))) {
    if (/会员|入会|职工|人员|就业/.test(s)) return figure(n, year(), 'new-members');
  }
  if (membersContext && !/代表|参加|参与/.test(before)) {
    // "从1953年的84万发展到如今的2156万": each point of a series takes its own year.
    const own = /如今|目前|现有|现在|总数达|已达/.test(before) ? ctx.year : year();
    return figure(n, own, 'members');
  }
  // Two or three people are a team, not an activity's reach.
  if (n.value < 5) return null;
  const reach = REACH.test(before) || REACH.test(s.slice(end, end + 16)) || /人次/.test(n.unit);
  return reach ? figure(n, year(), 'participants') : null;
}

// A figure as written out, its fields in this order; quote and raw are filled in by the caller.
// Object literals of one shape each, since every figure of every article is built here.
function figure(n: ParsedNumber, year: number | null, kind: FigureKind): Figure {
  const { value, qualifier, valueMax } = n;
  return valueMax !== undefined
    ? { value, qualifier, valueMax, year, kind, quote: '', raw: '' }
    : { value, qualifier, year, kind, quote: '', raw: '' };
}

function moneyFigure(
  n: ParsedNumber,
  qualifier: Qualifier,
  year: number | null,
  category: MoneyCategory,
  funding: boolean,
  period: Period,
): Figure {
  const { value, valueMax } = n;
  return valueMax !== undefined
    ? { value, qualifier, valueMax, year, kind: 'money', category, funding, period, quote: '', raw: '' }
    : { value, qualifier, year, kind: 'money', category, funding, period, quote: '', raw: '' };
}

/** A sentence longer than this (OCR lost its punctuation) is quoted by the clauses around the figure. */
const MAX_QUOTE = 400;
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 80;

// /[；;]$/ without a pattern that would try every position of the sentence.
const endsWithSemicolon = (s: string): boolean => s.endsWith(';') || s.endsWith('；');

/** Every figure of an article, in text order, each with its quote; repeats collapsed. */
export function extractFigures(text: string, norm: string, ctx: FigureContext): Figure[] {
  const out: Figure[] = [];
  // An OCR-repeated paragraph gives the same figure from another copy of the same sentence:
  // keep the first. Two figures of one sentence (入会率 100% twice) are distinct.
  const seen = new Map<string, number>();
  let carry = '';
  // Normalised text is half-width: told once for the article rather than once per sentence.
  const find = hasFullWidth(norm) ? findNumbers : findHalfWidthNumbers;
  sentences(text, norm).forEach((sent, si) => {
    const long = sent.norm.length > MAX_QUOTE;
    for (const found of find(sent.norm)) {
      if (!mayBeFigure(found)) continue;
      // Words that decide what a number is stand within a clause or two of it; a window keeps
      // the cost per number constant however long an unpunctuated "sentence" runs.
      const from = Math.max(0, found.start - WINDOW_BEFORE);
      const to = Math.min(sent.norm.length, found.end + WINDOW_AFTER);
      const placed = { n: found, start: found.start - from, end: found.end - from };
      const f = classifyNumber(placed, sent.norm.slice(from, to), ctx, from === 0 ? carry : '');
      if (!f) continue;
      const loose = `${f.kind}|${f.value}|${f.category ?? ''}`;
      const key = `${loose}|${f.year ?? ''}`;
      const prior = seen.get(key);
      if (prior !== undefined && prior !== si) continue;
      // "约定…支付其劳动报酬53万元" then "…一次性支付劳动报酬53万元": a later mention of the same
      // amount that states no year of its own is the same figure told again.
      const priorLoose = seen.get(loose);
      if (priorLoose !== undefined && priorLoose !== si && f.period !== 'annual' && f.period !== 'cumulative') continue;
      // Within one sentence the same figure counts again only for another subject
      // (快递业务员入会率100%,保安员入会率100%), not when the same words print it again.
      const said = `${key}|${si}|${sent.norm.slice(Math.max(0, found.start - 8), found.start)}`;
      if (seen.has(said)) continue;
      seen.set(said, si);
      seen.set(key, si);
      if (!seen.has(loose)) seen.set(loose, si);
      f.quote = long ? sent.text.slice(from, to) : sent.text;
      f.raw = sent.text.slice(found.start, found.end);
      out.push(f);
    }
    carry = endsWithSemicolon(sent.norm) ? (carry + sent.norm).slice(-WINDOW_BEFORE) : '';
  });
  return out;
}

export type { FigureKind };
