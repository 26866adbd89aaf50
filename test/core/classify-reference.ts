// The line classification as first written, all regular expressions, kept to check that the
// cheaper tests in front of them (blocks.ts, boilerplate.ts) change no answer.
import type { Block } from '../../data-prep/core/blocks.ts';
import type { Verdict } from '../../data-prep/core/boilerplate.ts';

// 来源:工人日报 作者:张三 发布时间:2021-05-18 10:22 — the page's byline of site metadata.
const META_KEY = '(?:来源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|编辑|责任编辑|浏览次数|浏览|点击数|点击|阅读|字号)';
const META_LINE = new RegExp(`^(?:${META_KEY}|(?:19|20)\\d\\d[-/.年])`);
const META_FIELD = new RegExp(`${META_KEY}\\s*[:\uff1a]`);
const META_FIELDS = new RegExp(META_FIELD.source, 'g');
// Short lines that are site widgets, when they lead the line.
const WIDGET = /^(?:分享到|分享|扫一扫|扫描二维码|微信|微博|QQ|打印|关闭|上一篇|下一篇|上一条|下一条|返回顶部|返回首页|返回|收藏|字号|字体|责任编辑|编辑[:\uff1a]|审核|校对|当前位置|您的位置|您现在的位置|首页\s*[>»›＞]|相关新闻|相关阅读|相关链接|推荐阅读|热点推荐|主办单位|承办单位|技术支持|网站地图|联系我们)/i;
const DATE_ONLY = /^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?$/;
const LEGAL = /版权所有|版权声明|Copyright|©|ICP[备证]|公网安备|不良信息举报|举报电话/i;

/** How a line of a web page (as markup or as copied text) is to be treated. */
export function referenceJudgeLine(t: string): Verdict {
  const bare = t.replace(/^[\s【\[(\uff08「『|]+/, '');
  if (t.length <= 200 && LEGAL.test(t)) return 'drop';
  if (t.length <= 100 && (META_LINE.test(bare) || (t.match(META_FIELDS)?.length ?? 0) >= 2) && META_FIELD.test(t)) return 'meta';
  if (DATE_ONLY.test(t)) return 'meta';
  if (t.length <= 40 && WIDGET.test(bare)) return 'drop';
  if (/^(?:分享|微信|微博|朋友圈|QQ空间|QQ|新浪微博|腾讯微博|人人网|豆瓣|[\s|:：、,，/])+$/i.test(t)) return 'drop';
  return 'keep';
}

/** Sentence-final marks: a block ending in one of these is a finished paragraph. */
const FINAL = /[。！？!?…；;」』]$|[。！？!?]["”’)）]$|——$/;

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

// Page furniture of printed papers and their web copies. Anchored patterns, so a sentence that
// merely mentions 邮编 is not dropped.
const FURNITURE = [
  /^(新闻热线|投稿邮箱|出版|社址|邮编|准印证号|责任编辑|美术编辑|本版编辑|编辑|校对|E-?mail|电子邮箱|主办|地址|电话|传真)\s*[:：]/i,
  /^(工人日报|杭州工运|中工网|.{2,8}(日报|晚报|工运|工人报))$/,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]/,
  /^第\s*\d+\s*(版|期)\b/,
];

/** Matches 本报讯 / 本报南京11月2日电 with an optional bracketed byline, at a paragraph's start. */
const LEAD_BYLINE =
  /^(本报讯|本报[^\s，。]{1,12}?\d{1,2}月\d{1,2}日电|本报电|新华社[^\s，。]{1,12}?电)\s*([（(][^（()）]{1,60}[)）])?\s*/;

const STANDALONE_BYLINE = /^(□\s*\S{2,6}|(本报|特约)?(记者|通讯员|特约记者|实习生|见习记者)[\s\S]{1,40})$/;

const CREDIT = /(^|\s)(本报)?(特约)?(记者|通讯员)?\s*[\p{Script=Han}A-Za-z·\s]{0,30}\s摄(影)?(\s*[/／][\p{L}\s]{1,12})?$/u;

/** "(王钰哲)" or "(作者单位:全总组织部)" closing a paragraph: the article ends there. */
const AUTHOR_END = /[。！？”]\s*[（(](作者单位[:：][^()（）]{1,30}|[\p{Script=Han}·\s]{2,10}|[\p{Script=Han}]{2,12}(部|室|总工会|工会|中心))[)）]$/u;

/** AUTHOR_END.test(text), asked only of text ending in a bracket (the expression scans every line). */
function endsWithAuthor(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x29 || last === 0xff09) && AUTHOR_END.test(text);
}

function isCredit(line: string): boolean {
  return line.length <= 48 && /摄(影)?(\s*[/／][\p{L}\s]{1,12})?$/u.test(line) && CREDIT.test(line);
}

/** Classify one non-empty line of a page. */
export function referenceClassify(line: string): Block {
  const text = line.trim();
  if (FURNITURE.some((re) => re.test(text)) || referenceJudgeLine(text) !== 'keep') return { type: 'furniture', text };
  if (LABELS.has(text)) return { type: 'label', text };
  if (isCredit(text)) return { type: 'credit', text };
  const lead = LEAD_BYLINE.exec(text);
  if (lead && text.length > lead[0].length + 8) {
    return {
      type: 'body',
      text: text.slice(lead[0].length),
      byline: lead[0].trim(),
      endsArticle: endsWithAuthor(text),
    };
  }
  if (text.length <= 40 && STANDALONE_BYLINE.test(text) && !FINAL.test(text)) {
    return { type: 'byline', text };
  }
  if (text.length > 20 && endsWithAuthor(text)) return { type: 'body', text, endsArticle: true };
  if (/^[（(](作者单位|[\p{Script=Han}·]{2,4}[)）]$)/u.test(text)) return { type: 'body', text, endsArticle: true };
  const final = FINAL.test(text);
  if (!final && text.length <= 64 && !/。/.test(text.slice(0, -1))) return { type: 'head', text };
  if (text.endsWith('——') && text.length <= 90) return { type: 'head', text };
  return { type: 'body', text };
}

