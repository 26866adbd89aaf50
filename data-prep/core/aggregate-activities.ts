// Article index → activities: how many articles per province × theme × year × month.
import type { ActivityRow, ArticleIndexRow } from './dataset-types.ts';
import type { ThemeId } from './types.ts';
import { compareKeys, keyString } from './aggregate-order.ts';

const NO_THEME: readonly null[] = [null];

/** What the activity table needs of an article. */
export type ActivityInput = Pick<ArticleIndexRow, 'id' | 'scope' | 'provinceCode' | 'themes' | 'year' | 'month'>;

/**
 * Counts articles per province (attributed, see ArticleIndexRow), scope, theme, year and month.
 * An article is counted once per theme it has, or once with theme null when it has none, so
 * the rows of one theme add up to that theme's articles, but summing across themes does not
 * give the number of articles.
 */
export function activityRows(index: Iterable<ActivityInput>): ActivityRow[] {
  const groups = new Map<string, ActivityRow>();
  for (const a of index) {
    const themes: readonly (ThemeId | null)[] = a.themes.length > 0 ? a.themes : NO_THEME;
    for (let i = 0; i < themes.length; i++) {
      const theme = themes[i]!;
      if (themes.indexOf(theme) !== i) continue; // a theme listed twice counts once
      const key = keyString([a.provinceCode, a.scope, theme, a.year, a.month]);
      let row = groups.get(key);
      if (!row) {
        row = { provinceCode: a.provinceCode, scope: a.scope, theme, year: a.year, month: a.month, articles: 0, articleIds: [] };
        groups.set(key, row);
      }
      row.articles++;
      row.articleIds.push(a.id);
    }
  }
  return [...groups.values()].sort((x, y) =>
    compareKeys([x.provinceCode, x.scope, x.theme, x.year, x.month], [y.provinceCode, y.scope, y.theme, y.year, y.month]),
  );
}
