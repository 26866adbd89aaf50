// What the key figures should read for a selection, computed straight from articles.jsonl with
// plain loops (not with the dashboard's queries), so the browser test checks the whole chain.
import type { ExtractedArticle, ThemeId } from '../../data-prep/core/types.ts';

export interface Selection {
  provinces: string[];
  themes: ThemeId[];
  from: number | null;
  to: number | null;
}

export const NO_SELECTION: Selection = { provinces: [], themes: [], from: null, to: null };

export interface ExpectedKeys {
  articles: number;
  provinces: number;
  funding: number;
  fundingCumulative: number;
  members: number;
}

const attributed = (a: ExtractedArticle): string | null => (a.scope === 'province' ? a.provinceCode : null);

export function expectedKeys(articles: readonly ExtractedArticle[], s: Selection): ExpectedKeys {
  const ranged = s.from !== null || s.to !== null;
  const inRange = (y: number | null) => !ranged || (y !== null && (s.from === null || y >= s.from) && (s.to === null || y <= s.to));
  const placeAndTheme = (a: ExtractedArticle) =>
    (s.provinces.length === 0 || s.provinces.includes(attributed(a) ?? '')) &&
    (s.themes.length === 0 || a.themes.some((t) => s.themes.includes(t)));

  const selected = articles.filter((a) => placeAndTheme(a) && inRange(a.year));
  let funding = 0;
  const cumulative = new Map<string, number>();
  const members = new Map<string, { year: number; value: number }>();
  for (const a of articles.filter(placeAndTheme)) {
    for (const f of a.figures) {
      const year = f.year ?? a.year;
      if (!inRange(year)) continue;
      if (f.kind === 'money' && f.funding === true) {
        if (f.period === 'cumulative') {
          const key = `${attributed(a)}|${a.scope}|${f.category ?? 'other'}`;
          cumulative.set(key, Math.max(cumulative.get(key) ?? -Infinity, f.value));
        } else funding += f.value;
      }
      const p = attributed(a);
      if (f.kind === 'members' && p !== null) {
        const y = year ?? -Infinity;
        const best = members.get(p);
        if (!best || y > best.year || (y === best.year && f.value > best.value)) members.set(p, { year: y, value: f.value });
      }
    }
  }
  return {
    articles: selected.length,
    provinces: new Set(selected.map(attributed).filter((c) => c !== null)).size,
    funding,
    fundingCumulative: [...cumulative.values()].reduce((x, y) => x + y, 0),
    members: [...members.values()].reduce((x, y) => x + y.value, 0),
  };
}

/** The province with most articles, and the theme most frequent among them. */
export function busiestProvinceAndTheme(articles: readonly ExtractedArticle[]): { province: string; theme: ThemeId } {
  const count = <K,>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const province = count(articles.map(attributed).filter((c) => c !== null));
  const theme = count(articles.filter((a) => attributed(a) === province).flatMap((a) => a.themes));
  return { province, theme };
}
