// A page as a list of typed blocks: the unit that line repair, duplicate removal and
// segmentation work on. Classification looks only at a block's own shape (length, final
// punctuation, known markers); decisions that need neighbours are made by the later stages.

import { judgeLine } from './boilerplate.ts';
import { codeAt } from './char-codes.ts';

/** What a block looks like on the page. */
export type BlockType =
  | 'head' // short, no final punctuation: headline, kicker, sub-head
  | 'body' // prose paragraph
  | 'byline' // 本报记者 X / 本报通讯员 Y / □作者 (standalone)
  | 'credit' // photo credit ending in 摄: closes a caption
  | 'label' // column label printed above an article (阅读提示, 新闻特写 …)
  | 'furniture'; // masthead, page furniture, editor lines: never article text

export interface Block {
  type: BlockType;
  text: string;
  /** Body paragraph whose byline prefix (本报讯 (记者…)) was split off. */
  byline?: string;
  /** The block closes its article: ends with an author in brackets or 作者单位. */
  endsArticle?: boolean;
  /** Set by duplicate removal: index of the block this one repeats. */
  duplicateOf?: number;
}

/** Sentence-final marks: a block ending in one of these is a finished paragraph. */
export const FINAL = /[。！？!?…；;」』]$|[。！？!?]["”’)）]$|——$/;

const FINAL_MARKS = new Set([...'。！？!?…；;」』'].map((c) => c.charCodeAt(0)));
const STOPS = new Set([...'。！？!?'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"”’)）'].map((c) => c.charCodeAt(0)));
const DASH = 0x2014;

/**
 * FINAL.test(s), from the last two characters: the expression tries every position of the
 * string for an end it can only find at the last, and it is asked of every line and paragraph.
 */
export function endsFinal(s: string): boolean {
  const last = codeAt(s, s.length - 1);
  if (FINAL_MARKS.has(last)) return true;
  const before = codeAt(s, s.length - 2);
  return (CLOSERS.has(last) && STOPS.has(before)) || (last === DASH && before === DASH);
}

const LABELS = new Set([
  '阅读提示',
  '新闻特写',
  '蹲点日记',
  '开栏的话',
  '编者按',
  '记者手记',
  '短评',
  '相关链接',
  '链接',
  '背景',
  '图片新闻',
  '一线视角',
  '新闻链接',
  '工会工作巡礼',
  '评论员文章',
]);
const LONGEST_LABEL = Math.max(...[...LABELS].map((l) => l.length));

// Page furniture of printed papers and their web copies. Anchored patterns, so a sentence that
// merely mentions 邮编 is not dropped.
const FURNITURE = [
  /^(新闻热线|投稿邮箱|出版|社址|邮编|准印证号|责任编辑|美术编辑|本版编辑|编辑|校对|E-?mail|电子邮箱|主办|地址|电话|传真)\s*[:：]/i,
  /^(工人日报|杭州工运|中工网|.{2,8}(日报|晚报|工运|工人报))$/,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]/,
  /^第\s*\d+\s*(版|期)\b/,
];
// What a line must have for one of them to match: 3 to 11 characters (the second), or one of
// these first characters (the others). A regular expression costs about as much to call as to
// run on a line, and every line of every page is asked.
const FURNITURE_STARTS = new Set([...'新投出社邮准责美本编校Ee电主地传第0123456789'].map((c) => c.charCodeAt(0)));

function isFurniture(text: string): boolean {
  if ((text.length < 3 || text.length > 11) && !FURNITURE_STARTS.has(text.charCodeAt(0))) return false;
  return FURNITURE.some((re) => re.test(text));
}

/** Matches 本报讯 / 本报南京11月2日电 with an optional bracketed byline, at a paragraph's start. */
export const LEAD_BYLINE =
  /^(本报讯|本报[^\s，。]{1,12}?\d{1,2}月\d{1,2}日电|本报电|新华社[^\s，。]{1,12}?电)\s*([（(][^（()）]{1,60}[)）])?\s*/;

const STANDALONE_BYLINE = /^(□\s*\S{2,6}|(本报|特约)?(记者|通讯员|特约记者|实习生|见习记者)[\s\S]{1,40})$/;

const CREDIT = /(^|\s)(本报)?(特约)?(记者|通讯员)?\s*[\p{Script=Han}A-Za-z·\s]{0,30}\s摄(影)?(\s*[/／][\p{L}\s]{1,12})?$/u;

/** "(王钰哲)" or "(作者单位:全总组织部)" closing a paragraph: the article ends there. */
export const AUTHOR_END = /[。！？”]\s*[（(](作者单位[:：][^()（）]{1,30}|[\p{Script=Han}·\s]{2,10}|[\p{Script=Han}]{2,12}(部|室|总工会|工会|中心))[)）]$/u;

/** AUTHOR_END.test(text), asked only of text ending in a bracket (the expression scans every line). */
export function endsWithAuthor(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x29 || last === 0xff09) && AUTHOR_END.test(text);
}

function isCredit(line: string): boolean {
  return line.length <= 48 && /摄(影)?(\s*[/／][\p{L}\s]{1,12})?$/u.test(line) && CREDIT.test(line);
}

// A line that is only an author: (作者单位…) or (王钰哲).
const AUTHOR_LINE = /^[（(](作者单位|[\p{Script=Han}·]{2,4}[)）]$)/u;

/**
 * A block with every field present, in one order, whatever its kind: one hidden class for all
 * blocks. With fields added as needed (a byline here, duplicateOf later) the cleaning and the
 * segmentation met new classes of block at random and were compiled again each time.
 */
function block(type: BlockType, text: string, byline?: string, endsArticle?: boolean): Block {
  return { type, text, byline, endsArticle, duplicateOf: undefined };
}

/** Classify one non-empty line of a page. */
export function classify(line: string): Block {
  const text = line.trim();
  if (isFurniture(text) || judgeLine(text) !== 'keep') return block('furniture', text);
  // The length first: looking a whole paragraph up in the set would hash all of it.
  if (text.length <= LONGEST_LABEL && LABELS.has(text)) return block('label', text);
  if (isCredit(text)) return block('credit', text);
  const first = text.charCodeAt(0);
  // LEAD_BYLINE starts with 本 or 新, AUTHOR_LINE with a bracket: other lines are not tried.
  const lead = first === 0x672c || first === 0x65b0 ? LEAD_BYLINE.exec(text) : null;
  if (lead && text.length > lead[0].length + 8) {
    return block('body', text.slice(lead[0].length), lead[0].trim(), endsWithAuthor(text));
  }
  if (text.length <= 40 && STANDALONE_BYLINE.test(text) && !endsFinal(text)) {
    return block('byline', text);
  }
  if (text.length > 20 && endsWithAuthor(text)) return block('body', text, undefined, true);
  if ((first === 0xff08 || first === 0x28) && AUTHOR_LINE.test(text)) return block('body', text, undefined, true);
  const final = endsFinal(text);
  // No 。 before the last character (the first one found is the earliest).
  if (!final && text.length <= 64 && !(text.indexOf('。') >= 0 && text.indexOf('。') < text.length - 1)) return block('head', text);
  if (text.endsWith('——') && text.length <= 90) return block('head', text);
  return block('body', text);
}

/** A caption printed inline at a paragraph's end ("… 本报通讯员 赵明 摄"): split it off. */
export function splitInlineCredit(line: string): [string, string] | null {
  const t = line.trim();
  // Only a line ending in 摄 can hold one; the expression below backtracks through every line.
  if (!t.endsWith('摄')) return null;
  const m = /^(.*[。！？”])\s+((本报)?(特约)?(记者|通讯员)?\s*[\p{Script=Han}·\s]{1,20}\s摄)$/u.exec(t);
  return m && m[1] && m[2] ? [m[1], m[2]] : null;
}
