// What the filter controls offer: per province and per theme how many articles there are, and the
// years the articles are dated in. Counted over the codes, once per dataset version.
import type { ThemeId } from '../../../data-prep/core/types.ts';
import type { ArticleTable } from './article-table.ts';

export interface OptionCounts {
  provinces: Map<string, number>;
  /** Articles having each theme (an article counts once under each of its themes). */
  themes: Map<ThemeId, number>;
  /** Known years, ascending. */
  years: number[];
}

export function optionCounts(t: ArticleTable): OptionCounts {
  const tally = (values: readonly unknown[], codes: ArrayLike<number>) => {
    const n = new Uint32Array(values.length);
    for (let i = 0; i < codes.length; i++) n[codes[i]!]!++;
    return n;
  };
  const byProvince = tally(t.provinceCode.values, t.provinceCode.codes);
  const byThemes = tally(t.themes.values, t.themes.codes);
  const byYear = tally(t.year.values, t.year.codes);
  const provinces = new Map<string, number>();
  t.provinceCode.values.forEach((code, c) => code !== null && byProvince[c] && provinces.set(code, byProvince[c]!));
  const themes = new Map<ThemeId, number>();
  t.themes.values.forEach((list, c) => {
    for (const theme of new Set(list)) themes.set(theme, (themes.get(theme) ?? 0) + byThemes[c]!);
  });
  const years = t.year.values.filter((y, c): y is number => y !== null && byYear[c]! > 0).sort((a, b) => a - b);
  return { provinces, themes, years };
}
