// Extracted articles drawn at random from a seed, dense in what the aggregation rules must get
// right: few provinces, years and values (so running totals tie and reports of one point repeat),
// unknown years, national and unknown scopes, theme lists in any order and with repeats, money
// that is not funding, ranges, figures without category or period.
import type { ExtractedArticle, Figure, FigureKind, MoneyCategory, Period, Qualifier, Scope, ThemeId } from '../../../data-prep/core/types.ts';

/** mulberry32: the same seed gives the same articles everywhere. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const GENERATED_PROVINCES = ['330000', '320000', '440000', '110000', '510000'];
export const GENERATED_THEMES: ThemeId[] = ['care', 'rights', 'skills', 'organizing', 'women'];
export const GENERATED_YEARS = [2018, 2019, 2020, 2021, 2022];

const KINDS: FigureKind[] = ['money', 'money', 'money', 'members', 'new-members', 'membership-rate', 'participants'];
const QUALIFIERS: Qualifier[] = ['exact', 'exact', 'about', 'over', 'range'];
const CATEGORIES: (MoneyCategory | undefined)[] = ['spending', 'fee-refund', 'other', undefined];
const PERIODS: (Period | undefined)[] = ['annual', 'cumulative', 'cumulative', 'unspecified', undefined];
const VALUES = [100, 200, 200, 5e5, 5e5, 8e8, 0.1, 0.2];
const TITLES = ['工会送温暖', '职工技能大赛', '工会送温暖', '劳模表彰', ''];
const DATES = ['2020-01-02', '2021-05-06', '2021-05-06', '2022-12-31', '2021-05'];

export function generatedArticles(count: number, seed: number): ExtractedArticle[] {
  const r = rng(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const yearOrNull = () => (r() < 0.15 ? null : pick(GENERATED_YEARS));
  return Array.from({ length: count }, (_, n): ExtractedArticle => {
    const scope: Scope = pick(['province', 'province', 'province', 'national', 'unknown'] as const);
    const provinceCode = scope === 'unknown' ? null : pick(GENERATED_PROVINCES);
    const themes = Array.from({ length: Math.floor(r() * 4) }, () => pick(GENERATED_THEMES));
    const figures = Array.from({ length: Math.floor(r() * 5) }, (): Figure => {
      const kind = pick(KINDS);
      const qualifier = pick(QUALIFIERS);
      const value = pick(VALUES);
      const f: Figure = { kind, value, qualifier, year: yearOrNull(), quote: `句子${n}`, raw: `${value}` };
      if (qualifier === 'range') f.valueMax = value * 2;
      if (kind === 'money') {
        const category = pick(CATEGORIES);
        if (category) f.category = category;
        if (r() < 0.8) f.funding = r() < 0.85;
      }
      const period = pick(PERIODS);
      if (period && kind !== 'participants') f.period = period;
      return f;
    });
    const published = r() < 0.2 ? null : pick(DATES);
    const year = yearOrNull();
    return {
      id: `g${seed}-${n}`,
      source: { file: `gen/${n % 7}.txt`, publication: pick(['工人日报', null]) },
      kind: r() < 0.1 ? 'caption' : 'article',
      title: pick(TITLES),
      subtitles: [],
      byline: null,
      text: `第${n}篇`,
      published,
      dateline: null,
      scope,
      provinceCode,
      province: provinceCode && `省${provinceCode}`,
      places: [],
      date: year === null ? null : r() < 0.5 ? `${year}-0${1 + Math.floor(r() * 9)}-15` : null,
      year,
      themes,
      figures,
    };
  });
}
