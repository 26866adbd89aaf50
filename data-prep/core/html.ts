// HTML page → article text, with site boilerplate removed. Pure string work (no DOM, no Node
// API) so it runs in Node and in a browser worker alike. Nothing in the page is ever executed.
//
// This file is longer than most: the tokenizer, the entity table and the boilerplate rules are
// one concept (how a news page's markup becomes the article's paragraphs) and are only useful
// together.

/** What a news page yields: its headline, paragraphs joined by "\n", and a date when it states one. */
export interface HtmlText {
  title: string | null;
  /** Article paragraphs, one a line; the headline line is not repeated here. */
  text: string;
  /** "YYYY-MM-DD" from <meta name="publishdate"> and kin, or a 发布时间: line; null otherwise. */
  published: string | null;
}

import { judgeLine, type Verdict } from './boilerplate.ts';

// Elements whose content is never text: skipped up to their end tag without looking inside.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'noscript', 'iframe', 'template']);
// Page furniture: skipped when they close and do not hold the article (see holdsArticle).
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'svg', 'math', 'object', 'video', 'audio', 'canvas', 'map']);
// class / id tokens that name the same furniture on sites that use plain <div>s.
const FURNITURE_CLASS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'topnav', 'mainnav', 'subnav', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'location', 'position', 'share', 'bdsharebuttonbox', 'bshare', 'footer', 'foot', 'copyright', 'sidebar', 'header',
  'related', 'comment', 'comments',
]);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'tbody', 'thead', 'section', 'article', 'main', 'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'center', 'address',
  'body', 'caption',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", NBSP: '\u00a0', AMP: '&', LT: '<', GT: '>',
  QUOT: '"', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„', mdash: '—', ndash: '–',
  hellip: '…', middot: '·', bull: '•', copy: '©', COPY: '©', reg: '®', REG: '®', trade: '™', times: '×',
  divide: '÷', deg: '°', plusmn: '±', yen: '¥', cent: '¢', pound: '£', euro: '€', emsp: '\u2003', ensp: '\u2002',
  thinsp: '\u2009', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', permil: '‰', sect: '§', para: '¶',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
};
// Entities browsers accept without the semicolon; others need it, so "&copy2" stays literal.
const LEGACY = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg', 'NBSP', 'AMP', 'LT', 'GT', 'QUOT']);
// &#150; and friends mean windows-1252 characters (HTML spec), common in older pages.
const C1: Record<number, number> = { 0x80: 0x20ac, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122 };

/** Decodes character references: named (&nbsp; &ldquo; …), decimal (&#20013;) and hex (&#x4e00;). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g, (all, body: string, semi: string) => {
    if (body.startsWith('#')) {
      let cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      cp = C1[cp] ?? cp;
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    const ch = NAMED[body];
    if (ch !== undefined && (semi || LEGACY.has(body))) return ch;
    if (semi) return all;
    // "&copy2021": browsers take the longest legacy name that prefixes the run.
    const legacy = [...LEGACY].filter((n) => body.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    return legacy ? NAMED[legacy]! + body.slice(legacy.length) : all;
  });
}

interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
  /** Index just past the closing '>'. */
  next: number;
}

/** Reads the tag starting at `at` (html[at] === '<'); null when it is not a tag (a lone '<'). */
function readTag(html: string, at: number): Tag | null {
  let i = at + 1;
  const end = html[i] === '/';
  if (end) i++;
  const m = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(i, i + 64));
  if (!m) return null;
  const name = m[0].toLowerCase();
  i += m[0].length;
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return { name, end, selfClosing, attrs, next: i + 1 };
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/') { selfClosing = html[i + 1] === '>'; i++; continue; }
    let j = i;
    while (j < html.length && !/[\s=>/]/.test(html[j]!)) j++;
    if (j === i) j++; // a stray '=': consume it so the loop always advances
    const key = html.slice(i, j).toLowerCase();
    i = j;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        j = i;
        while (j < html.length && !/[\s>]/.test(html[j]!)) j++;
        value = html.slice(i, j);
        i = j;
      }
    }
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
  return { name, end, selfClosing, attrs, next: html.length };
}

/** Index just past the element opened at `from` (its matching end tag), or -1 when it never closes. */
function elementEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return re.lastIndex;
  }
  return -1;
}

const stripTags = (s: string): string => s.replace(/<[^>]*>/g, '').replace(/\s+/g, '');

/** A furniture element that wraps the article (ASP.NET's page-wide <form>, an article <header> with the <h1>) must stay. */
function holdsArticle(span: string): boolean {
  if (/<h1[\s>]/i.test(span)) return true;
  const all = stripTags(span).length;
  if (all < 300) return false;
  let linked = 0;
  for (const m of span.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi)) linked += stripTags(m[1]!).length;
  return linked / all <= 0.5;
}

function isFurniture(tag: Tag): boolean {
  if (FURNITURE.has(tag.name)) return true;
  const names = `${tag.attrs.get('class') ?? ''} ${tag.attrs.get('id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((n) => FURNITURE_CLASS.has(n));
}

interface Line {
  text: string;
  /** Non-space characters inside <a>. */
  linked: number;
  h1: boolean;
}

interface Scan {
  lines: Line[];
  h1s: string[];
  title: string | null;
  meta: Map<string, string>;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
// A source line break between two Chinese characters is layout, not a space.
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\f]*\\n\\s*(?=[${CJK}])`, 'g');

