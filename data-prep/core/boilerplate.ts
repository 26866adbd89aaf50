// Site boilerplate of news web pages, line by line: share widgets, breadcrumbs, legal lines,
// the page's own 来源/作者/发布时间 line. Used for HTML pages and for pages copied from the web as
// plain text alike. Pure.
import { isWhiteSpaceCode } from './char-codes.ts';

// 来源:工人日报 作者:张三 发布时间:2021-05-18 10:22 — the page's byline of site metadata.
const META_KEY = '(?:来源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|编辑|责任编辑|浏览次数|浏览|点击数|点击|阅读|字号)';
const META_LINE = new RegExp(`^(?:${META_KEY}|(?:19|20)\\d\\d[-/.年])`);
const META_FIELD = new RegExp(`${META_KEY}\\s*[:\uff1a]`);
const META_FIELDS = new RegExp(META_FIELD.source, 'g');
// Short lines that are site widgets, when they lead the line.
const WIDGET = /^(?:分享到|分享|扫一扫|扫描二维码|微信|微博|QQ|打印|关闭|上一篇|下一篇|上一条|下一条|返回顶部|返回首页|返回|收藏|字号|字体|责任编辑|编辑[:\uff1a]|审核|校对|当前位置|您的位置|您现在的位置|首页\s*[>»›＞]|相关新闻|相关阅读|相关链接|推荐阅读|热点推荐|主办单位|承办单位|技术支持|网站地图|联系我们)/i;
const DATE_ONLY = /^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?$/;
const LEGAL = /版权所有|版权声明|Copyright|©|ICP[备证]|公网安备|不良信息举报|举报电话/i;

/** keep: article text; drop: site furniture; meta: the page's own byline/date line. */
export type Verdict = 'keep' | 'drop' | 'meta';

/** How a line of a web page (as markup or as copied text) is to be treated. */
const LEADING_MARKS = /^[\s【\[(\uff08「『|]+/;

export function judgeLine(t: string): Verdict {
  if (t.length <= 200 && LEGAL.test(t)) return 'drop';
  // META_FIELD needs a colon and DATE_ONLY a leading 1 or 2: lines without are not tried.
  const colon = t.includes(':') || t.includes('\uff1a');
  // The line without its leading brackets and bars, for the patterns that look at its start:
  // only short lines are tried with them, and most have no marks and keep their string.
  const bare = (colon && t.length <= 100) || t.length <= 40 ? (LEADING_MARKS.test(t) ? t.replace(LEADING_MARKS, '') : t) : t;
  if (colon && t.length <= 100 && (META_LINE.test(bare) || (t.match(META_FIELDS)?.length ?? 0) >= 2) && META_FIELD.test(t)) return 'meta';
  const first = t.charCodeAt(0);
  if ((first === 0x31 || first === 0x32) && DATE_ONLY.test(t)) return 'meta';
  if (t.length <= 40 && WIDGET.test(bare)) return 'drop';
  if (mayBeShareBar(first) && SHARE_BAR.test(t)) return 'drop';
  return 'keep';
}

// A line of nothing but share buttons and separators.
const SHARE_BAR = /^(?:分享|微信|微博|朋友圈|QQ空间|QQ|新浪微博|腾讯微博|人人网|豆瓣|[\s|:：、,，/])+$/i;
const SHARE_BAR_STARTS = new Set([...'分微朋Qq新腾人豆|:：、,，/'].map((c) => c.charCodeAt(0)));

/** Whether SHARE_BAR can match a line starting with `first`: one of its words' first characters or a space. */
function mayBeShareBar(first: number): boolean {
  return SHARE_BAR_STARTS.has(first) || isWhiteSpaceCode(first);
}
