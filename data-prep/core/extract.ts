// Article → extracted article: where (province of the organiser), when (the activity's date
// and year), what (themes) and how much (figures with quotes). Pure; runs in a worker too.
import type { Article, ExtractedArticle } from './types.ts';
import { normalizeForMatch } from './normalize.ts';
import { attributeProvince } from './province.ts';
import { activityDate } from './dates.ts';
import { classifyThemes } from './themes.ts';
import { extractFigures } from './figures.ts';

export interface ExtractContext {
  /** The paper's region (province code or name) from the manifest, for 我省/我市. */
  region?: string | null;
  /** For a page without a dateline: the year its articles imply (see impliedYear). */
  pageYear?: number | null;
}

export function extractArticle(a: Article, ctx: ExtractContext = {}): ExtractedArticle {
  const norm = normalizeForMatch(a.text);
  const title = normalizeForMatch(a.title);
  const subtitles = a.subtitles.map(normalizeForMatch);
  const where = attributeProvince(
    { title, subtitles, byline: a.byline, text: norm, dateline: a.dateline ?? null },
    { region: ctx.region ?? null },
  );
  // An undated page is read as published at the end of the year it implies, so 5月15日
  // resolves to that year and older years stay background.
  const pub = a.published ?? (ctx.pageYear ? `${ctx.pageYear}-12-31` : null);
  const found = activityDate(norm, pub);
  // Without a dateline we know the page's year but not its month: an article that states only
  // older years (2024年以来) still reports in the page's year.
  const when = !a.published && ctx.pageYear && !found.date ? { date: null, year: ctx.pageYear } : found;
  // Themes show in an article's first pages of text; a book-length file is not read whole.
  const themes = classifyThemes([title, ...subtitles].join(' '), norm.slice(0, 50_000));
  const figures = extractFigures(a.text, norm, { year: when.year });
  // Object.assign, not a spread: V8 copies the article through its slow path when a spread is
  // followed by more properties, which cost as much as the theme classifier.
  return Object.assign({}, a, {
    scope: where.scope,
    provinceCode: where.provinceCode,
    province: where.province,
    places: where.places,
    date: when.date,
    year: when.year,
    themes,
    figures,
  });
}
