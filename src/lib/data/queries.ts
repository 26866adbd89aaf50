// Filtering and re-aggregation for the dashboard. Every view is computed from the article index
// and the figure facts under the filter, by the prep's own rules (aggregate-*.ts), so filters on
// province, theme and year combine freely and a filtered total is computed as the full one is.
// The work per change is a few passes over typed arrays: the groups the totals fall into are fixed
// once per dataset (funding-groups.ts, membership-groups.ts), and test/lib/data checks the result
// against the prep's functions run on the filtered rows.
import type { FundingRow, MembershipSeries } from '../../../data-prep/core/dataset-types.ts';
import type { MapDatum } from '../charts/map-chart.ts';
import type { ThemeCount } from '../charts/themes-chart.ts';
import type { YearThemeCount } from '../charts/timeline-chart.ts';
import type { Tables } from './tables.ts';
import type { ArticleTable } from './article-table.ts';
import type { Filters } from './filters.ts';
import { filterMasks } from './filter-masks.ts';
import { activityCounts } from './activity-counts.ts';
import { FundingGroups } from './funding-groups.ts';
import { MembershipGroups } from './membership-groups.ts';

export { inYearRange, type Filters } from './filters.ts';

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
  /** The article table the selection points into (the view's own: edits make new tables). */
  table: ArticleTable;
  /** The selected articles, newest first: positions in `table`. */
  articles: Uint32Array;
  /** Selected articles per attributed province. */
  provinces: MapDatum[];
  /** Selected articles per theme (only the chosen themes when some are). */
  themes: ThemeCount[];
  /** The same per known year. */
  timeline: YearThemeCount[];
  funding: FundingRow[];
  membership: MembershipSeries[];
  keys: KeyFigures;
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

/** The key figures of a selection of `articles` articles in `provinces` provinces. */
export function keyFigures(
  { articles, provinces }: { articles: number; provinces: number },
  funding: readonly FundingRow[],
  membership: readonly MembershipSeries[],
): KeyFigures {
  let annual = 0;
  let cumulative = 0;
  for (const r of funding) {
    if (r.period === 'cumulative') cumulative += r.total;
    else annual += r.total;
  }
  return { articles, provinces, funding: annual, fundingCumulative: cumulative, members: latestMembers(membership) };
}

/** The views of one dataset version: set up once (a pass over the facts), then one view per filter. */
export class Queries {
  readonly #funding: FundingGroups;
  readonly #membership: MembershipGroups;

  constructor(readonly tables: Tables) {
    this.#funding = new FundingGroups(tables);
    this.#membership = new MembershipGroups(tables);
  }

  /**
   * Computes a filtered view and drops it: the first filter change then runs compiled code
   * rather than paying for the compiling (tens of milliseconds at 10⁵ articles).
   */
  warm(): void {
    const province = this.tables.articles.provinceCode.values.find((c) => c !== null);
    if (province) this.view({ provinces: [province], themes: [], from: null, to: null });
  }

  view(f: Filters): View {
    const masks = filterMasks(this.tables, f);
    const counts = activityCounts(this.tables.articles, masks, f.themes);
    const funding = this.#funding.rows(masks);
    const membership = this.#membership.series(masks);
    const keys = keyFigures({ articles: counts.articles.length, provinces: counts.provinces.length }, funding, membership);
    return { table: this.tables.articles, ...counts, funding, membership, keys };
  }
}
