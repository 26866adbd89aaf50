// Extracted articles → the article index (no text) and the text chunks it points into.
import type { ExtractedArticle } from './types.ts';
import type { ArticleIndexRow, ArticleText, TextChunk } from './dataset-types.ts';

/** Articles per text chunk unless the caller says otherwise. */
export const DEFAULT_TEXT_CHUNK_SIZE = 100;

/**
 * The province an article's activity counts for: its provinceCode when its scope is
 * 'province', else null (national and unknown reports are kept apart, never spread).
 */
export function attributedProvince(a: Pick<ExtractedArticle, 'scope' | 'provinceCode'>): string | null {
  return a.scope === 'province' ? a.provinceCode : null;
}

/** The activity's month (1–12) when `date` gives one in the article's year, else null. */
export function articleMonth(a: Pick<ExtractedArticle, 'date' | 'year'>): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(a.date ?? '');
  if (!m || a.year === null || Number(m[1]) !== a.year) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? month : null;
}

/** One index row; `chunk` says which texts/<chunk>.json holds the full text. */
export function indexRow(a: ExtractedArticle, chunk: number): ArticleIndexRow {
  return { ...indexFields(a), chunk };
}

/** An index row but its chunk, which only the writer of the text chunks knows. */
export function indexFields(a: ExtractedArticle): Omit<ArticleIndexRow, 'chunk'> {
  const provinceCode = attributedProvince(a);
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    file: a.source.file,
    publication: a.source.publication ?? null,
    published: a.published,
    date: a.date,
    year: a.year,
    month: articleMonth(a),
    scope: a.scope,
    provinceCode,
    province: provinceCode === null ? null : a.province,
    themes: [...a.themes],
    figureCount: a.figures.length,
  };
}

/** What opening an article loads on top of its index row. */
export function articleText(a: ExtractedArticle): ArticleText {
  return {
    id: a.id,
    source: { ...a.source },
    subtitles: [...a.subtitles],
    byline: a.byline,
    dateline: a.dateline ?? null,
    text: a.text,
    places: a.places.map((p) => ({ ...p })),
    figures: a.figures.map((f) => ({ quote: f.quote, raw: f.raw })),
  };
}

/** What the article list sorts on: the page's date, else the activity's ('' when neither). */
export function listDate(r: Pick<ArticleIndexRow, 'published' | 'date'>): string {
  return r.published ?? r.date ?? '';
}

/**
 * Positions in the article list's order, given each article's listDate and title: newest first,
 * then by title, then in input order. Strings compare by code unit, not by locale, so the order
 * is the same in the prep and in every browser.
 */
export function newestFirst(dates: readonly string[], titles: readonly string[]): number[] {
  return dates
    .map((_, i) => i)
    .sort((i, j) => {
      const a = dates[i]!;
      const b = dates[j]!;
      if (a !== b) return a < b ? 1 : -1;
      const s = titles[i]!;
      const t = titles[j]!;
      return s === t ? i - j : s < t ? -1 : 1;
    });
}

/** The index in input order and the texts cut into chunks of `chunkSize` articles. */
export function indexAndTexts(
  articles: readonly ExtractedArticle[],
  chunkSize = DEFAULT_TEXT_CHUNK_SIZE,
): { index: ArticleIndexRow[]; chunks: TextChunk[] } {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`textChunkSize must be a positive integer, got ${chunkSize}`);
  const index: ArticleIndexRow[] = [];
  const chunks: TextChunk[] = [];
  articles.forEach((a, i) => {
    const chunk = Math.floor(i / chunkSize);
    index.push(indexRow(a, chunk));
    (chunks[chunk] ??= {})[a.id] = articleText(a);
  });
  return { index, chunks };
}
