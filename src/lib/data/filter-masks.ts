// A filter turned into lookups over the tables' codes: one small mask per column value, then one
// byte per article. Everything a view counts is then a pass over typed arrays.
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { Tables } from './tables.ts';
import { valueMask } from './coded.ts';
import { inYearRange, type Filters } from './filters.ts';

/** What passes a filter. */
export interface FilterMasks {
  /** Per article: 1 when it passes the province and theme filters (its facts are then filtered by their own year). */
  placeTheme: Uint8Array;
  /** Per value of the articles' year column: 1 when in the range. */
  articleYear: Uint8Array;
  /** Per value of the facts' year column: 1 when in the range. */
  factYear: Uint8Array;
}

/**
 * The masks of `f`: articles attributed to one of the provinces (national and unknown reports
 * drop out once one is chosen) having one of the themes; years in the range, an unknown year only
 * when no range is set.
 */
export function filterMasks({ articles, facts }: Tables, f: Filters): FilterMasks {
  const provinces = new Set(f.provinces);
  const themes = new Set<ThemeId>(f.themes);
  const placeTheme = new Uint8Array(articles.count);
  if (provinces.size === 0 && themes.size === 0) placeTheme.fill(1);
  else {
    const place = valueMask(articles.provinceCode, (c) => provinces.size === 0 || (c !== null && provinces.has(c)));
    const theme = valueMask(articles.themes, (list) => themes.size === 0 || list.some((t) => themes.has(t)));
    const p = articles.provinceCode.codes;
    const t = articles.themes.codes;
    for (let i = 0; i < articles.count; i++) placeTheme[i] = place[p[i]!]! & theme[t[i]!]!;
  }
  return {
    placeTheme,
    articleYear: valueMask(articles.year, (y) => inYearRange(y, f)),
    factYear: valueMask(facts.year, (y) => inYearRange(y, f)),
  };
}
