import { describe, expect, it } from 'vitest';
import type { ArticleIndexRow, FigureFact } from '../../data-prep/core/dataset-types.ts';
import type { ThemeId } from '../../data-prep/core/types.ts';
import { fundingRows } from '../../data-prep/core/aggregate-funding.ts';
import { membershipSeries as prepMembership } from '../../data-prep/core/aggregate-membership.ts';
import {
  activitiesByProvince,
  activitiesByTheme,
  activitiesByYearTheme,
  compileFilter,
  EMPTY_FILTER,
  fundingByProvince,
  fundingCells,
  indexArticles,
  indexFigures,
  matchesArticle,
  matchesFigure,
  membershipSeries,
  selectArticles,
  selectFigures,
  type FilterState,
} from '../../src/lib/state/filter-model.ts';

function article(id: string, provinceCode: string | null, year: number | null, themes: ThemeId[]): ArticleIndexRow {
  return {
    id, title: id, kind: 'article', file: 'f.txt', publication: null, published: null, date: null, year,
    month: null, scope: provinceCode ? 'province' : 'national', provinceCode, province: provinceCode, themes, chunk: 0, figureCount: 0,
  };
}

function fact(articleId: string, over: Partial<FigureFact>): FigureFact {
  const base: FigureFact = { articleId, index: 0, provinceCode: null, scope: 'national', kind: 'money', value: 0, qualifier: 'exact', year: null, quote: '', raw: '' };
  const f = { ...base, ...over };
  return { ...f, scope: over.scope ?? (f.provinceCode ? 'province' : 'national') };
}

const ARTICLES = [
  article('a1', '330000', 2020, ['skills', 'rights']),
  article('a2', '330000', 2021, ['skills']),
  article('a3', '320000', 2021, ['hardship']),
  article('a4', null, 2022, ['rights']),
  article('a5', '110000', null, []),
  article('a6', '999999', 2020, ['care']),
];

const money = (id: string, provinceCode: string | null, value: number, over: Partial<FigureFact> = {}) =>
  fact(id, { provinceCode, value, kind: 'money', funding: true, category: 'spending', period: 'annual', ...over });

const FACTS = [
  money('a1', '330000', 100, { year: 2020 }),
  money('a2', '330000', 50, { year: 2021 }),
  money('a2', '330000', 1000, { year: 2021, period: 'cumulative' }),
  money('a1', '330000', 800, { year: 2020, period: 'cumulative' }),
  money('a2', '330000', 70, { year: 2021, category: 'wages-recovered' }),
  money('a3', '320000', 40, { year: 2021, period: undefined, category: undefined }),
  money('a3', '320000', 9999, { year: 2021, funding: false }),
  money('a3', '320000', 9999, { year: 2021, funding: undefined }),
  fact('a1', { provinceCode: '330000', kind: 'members', value: 5000, year: 2020 }),
  fact('a2', { provinceCode: '330000', kind: 'members', value: 5200, year: 2020 }),
  fact('a2', { provinceCode: '330000', kind: 'members', value: 5100, year: 2020 }),
  fact('a2', { provinceCode: '330000', kind: 'membership-rate', value: 92.5, year: null }),
  fact('a2', { provinceCode: '330000', kind: 'new-members', value: 900, year: 2021, period: 'cumulative' }),
  money('a4', null, 60, { year: 2022 }),
  money('a6', null, 30, { year: 2020, scope: 'unknown' }),
  fact('a4', { provinceCode: null, kind: 'new-members', value: 300, year: 2022 }),
  fact('a5', { provinceCode: '110000', kind: 'members', value: 10, year: null }),
  fact('a3', { provinceCode: '320000', kind: 'participants', value: 77, year: 2021 }),
];

const filter = (over: Partial<FilterState>) => compileFilter({ ...EMPTY_FILTER, ...over });
const articles = indexArticles(ARTICLES);
const figures = indexFigures(FACTS, articles);
const ids = (f: FilterState) => [...selectArticles(articles, compileFilter(f))].map((i) => ARTICLES[i]?.id);

