// Shapes a filtered view into the rows the chart modules take. Counting only; the chart modules
// decide order, colour and labels.
import type { ActivityRow, ArticleIndexRow, FundingRow, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { FundingCell } from '../charts/funding-chart.ts';
import type { MapDatum } from '../charts/map-chart.ts';
import type { MembershipSeriesPoint } from '../charts/membership-chart.ts';
import type { ThemeCount } from '../charts/themes-chart.ts';
import type { YearThemeCount } from '../charts/timeline-chart.ts';

/** Articles per theme (an article counts under each of its themes). */
export function themeCounts(activities: readonly ActivityRow[]): ThemeCount[] {
  const counts = new Map<ThemeId, number>();
  for (const r of activities) if (r.theme !== null) counts.set(r.theme, (counts.get(r.theme) ?? 0) + r.articles);
  return [...counts].map(([theme, articles]) => ({ theme, articles }));
}

/** Articles per year and theme; articles without a year or a theme are not on this chart. */
export function yearThemeCounts(activities: readonly ActivityRow[]): YearThemeCount[] {
  const counts = new Map<string, YearThemeCount>();
  for (const r of activities) {
    if (r.theme === null || r.year === null) continue;
    const key = `${r.year}|${r.theme}`;
    const row = counts.get(key);
    if (row) row.articles += r.articles;
    else counts.set(key, { year: r.year, theme: r.theme, articles: r.articles });
  }
  return [...counts.values()];
}

/** Articles per attributed province (national and unknown reports are not on the map). */
export function provinceArticles(articles: readonly ArticleIndexRow[]): MapDatum[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.provinceCode !== null) counts.set(a.provinceCode, (counts.get(a.provinceCode) ?? 0) + 1);
  return [...counts].map(([provinceCode, value]) => ({ provinceCode, value }));
}

/** Annual and unspecified funding per province; cumulative totals are left out of the map. */
export function provinceFunding(funding: readonly FundingRow[]): MapDatum[] {
  const sums = new Map<string, number>();
  for (const r of funding) {
    if (r.provinceCode === null || r.period === 'cumulative') continue;
    sums.set(r.provinceCode, (sums.get(r.provinceCode) ?? 0) + r.total);
  }
  return [...sums].map(([provinceCode, value]) => ({ provinceCode, value }));
}

/**
 * Funding per province × category × period for the funding chart: annual and unspecified totals
 * summed over the selected years, the cumulative row (one per province and category) as it is.
 */
export function fundingCells(funding: readonly FundingRow[]): FundingCell[] {
  const cells = new Map<string, FundingCell>();
  for (const r of funding) {
    // National and unidentified reports share the chart's "no province" row.
    const key = `${r.provinceCode ?? ''}|${r.category}|${r.period}`;
    const cell = cells.get(key);
    if (cell) {
      cell.total += r.total;
      cell.figures += r.figures.length;
    } else {
      cells.set(key, { provinceCode: r.provinceCode, category: r.category, period: r.period, total: r.total, figures: r.figures.length });
    }
  }
  return [...cells.values()];
}

/**
 * Membership points for the chart, one per series and known year. Cumulative new-member totals
 * are left out: the chart's new-member bars are per year, and a running total is not one.
 */
export function membershipPoints(series: readonly MembershipSeries[]): MembershipSeriesPoint[] {
  const out: MembershipSeriesPoint[] = [];
  for (const s of series) {
    if (s.period === 'cumulative') continue;
    for (const p of s.points) {
      if (p.year === null) continue;
      out.push({ provinceCode: s.provinceCode, kind: s.kind, year: p.year, value: p.value, reports: 1 + p.others.length });
    }
  }
  return out;
}
