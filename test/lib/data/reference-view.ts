// The dashboard's view computed the plain way: filter the index rows and the figure facts, then
// run the prep's aggregate functions (aggregate-*.ts) on what passes. This is how the dashboard
// computed every view before it worked on columns; the tests hold the fast path to it.
import type { ArticleIndexRow, FactFields, FundingRow, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { ThemeId } from '../../../data-prep/core/types.ts';
import { activityRows } from '../../../data-prep/core/aggregate-activities.ts';
import { fundingRows } from '../../../data-prep/core/aggregate-funding.ts';
import { membershipSeries } from '../../../data-prep/core/aggregate-membership.ts';
import { inYearRange, keyFigures, type Filters, type KeyFigures } from '../../../src/lib/data/queries.ts';

/**
 * Articles passing the filters: attributed to one of the provinces (national and unknown
 * reports drop out once a province is chosen), having one of the themes, dated in the range.
 */
export function filterIndex(index: readonly ArticleIndexRow[], f: Filters): ArticleIndexRow[] {
  const provinces = new Set(f.provinces);
  const themes = new Set<string>(f.themes);
  return index.filter(
    (a) =>
      (provinces.size === 0 || (a.provinceCode !== null && provinces.has(a.provinceCode))) &&
      (themes.size === 0 || a.themes.some((t) => themes.has(t))) &&
      inYearRange(a.year, f),
  );
}

/** Facts of the articles passing the province and theme filters, whose own year is in the range. */
export function filterFacts(index: readonly ArticleIndexRow[], facts: readonly FactFields[], f: Filters): FactFields[] {
  const ids = new Set(filterIndex(index, { ...f, from: null, to: null }).map((a) => a.id));
  return facts.filter((x) => ids.has(x.articleId) && inYearRange(x.year, f));
}

export interface ReferenceView {
  /** Ids of the selected articles, newest first (page date, else activity date; then title; then file order). */
  articles: string[];
  provinces: Map<string, number>;
  themes: Map<ThemeId, number>;
  /** "year theme" → articles. */
  timeline: Map<string, number>;
  funding: FundingRow[];
  membership: MembershipSeries[];
  keys: KeyFigures;
}

export function referenceView(index: readonly ArticleIndexRow[], facts: readonly FactFields[], f: Filters): ReferenceView {
  const articles = filterIndex(index, f);
  const chosen = new Set<string | null>(f.themes);
  const activities = activityRows(articles).filter((r) => chosen.size === 0 || chosen.has(r.theme));
  const themes = new Map<ThemeId, number>();
  const timeline = new Map<string, number>();
  for (const r of activities) {
    if (r.theme === null) continue;
    themes.set(r.theme, (themes.get(r.theme) ?? 0) + r.articles);
    if (r.year !== null) timeline.set(`${r.year} ${r.theme}`, (timeline.get(`${r.year} ${r.theme}`) ?? 0) + r.articles);
  }
  const provinces = new Map<string, number>();
  for (const a of articles) if (a.provinceCode !== null) provinces.set(a.provinceCode, (provinces.get(a.provinceCode) ?? 0) + 1);
  const selected = filterFacts(index, facts, f);
  const funding = fundingRows(selected);
  const membership = membershipSeries(selected);
  const position = new Map(index.map((a, i) => [a.id, i]));
  const date = (a: ArticleIndexRow) => a.published ?? a.date ?? '';
  const newest = [...articles].sort((a, b) =>
    date(a) !== date(b) ? (date(a) < date(b) ? 1 : -1) : a.title !== b.title ? (a.title < b.title ? -1 : 1) : position.get(a.id)! - position.get(b.id)!,
  );
  return {
    articles: newest.map((a) => a.id),
    provinces,
    themes,
    timeline,
    funding,
    membership,
    keys: keyFigures({ articles: articles.length, provinces: provinces.size }, funding, membership),
  };
}
