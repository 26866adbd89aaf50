// Articles under a filter: which ones (newest first, for the list), and how many per province (the
// map), per theme and per year × theme (the bar charts), in one pass over typed arrays. Counted as
// the prep's activity table counts them: an article once under each of its themes.
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { MapDatum } from '../charts/map-chart.ts';
import type { ThemeCount } from '../charts/themes-chart.ts';
import type { YearThemeCount } from '../charts/timeline-chart.ts';
import type { ArticleTable } from './article-table.ts';
import type { FilterMasks } from './filter-masks.ts';

export interface ActivityCounts {
  /** The selected articles' positions, newest first. */
  articles: Uint32Array;
  /** Articles per attributed province (national and unknown reports are on no province). */
  provinces: MapDatum[];
  /** Articles per theme: the chosen themes only, when some are. */
  themes: ThemeCount[];
  /** The same per known year. */
  timeline: YearThemeCount[];
}

export function activityCounts(table: ArticleTable, m: FilterMasks, chosen: readonly ThemeId[]): ActivityCounts {
  const selected = new Uint32Array(table.count);
  let n = 0;
  const { newest } = table;
  const years = table.year.codes;
  for (let k = 0; k < newest.length; k++) {
    const i = newest[k]!;
    if (m.placeTheme[i] && m.articleYear[years[i]!]) selected[n++] = i;
  }

  // Each theme list as positions in `themeIds`: a theme listed twice counts once, and under a
  // theme filter only the chosen themes are drawn, so the charts show what was asked for.
  const counted = chosen.length ? new Set(chosen) : null;
  const themeIds: ThemeId[] = [];
  const position = new Map<ThemeId, number>();
  const lists = table.themes.values.map((list) =>
    [...new Set(list)]
      .filter((t) => !counted || counted.has(t))
      .map((t) => position.get(t) ?? (position.set(t, themeIds.length), themeIds.push(t) - 1)),
  );
  const T = themeIds.length;
  const Y = table.year.values.length;
  // Articles per theme list × year first (one increment per article), then per theme.
  const pairs = new Uint32Array(table.themes.values.length * Y);
  const byProvince = new Uint32Array(table.provinceCode.values.length);
  const provinces = table.provinceCode.codes;
  const themes = table.themes.codes;
  for (let k = 0; k < n; k++) {
    const i = selected[k]!;
    byProvince[provinces[i]!]!++;
    pairs[themes[i]! * Y + years[i]!]!++;
  }
  const byTheme = new Uint32Array(T);
  const byYearTheme = new Uint32Array(Y * T);
  lists.forEach((list, c) => {
    for (let y = 0; y < Y; y++) {
      const count = pairs[c * Y + y]!;
      if (!count) continue;
      for (const t of list) {
        byTheme[t] = byTheme[t]! + count;
        byYearTheme[y * T + t] = byYearTheme[y * T + t]! + count;
      }
    }
  });

  const out: ActivityCounts = { articles: selected.slice(0, n), provinces: [], themes: [], timeline: [] };
  table.provinceCode.values.forEach((provinceCode, c) => {
    if (provinceCode !== null && byProvince[c]) out.provinces.push({ provinceCode, value: byProvince[c]! });
  });
  themeIds.forEach((theme, t) => byTheme[t] && out.themes.push({ theme, articles: byTheme[t]! }));
  table.year.values.forEach((year, y) => {
    if (year === null) return;
    themeIds.forEach((theme, t) => byYearTheme[y * T + t] && out.timeline.push({ year, theme, articles: byYearTheme[y * T + t]! }));
  });
  return out;
}
