// A page (or a pre-segmented record) → Article records: the cleaning and segmentation stages
// put together, with the title picked from the headline group and a stable id.
import type { Article, Page } from './types.ts';
import { cleanPage, markDuplicates, pageLines, repairLines } from './clean.ts';
import { segmentBlocks, type Segment } from './segment.ts';
import { stableId } from './hash.ts';
import { emptyArray } from './empty-array.ts';

// The 主题 of a headline group names who did what; the 引题 above it sets the scene in
// enumerations (大带小、强带弱) or spaced slogans, and a kicker ending in —— leads into it.
const ORG = /(省|市|区|县|州)总|总工会|工会|全总|职工之家/;
const SLOGAN = /[、]|[\p{Script=Han}]\s+[\p{Script=Han}]|——$/u;

/** Pick the main title of a headline group; the others become subtitles. */
export function pickTitle(heads: readonly string[]): { title: string; subtitles: string[] } {
  if (heads.length === 0) return { title: '', subtitles: emptyArray<string>() };
  if (heads.length === 1) return { title: heads[0]!, subtitles: emptyArray<string>() };
  let best = 0;
  if (heads.length >= 3) best = 1;
  else {
    // A kicker ending in —— always leads into the title below it.
    const score = (h: string) => (ORG.test(h) ? 2 : 0) - (SLOGAN.test(h) ? 2 : 0) - (h.endsWith('——') ? 9 : 0);
    best = score(heads[1]!) > score(heads[0]!) ? 1 : 0;
  }
  const subtitles = emptyArray<string>();
  heads.forEach((h, k) => k !== best && subtitles.push(h));
  return { title: heads[best]!, subtitles };
}

/** A headless fragment or untitled caption gets its first sentence as title. */
function fallbackTitle(text: string): string {
  const first = /^[^。！？!?]{4,40}/.exec(text)?.[0] ?? text.slice(0, 30);
  return first.trim();
}

// 本报南京11月2日电: a dateline names where the report was filed.
const DATELINE = /^本报([\p{Script=Han}]{2,8}?)\d{1,2}月\d{1,2}日电/u;

function toArticle(seg: Segment, page: Page, n: number, used: Set<string>): Article {
  const { title, subtitles } = pickTitle(seg.heads);
  const text = seg.paragraphs.join('\n');
  const finalTitle = title || fallbackTitle(text);
  let id = stableId(`${page.file}\n${finalTitle}\n${text.slice(0, 200)}`);
  // Identical articles on one page (rare) still get distinct, stable ids.
  for (let k = 2; used.has(id); k++) id = stableId(`${page.file}\n${finalTitle}\n${n}\n${k}`);
  used.add(id);
  const dl = seg.byline ? DATELINE.exec(seg.byline) : null;
  return {
    id,
    source: { file: page.file, publication: page.publication ?? null },
    kind: seg.kind,
    title: finalTitle,
    subtitles,
    byline: seg.byline,
    text,
    published: page.published,
    dateline: dl?.[1] ?? null,
  };
}

/** A record from JSONL or an HTML page: one article, never split; OCR repair still applies. */
function wholeArticle(page: Page): Article {
  const blocks = markDuplicates(repairLines(pageLines(page.text)));
  const paragraphs = blocks.filter((b) => b.type !== 'furniture' && b.duplicateOf === undefined).map((b) => b.text);
  const lead = blocks.find((b) => b.byline)?.byline ?? null;
  const pre = page.preSegmented;
  let title = pre?.title?.trim() || '';
  if (!title && paragraphs.length > 1 && paragraphs[0]!.length <= 40 && !/[。！？]$/.test(paragraphs[0]!)) {
    title = paragraphs.shift()!;
  }
  const text = paragraphs.join('\n');
  title ||= fallbackTitle(text);
  const dl = lead ? DATELINE.exec(lead) : null;
  return {
    id: pre?.id ?? stableId(`${page.file}\n${pre?.line ?? 0}\n${title}\n${text.slice(0, 200)}`),
    source: { file: page.file, publication: page.publication ?? null, ...(pre ? { line: pre.line } : {}) },
    kind: 'article',
    title,
    subtitles: emptyArray<string>(),
    byline: lead,
    text,
    published: page.published,
    dateline: dl?.[1] ?? null,
  };
}

/** Page → articles. Pages flagged `preSegmented` (JSONL records, web pages) are one article. */
export function pageToArticles(page: Page, opts: { whole?: boolean } = {}): Article[] {
  if (page.preSegmented || opts.whole) return page.text.trim() ? [wholeArticle(page)] : [];
  const used = new Set<string>();
  return segmentBlocks(cleanPage(page.text)).map((s, n) => toArticle(s, page, n, used));
}