describe('selectArticles', () => {
  it.each<[Partial<FilterState>, string[]]>([
    [{}, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']],
    [{ provinces: ['330000'] }, ['a1', 'a2']],
    [{ provinces: ['330000', '320000'] }, ['a1', 'a2', 'a3']],
    [{ provinces: ['999999'] }, []],
    [{ themes: ['rights'] }, ['a1', 'a4']],
    [{ themes: ['rights', 'hardship'] }, ['a1', 'a3', 'a4']],
    [{ from: 2021 }, ['a2', 'a3', 'a4']],
    [{ to: 2020 }, ['a1', 'a6']],
    [{ from: 2021, to: 2021 }, ['a2', 'a3']],
    [{ provinces: ['330000'], themes: ['skills'], from: 2021, to: 2022 }, ['a2']],
  ])('selectArticles(%j) selects %j', (f, expected) => {
    expect(ids({ ...EMPTY_FILTER, ...f })).toEqual(expected);
  });

  it('matchesArticle agrees with selectArticles on every row and filter', () => {
    const filters: Partial<FilterState>[] = [{}, { provinces: ['330000'] }, { themes: ['rights'] }, { from: 2021 }];
    for (const f of filters) {
      const c = filter(f);
      expect(ARTICLES.filter((r) => matchesArticle(r, c)).map((r) => r.id)).toEqual(ids({ ...EMPTY_FILTER, ...f }));
    }
  });

  it('matchesFigure takes the year from its article when it has none', () => {
    const rate = FACTS[11] as FigureFact;
    expect(matchesFigure(rate, ARTICLES[1], filter({ from: 2021, to: 2021 }))).toBe(true);
    expect(matchesFigure(rate, ARTICLES[1], filter({ from: 2022 }))).toBe(false);
    expect(matchesFigure(rate, undefined, filter({ themes: ['skills'] }))).toBe(false);
  });
});

describe('activities', () => {
  const all = selectArticles(articles, filter({}));

  it('activitiesByProvince counts known provinces only', () => {
    expect(activitiesByProvince(articles, all)).toEqual([
      { provinceCode: '110000', value: 1 },
      { provinceCode: '320000', value: 1 },
      { provinceCode: '330000', value: 2 },
    ]);
  });

  it('activitiesByTheme counts an article under each of its themes', () => {
    expect(activitiesByTheme(articles, all)).toEqual([
      { theme: 'skills', articles: 2 },
      { theme: 'rights', articles: 2 },
      { theme: 'hardship', articles: 1 },
      { theme: 'care', articles: 1 },
    ]);
  });

  it('activitiesByYearTheme leaves out articles without a year', () => {
    expect(activitiesByYearTheme(articles, all)).toEqual([
      { year: 2020, theme: 'skills', articles: 1 },
      { year: 2020, theme: 'rights', articles: 1 },
      { year: 2020, theme: 'care', articles: 1 },
      { year: 2021, theme: 'skills', articles: 1 },
      { year: 2021, theme: 'hardship', articles: 1 },
      { year: 2022, theme: 'rights', articles: 1 },
    ]);
  });

  it('activitiesByTheme under a theme filter still counts the other themes of selected articles', () => {
    expect(activitiesByTheme(articles, selectArticles(articles, filter({ themes: ['rights'] })))).toEqual([
      { theme: 'skills', articles: 1 },
      { theme: 'rights', articles: 2 },
    ]);
  });
});

describe('fundingCells', () => {
  const cells = (f: Partial<FilterState>) => fundingCells(figures, selectFigures(figures, filter(f)));

  it('sums annual amounts, keeps the largest cumulative, never mixes them', () => {
    expect(cells({})).toEqual([
      { provinceCode: '320000', scope: 'province', category: 'other', period: 'unspecified', total: 40, figures: 1 },
      { provinceCode: '330000', scope: 'province', category: 'spending', period: 'annual', total: 150, figures: 2 },
      { provinceCode: '330000', scope: 'province', category: 'spending', period: 'cumulative', total: 1000, figures: 2 },
      { provinceCode: '330000', scope: 'province', category: 'wages-recovered', period: 'annual', total: 70, figures: 1 },
      { provinceCode: null, scope: 'national', category: 'spending', period: 'annual', total: 60, figures: 1 },
      { provinceCode: null, scope: 'unknown', category: 'spending', period: 'annual', total: 30, figures: 1 },
    ]);
  });

  it('within the year range only: the 2020 cumulative 800 is the largest left', () => {
    expect(cells({ to: 2020, provinces: ['330000'] })).toEqual([
      { provinceCode: '330000', scope: 'province', category: 'spending', period: 'annual', total: 100, figures: 1 },
      { provinceCode: '330000', scope: 'province', category: 'spending', period: 'cumulative', total: 800, figures: 1 },
    ]);
  });

  it('counts only money marked as funding', () => {
    expect(cells({ provinces: ['320000'] }).map((c) => c.total)).toEqual([40]);
  });

  it('a province filter leaves out national and not-identified figures', () => {
    expect(cells({ provinces: ['330000', '320000'] }).every((c) => c.scope === 'province')).toBe(true);
  });

  it('fundingByProvince adds categories, never cumulative with annual amounts', () => {
    const all = cells({});
    expect(fundingByProvince(all)).toEqual([
      { provinceCode: '320000', value: 40 },
      { provinceCode: '330000', value: 220 },
    ]);
    expect(fundingByProvince(all, 'cumulative')).toEqual([{ provinceCode: '330000', value: 1000 }]);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(FACTS);
    cells({});
    expect(FACTS).toEqual(before);
  });
});

describe('membershipSeries', () => {
  it('keeps the largest figure per province, kind and year; the year falls back to the article', () => {
    expect(membershipSeries(figures, selectFigures(figures, filter({})))).toEqual([
      { provinceCode: '330000', scope: 'province', kind: 'members', period: 'unspecified', year: 2020, value: 5200, reports: 3 },
      { provinceCode: '330000', scope: 'province', kind: 'new-members', period: 'cumulative', year: 2021, value: 900, reports: 1 },
      { provinceCode: '330000', scope: 'province', kind: 'membership-rate', period: 'unspecified', year: 2021, value: 92.5, reports: 1 },
      { provinceCode: null, scope: 'national', kind: 'new-members', period: 'unspecified', year: 2022, value: 300, reports: 1 },
    ]);
  });

  it('follows the theme filter through the figure’s article', () => {
    expect(membershipSeries(figures, selectFigures(figures, filter({ themes: ['rights'] })))).toEqual([
      { provinceCode: '330000', scope: 'province', kind: 'members', period: 'unspecified', year: 2020, value: 5000, reports: 1 },
      { provinceCode: null, scope: 'national', kind: 'new-members', period: 'unspecified', year: 2022, value: 300, reports: 1 },
    ]);
  });
});

describe('scale', () => {
  it('filters and aggregates 100,000 articles in well under a second', () => {
    const codes = ['110000', '310000', '330000', '440000', null];
    const themes: ThemeId[] = ['skills', 'rights', 'care', 'women'];
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      article(`x${i}`, codes[i % 5] ?? null, 2015 + (i % 10), [themes[i % 4] as ThemeId, themes[(i + 1) % 4] as ThemeId]),
    );
    const index = indexArticles(rows);
    const start = performance.now();
    const sel = selectArticles(index, filter({ provinces: ['330000', '440000'], themes: ['skills'], from: 2016 }));
    activitiesByProvince(index, sel);
    activitiesByTheme(index, sel);
    activitiesByYearTheme(index, sel);
    expect(performance.now() - start).toBeLessThan(500);
    expect(sel.length).toBe(rows.filter((r) => ['330000', '440000'].includes(r.provinceCode ?? '') && r.themes.includes('skills') && (r.year ?? 0) >= 2016).length);
  });
});

