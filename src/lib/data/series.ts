// Shapes a filtered view's funding and membership into the rows the chart modules take (the
// article counts come shaped from activity-counts.ts). Counting only; the chart modules decide
// order, colour and labels.
import type { FundingRow, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { FundingCell } from '../charts/funding-chart.ts';
import type { MapDatum } from '../charts/map-chart.ts';
import type { MembershipSeriesPoint } from '../charts/membership-chart.ts';

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
