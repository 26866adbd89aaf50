// Which province an article is about: the province of the body that carries out the activity
// (the organiser), not of every place it mentions. A Hangzhou district union donating to
// Sichuan is Zhejiang. Every resolved place mention votes for its province with a weight:
//   where it stands  title 8, subtitles 5, lead sentence 4, rest of the first paragraph 2,
//                    elsewhere 1; inside the dateline (本报南京11月2日电) or ctx's dateline 1;
//   organiser        ×3 when a union or government body follows the name (X省总工会, X市总,
//                    X区总, X工会, X行业工会联合会, X市委…); a chain (甘肃省白银市总工会) counts whole;
//   destination      ×0.2 after 向/到/赴/援助/对口/捐助/考察… in the same clause, and before 籍
//                    (a person's origin).
// The best province wins with at least 3 points and half again as many as the next one;
// otherwise the scope is unknown.
// National scope: a national body or meeting (全国总工会, 全总, 全国工会…, 全国…会议,
// 中国劳动关系学院) in the headline or the lead, when neither names a place of its own other
// than a venue (在南京召开), a destination or the dateline: a national meeting held in Nanjing
// is national. 中国劳动关系学院 is the national federation's own university, so an event it
// hosts with no provincial organiser is national rather than unknown.
// 我省/我市/本省/本市 stand for ctx.region (the paper's province) when it is given.
import type { Place, Scope } from './types.ts';
import { getGazetteer } from './gazetteer.ts';
import { codeAt } from './char-codes.ts';
import { resolveMentionsOfLines, resolvePlaces, type ResolvedMention } from './places.ts';
import type { LongestNames } from './place-patterns.ts';

/** The parts of an article that tell where it happened. */
export interface ProvinceInput {
  title: string;
  subtitles?: string[];
  /** Not used: reporters' names say nothing of the organiser. */
  byline?: string | null;
  text: string;
  dateline?: string | null;
}

/** Where an article happened: the organiser's province, or national, or unknown. */
export interface ProvinceAttribution {
  scope: Scope;
  provinceCode: string | null;
  /** Official full name (浙江省, 新疆维吾尔自治区). */
  province: string | null;
  /** Every place the article names, each once, in order of first mention. */
  places: Place[];
}

// What follows a name (sticky: tried right after it). All of it lies on the name's line.
const ORGANISER =
  /[省市区县州旗盟]?总(?!统|体|结|量|数|额|计|共|之|而|是|算|部|理|监|裁|经|书|的|和)|[^,，。、;；:：!?！？\s]{0,12}?工会|[省市区县州]?(?:委|政府|人大|人社|妇联|团委)/y;
// 到 and 向 only as verbs of going: not 得到/受到/了解到…, not 面向/方向/导向….
const DESTINATION =
  /(?:(?<![得受达收做遇解看听想感直])到|(?<![面导方走转倾])向|赴|前往|援助|对口|捐助|捐赠|支援|帮扶|援建|考察|走进)[^,，。;；:：!?！？\n]*$/;
const NATIONAL =
  /(?:中华)?全国总工会|(?<![安健完齐])全总(?![体结量数额和计])|中国劳动关系学院|中国工运研究所|中国[^,，。、\s]{2,10}工会全国委员会|全国工会|全国[^,，。、;；\s]{0,24}(?:会议|大会|座谈会|交流会|推进会|现场会|表彰会|论坛|研讨会|培训班)/;
// At most 14 characters: tried on that many after the name, across a line break.
const VENUE_AFTER = /^[^,，。;；]{0,12}?(?:召开|举行|举办|开幕|闭幕)/;
const VENUE_REACH = 14;
const DATELINE = /^\s*(?:本报|新华社)[^\d\s]{2,8}?\d{1,2}月\d{1,2}日电/;
const OUR_REGION = /我省|我市|本省|本市/g;
const ZAI = '在'.charCodeAt(0);
const JI = '籍'.charCodeAt(0);

interface Vote {
  province: string;
  weight: number;
  start: number;
  /** Says where the activity is, not just a destination, a venue or a dateline. */
  local: boolean;
}

/**
 * The article as one text, headline + '\n' + body, read in place: offsets are into that text,
 * which is never built (it would copy every article's body).
 */
interface ArticleText {
  headline: string;
  body: string;
  /** Where the body starts: headline.length + 1. */
  bodyAt: number;
}

/** Place names found already in an article's headline and body (article-scan.ts). */
export interface ScannedNames {
  lines: readonly string[];
  names: readonly LongestNames[];
}

/** An article's headline as the scans read it: the title and the subtitles, a line each. */
export function headlineOf(title: string, subtitles: readonly string[] = []): string {
  // Concatenated rather than [title, ...subtitles].join('\n'): optimised code spreads an array
  // of the elements kind it has seen, and subtitles come both as [] and as arrays of strings,
  // so the spread threw away the machine code of whatever it had been inlined into.
  let s = title;
  for (let i = 0; i < subtitles.length; i++) s += `\n${subtitles[i]!}`;
  return s;
}

/**
 * The organiser's province of an article, or national / unknown scope. `scanned` is used when
 * its lines are this article's headline (title and subtitles, a line each) and text.
 */