function scan(html: string): Scan {
  const out: Scan = { lines: [], h1s: [], title: null, meta: new Map() };
  let cur = '';
  let linked = 0;
  let inLink = 0;
  let inH1 = 0;
  let inPre = 0;
  let lineH1 = false;
  const flush = (): void => {
    const text = cur.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text) out.lines.push({ text, linked, h1: lineH1 });
    cur = '';
    linked = 0;
    lineH1 = inH1 > 0;
  };
  const addText = (raw: string): void => {
    if (inPre) {
      const parts = decodeEntities(raw).split(/\r\n?|\n/);
      parts.forEach((p, k) => { if (k) flush(); cur += p; });
      return;
    }
    const t = decodeEntities(raw.replace(CJK_BREAK, '$1'));
    cur += t;
    if (inLink) linked += t.replace(/\s/g, '').length;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { addText(html.slice(i)); break; }
    if (lt > i) addText(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) { addText('<'); i++; continue; }
    i = tag.next;
    const { name } = tag;
    if (tag.end) {
      if (name === 'a') inLink = Math.max(0, inLink - 1);
      if (name === 'pre') inPre = Math.max(0, inPre - 1);
      if (BLOCK.has(name)) flush();
      if (name === 'h1' && inH1) { inH1--; if (!inH1) lineH1 = false; }
      continue;
    }
    if (name === 'meta') {
      const key = tag.attrs.get('name') ?? tag.attrs.get('property') ?? tag.attrs.get('itemprop') ?? tag.attrs.get('http-equiv');
      const content = tag.attrs.get('content');
      if (key && content !== undefined && !out.meta.has(key.toLowerCase())) out.meta.set(key.toLowerCase(), content.trim());
      continue;
    }
    if (RAW_TEXT.has(name)) {
      if (tag.selfClosing) continue;
      const re = new RegExp(`</${name}(?=[\\s/>])[^>]*>`, 'gi');
      re.lastIndex = i;
      const m = re.exec(html);
      const stop = m ? m.index : html.length;
      if (name === 'title' && out.title === null) out.title = decodeEntities(html.slice(i, stop)).replace(/\s+/g, ' ').trim();
      i = m ? re.lastIndex : html.length;
      continue;
    }
    if (!VOID.has(name) && !tag.selfClosing && isFurniture(tag)) {
      const stop = elementEnd(html, name, lt);
      if (stop > 0 && !holdsArticle(html.slice(tag.next, stop))) {
        flush();
        i = stop;
        continue;
      }
    }
    if (BLOCK.has(name)) flush();
    if (name === 'a') inLink++;
    if (name === 'pre') inPre++;
    if (name === 'h1') { inH1++; lineH1 = true; }
  }
  flush();
  for (const l of out.lines) if (l.h1) out.h1s.push(l.text);
  return out;
}

/** "2021-05-18", "2021年5月18日", "2021/5/18", "2021.05.18" → "2021-05-18"; null when no valid date. */
export function findDate(s: string): string | null {
  const m = /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_META = ['publishdate', 'pubdate', 'publish_date', 'publishtime', 'article:published_time', 'og:release_date', 'datepublished', 'firstpublishedtime', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date'];

function judge(line: Line): Verdict {
  const v = judgeLine(line.text);
  if (v !== 'keep') return v;
  const chars = line.text.replace(/\s/g, '').length;
  if (chars > 0 && line.linked / chars >= 0.7) return 'drop';
  return 'keep';
}

/** Drops a trailing " - 中工网" / "_工人日报" style site name; returns the headline and what was cut. */
function splitTitle(title: string): { head: string; cut: string[] } {
  const parts = title.split(/\s+[-|–—]\s+|\s*[_|｜]\s*|\s+--\s+/);
  const head = parts[0]!.trim();
  return head ? { head, cut: parts.slice(1).map((p) => p.trim()) } : { head: title, cut: [] };
}

/** Markup → { title, text, published } for one news page; see HtmlText. */
export function htmlToText(html: string): HtmlText {
  const s = scan(html);
  let published: string | null = null;
  for (const key of DATE_META) {
    const v = s.meta.get(key);
    if (v && (published = findDate(v))) break;
  }
  const kept: string[] = [];
  for (const line of s.lines) {
    const v = judge(line);
    if (v === 'meta') published ??= findDate(line.text);
    else if (v === 'keep') kept.push(line.text);
  }
  const fromTitle = s.title ? splitTitle(s.title) : null;
  // The first <h1> that is not the site's name (a logo heading) is the headline.
  const h1 = s.h1s.find((h) => h.length <= 200 && !fromTitle?.cut.includes(h));
  const title = h1 ?? (fromTitle?.head || null);
  const at = title === null ? -1 : kept.indexOf(title);
  if (at >= 0) kept.splice(at, 1);
  return { title, text: kept.join('\n'), published };
}
