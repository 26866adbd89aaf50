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
}

export function extractArticle(a: Article, ctx: ExtractContext = {}): ExtractedArticle {
  const norm = normalizeForMatch(a.text);
  const title = normalizeForMatch(a.title);
  const subtitles = a.subtitles.map(normalizeForMatch);
  const where = attributeProvince(
    { title, subtitles, byline: a.byline, text: norm, dateline: a.dateline ?? null },
    { region: ctx.region ?? null },
  );
  const when = activityDate(norm, a.published);
  const themes = classifyThemes([title, ...subtitles].join(' '), norm);
  const figures = extractFigures(a.text, norm, { year: when.year });
  return {
    ...a,
    scope: where.scope,
    provinceCode: where.provinceCode,
    province: where.province,
    places: where.places,
    date: when.date,
    year: when.year,
    themes,
    figures,
  };
}