export function attributeProvince(
  input: ProvinceInput,
  ctx: { region?: string | null } = {},
  scanned?: ScannedNames,
): ProvinceAttribution {
  const g = getGazetteer();
  const headline = headlineOf(input.title, input.subtitles);
  const body = input.text;
  const bodyAt = headline.length + 1;
  const text: ArticleText = { headline, body, bodyAt };
  const leadAt = bodyAt + Math.max(0, body.search(/\S/));
  const leadEnd = bodyAt + sentenceEnd(body, leadAt - bodyAt);
  const lineEnd = body.indexOf('\n', leadAt - bodyAt);
  const paragraphEnd = lineEnd < 0 ? bodyAt + body.length : bodyAt + lineEnd + 1;
  const datelineEnd = bodyAt + (DATELINE.exec(body)?.[0].length ?? 0);
  const base = (at: number) =>
    at < input.title.length ? 8 : at < bodyAt ? 5 : at < leadEnd ? 4 : at < paragraphEnd ? 2 : 1;

  const names = scanned?.lines[0] === headline && scanned.lines[1] === body ? scanned.names : undefined;
  const mentions = resolveMentionsOfLines([headline, body], ctx, names);
  const places = dedupe(mentions);
  const votes: Vote[] = [];
  let span: Span | null = null;
  mentions.forEach((m, i) => {
    if (m.places.length === 0) return;
    // A chain (甘肃省白银市总工会) is one name: what follows its last link counts for all.
    let first = i;
    while (first > 0 && mentions[first - 1]!.end === mentions[first]!.start) first--;
    let last = i;
    while (last + 1 < mentions.length && mentions[last + 1]!.start === mentions[last]!.end) last++;
    if (span?.start !== mentions[first]!.start) span = readSpan(text, mentions[first]!.start, mentions[last]!.end);
    if (m.places.length === 1) votes.push(vote(span, m.start, provinceOf(m.places[0]!), base, datelineEnd));
    else {
      const provinces = new Set(m.places.map(provinceOf));
      for (const p of provinces) votes.push(vote(span, m.start, p, base, datelineEnd));
    }
  });
  const region = ctx.region ? g.findProvince(ctx.region) : null;
  if (region) {
    for (const [line, offset] of [[headline, 0], [body, bodyAt]] as const) {
      for (const m of line.matchAll(OUR_REGION)) {
        const at = offset + m.index;
        votes.push(vote(readSpan(text, at, at + m[0].length), at, region.code, base, datelineEnd));
      }
    }
  }
  for (const p of input.dateline ? resolvePlaces(input.dateline, ctx) : []) {
    votes.push({ province: provinceOf(p), weight: 1, start: Infinity, local: false });
  }

  // National bodies and meetings: in the headline, or in the lead, with no provincial place
  // there except a venue, a destination or the dateline.
  const localBefore = (end: number) => votes.some((v) => v.local && v.start < end);
  if (NATIONAL.test(headline) && !localBefore(bodyAt)) return national(places);
  if (NATIONAL.test(body.slice(leadAt - bodyAt, leadEnd - bodyAt)) && !localBefore(leadEnd)) return national(places);

  const scores = new Map<string, number>();
  for (const v of votes) scores.set(v.province, (scores.get(v.province) ?? 0) + v.weight);
  const [best, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 3 || (second && best[1] < 1.5 * second[1])) {
    return { scope: 'unknown', provinceCode: null, province: null, places };
  }
  const province = g.places.get(best[0])!;
  return { scope: 'province', provinceCode: province.code, province: province.name, places };
}

const provinceOf = (p: Place): string => `${p.code.slice(0, 2)}0000`;

/** What the words around a name (or a chain of names) say of it; the same for each link. */
interface Span {
  start: number;
  organiser: boolean;
  destination: boolean;
  venue: boolean;
}

function readSpan({ headline, body, bodyAt }: ArticleText, start: number, end: number): Span {
  const [line, offset] = start >= bodyAt ? [body, bodyAt] : [headline, 0];
  const s = start - offset;
  const e = end - offset;
  const from = clauseStart(line, s);
  const organiser = matchesAt(ORGANISER, line, e);
  const destination = DESTINATION.test(line.slice(from, s)) || codeAt(line, e) === JI;
  // 在南京召开: a venue; the words after it may run onto the next line.
  const venue =
    s > from &&
    codeAt(line, s - 1) === ZAI &&
    VENUE_AFTER.test(line === body ? body.slice(e, e + VENUE_REACH) : `${headline.slice(e)}\n${body.slice(0, VENUE_REACH)}`);
  return { start, organiser, destination, venue };
}

function vote(span: Span, at: number, province: string, base: (at: number) => number, datelineEnd: number): Vote {
  const { organiser, destination, venue } = span;
  const dateline = at < datelineEnd;
  const weight = dateline ? 1 : base(at) * (organiser ? 3 : 1) * (destination ? 0.2 : 1);
  return { province, weight, start: at, local: !destination && !venue && !dateline };
}

/** Whether sticky `re` matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Where the clause holding `start` begins: after the last , ， 。 ; ； : ： ! ? ！ ？ or line break. */
function clauseStart(text: string, start: number): number {
  let from = start;
  while (from > 0 && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  return from;
}

function isClauseEnd(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3002: // 。
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3a: // :
    case 0xff1a: // ：
    case 0x21: // !
    case 0x3f: // ?
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x0a: // \n
      return true;
    default:
      return false;
  }
}

/** The offset just past the sentence that starts at `from`. */
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.test(text) ? SENTENCE_END.lastIndex : text.length;
}

const SENTENCE_END = /[。!?！？\n]/g;

function dedupe(mentions: readonly ResolvedMention[]): Place[] {
  const seen = new Map<string, Place>();
  for (const m of mentions) for (const p of m.places) if (!seen.has(p.code)) seen.set(p.code, p);
  return [...seen.values()];
}

function national(places: Place[]): ProvinceAttribution {
  return { scope: 'national', provinceCode: null, province: null, places };
}
