// Article → extracted article: where (province of the organiser), when (the activity's date
// and year), what (themes) and how much (figures with quotes). Pure; runs in a worker too.
import type { Article, ExtractedArticle } from './types.ts';
import { normalizeForMatch } from './normalize.ts';
import { attributeProvince, headlineOf } from './province.ts';
import { mapPacked } from './empty-array.ts';
import { activityDateOfHalfWidth } from './dates.ts';
import { rankThemes, themeScoresOfCounts } from './themes.ts';
import { scanArticle } from './article-scan.ts';
import { extractFigures } from './figures.ts';

export interface ExtractContext {
  /** The paper's region (province code or name) from the manifest, for 我省/我市. */
  region?: string | null;
  /** For a page without a dateline: the year its articles imply (see impliedYear). */
  pageYear?: number | null;
}

/** How far into an article's text its themes are read. */
const THEME_REACH = 50_000;

export function extractArticle(a: Article, ctx: ExtractContext = {}): ExtractedArticle {
  const norm = normalizeForMatch(a.text);
  const title = normalizeForMatch(a.title);
  const subtitles = mapPacked(a.subtitles, normalizeForMatch);
  // Place names and theme terms in one pass (article-scan.ts). Themes show in an article's first
  // pages of text; a book-length file is not read whole. The headline is the title and the
  // subtitles a line each; no theme term holds a space or a line break, so its counts are
  // those of the title and subtitles joined by spaces.
  const scan = scanArticle(headlineOf(title, subtitles), norm, THEME_REACH);
  const where = attributeProvince(
    { title, subtitles, byline: a.byline, text: norm, dateline: a.dateline ?? null },
    { region: ctx.region ?? null },
    scan,
  );
  // An undated page is read as published at the end of the year it implies, so 5月15日
  // resolves to that year and older years stay background.
  const pub = a.published ?? (ctx.pageYear ? `${ctx.pageYear}-12-31` : null);
  // normalizeForMatch's text is half-width already (the Traditional-to-Simplified table has no
  // full-width characters in it), so the dates are read from it as it is.
  const found = activityDateOfHalfWidth(norm, pub);
  // Without a dateline we know the page's year but not its month: an article that states only
  // older years (2024年以来) still reports in the page's year.
  const when = !a.published && ctx.pageYear && !found.date ? { date: null, year: ctx.pageYear } : found;
  const themes = rankThemes(themeScoresOfCounts(scan.headlineTerms, scan.bodyTerms));
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
