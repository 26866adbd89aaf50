// Filtering and re-aggregation for the dashboard. Every view is computed from the article index
// and the figure facts with the prep's own aggregation functions, so filters on province, theme
// and year combine freely and a filtered total is computed by the same rules as the full one.
import type {
  ActivityRow,
  ArticleIndexRow,
  CoreDatasets,
  FigureFact,
  FundingRow,
  MembershipSeries,
} from '../../../data-prep/core/dataset-types.ts';
import type { ThemeId } from '../../../data-prep/core/types.ts';
import { activityRows } from '../../../data-prep/core/aggregate-activities.ts';
import { fundingRows } from '../../../data-prep/core/aggregate-funding.ts';
import { membershipSeries } from '../../../data-prep/core/aggregate-membership.ts';

/** What the reader selected. Empty lists and null years mean "no restriction". */
export interface Filters {
  provinces: readonly string[];
  themes: readonly ThemeId[];
  from: number | null;
  to: number | null;
}

/** The numbers of the key-figure strip. */
export interface KeyFigures {
  articles: number;
  /** Distinct provinces the selected articles are attributed to. */
  provinces: number;
  /** Annual and unspecified funding; cumulative totals are never added to it. */
  funding: number;
  /** Sum of the cumulative totals (one per province × category), shown apart. */
  fundingCumulative: number;
  /** Sum over provinces of each province's latest reported member count. */
  members: number;
}

/** Everything the dashboard draws for one set of filters. */
export interface View {
  articles: ArticleIndexRow[];
  facts: FigureFact[];
  activities: ActivityRow[];
  funding: FundingRow[];
  membership: MembershipSeries[];
  keys: KeyFigures;
}

/** True when `year` passes the range; an unknown year passes only when no range is set. */
export function inYearRange(year: number | null, f: Pick<Filters, 'from' | 'to'>): boolean {
  if (f.from === null && f.to === null) return true;
  if (year === null) return false;
  return (f.from === null || year >= f.from) && (f.to === null || year <= f.to);
}

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

/**
 * Figures of the articles passing the province and theme filters, whose own year (the year the
 * amount is about) is in the range: a 2023 article's 2021 total belongs to 2021.
 */
export function filterFacts(index: readonly ArticleIndexRow[], facts: readonly FigureFact[], f: Filters): FigureFact[] {
  if (f.provinces.length === 0 && f.themes.length === 0) return facts.filter((x) => inYearRange(x.year, f));
  const ids = new Set(filterIndex(index, { ...f, from: null, to: null }).map((a) => a.id));
  return facts.filter((x) => ids.has(x.articleId) && inYearRange(x.year, f));
}

/** Sum over provinces of each one's member count of its latest reported year. */
export function latestMembers(series: readonly MembershipSeries[]): number {
  const byProvince = new Map<string, { year: number; value: number }>();
  for (const s of series) {
    if (s.kind !== 'members' || s.provinceCode === null) continue;
    for (const p of s.points) {
      const year = p.year ?? -Infinity;
      const best = byProvince.get(s.provinceCode);
      if (!best || year > best.year || (year === best.year && p.value > best.value)) byProvince.set(s.provinceCode, { year, value: p.value });
    }
  }
  let sum = 0;
  for (const { value } of byProvince.values()) sum += value;
  return sum;
}

/** The key figures of a filtered selection. */
export function keyFigures(articles: readonly ArticleIndexRow[], funding: readonly FundingRow[], membership: readonly MembershipSeries[]): KeyFigures {
  let annual = 0;
  let cumulative = 0;
  for (const r of funding) {
    if (r.period === 'cumulative') cumulative += r.total;
    else annual += r.total;
  }
  return {
    articles: articles.length,
    provinces: new Set(articles.map((a) => a.provinceCode).filter((c) => c !== null)).size,
    funding: annual,
    fundingCumulative: cumulative,
    members: latestMembers(membership),
  };
}

/**
 * Re-aggregates the datasets under `f`. Without any filter the prep's tables are used as they
 * are: they were computed by the same functions from the same rows.
 */
export function view(core: Pick<CoreDatasets, 'index' | 'figures'> & Partial<CoreDatasets>, f: Filters): View {
  const unfiltered = f.provinces.length === 0 && f.themes.length === 0 && f.from === null && f.to === null;
  if (unfiltered && core.activities && core.funding && core.membership) {
    const { index: articles, figures: facts, activities, funding, membership } = core;
    return { articles, facts, activities, funding, membership, keys: keyFigures(articles, funding, membership) };
  }
  const articles = filterIndex(core.index, f);
  const facts = filterFacts(core.index, core.figures, f);
  // An article with two themes is in both themes' rows; under a theme filter only the chosen
  // themes are drawn, so the chart shows what was asked for.
  const themes = new Set<string | null>(f.themes);
  const activities = activityRows(articles).filter((r) => themes.size === 0 || themes.has(r.theme));
  const funding = fundingRows(facts);
  const membership = membershipSeries(facts);
  return { articles, facts, activities, funding, membership, keys: keyFigures(articles, funding, membership) };
}