// The dashboard's re-aggregation and the prep's aggregation follow one rule set (docs/DATA.md):
// on the same facts they give the same totals. The prep writes a fact's year as its own, else
// its article's, so the facts are given that way here.
describe('agreement with the prep', () => {
  const byId = new Map(ARTICLES.map((a) => [a.id, a]));
  const resolved = FACTS.map((f) => ({ ...f, year: f.year ?? byId.get(f.articleId)?.year ?? null }));

  it('fundingCells equals the prep fundingRows summed over years', () => {
    const expected = new Map<string, number>();
    for (const r of fundingRows(resolved)) {
      const k = `${r.provinceCode}|${r.scope}|${r.category}|${r.period}`;
      expected.set(k, (expected.get(k) ?? 0) + r.total);
    }
    const actual = new Map(
      fundingCells(figures, selectFigures(figures, filter({}))).map((c) => [`${c.provinceCode}|${c.scope}|${c.category}|${c.period}`, c.total]),
    );
    expect(actual).toEqual(expected);
  });

  it('membershipSeries equals the prep membership points with a known year', () => {
    const expected = prepMembership(resolved).flatMap((s) =>
      s.points.filter((p) => p.year !== null).map((p) => `${s.provinceCode}|${s.scope}|${s.kind}|${s.period}|${p.year}|${p.value}|${1 + p.others.length}`),
    );
    const actual = membershipSeries(figures, selectFigures(figures, filter({}))).map(
      (p) => `${p.provinceCode}|${p.scope}|${p.kind}|${p.period}|${p.year}|${p.value}|${p.reports}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
  });
});
