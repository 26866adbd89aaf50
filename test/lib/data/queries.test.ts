import { describe, expect, it } from 'vitest';
import { buildDatasets, coreDatasets } from '../../../data-prep/core/aggregate.ts';
import type { ArticleIndexFile, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import { Queries, type Filters, type View } from '../../../src/lib/data/queries.ts';
import { tablesFromFiles, tablesFromRows, type Tables } from '../../../src/lib/data/tables.ts';
import { FIXTURE_ARTICLES } from '../../fixtures/datasets/articles.ts';
import { GENERATED_PROVINCES, GENERATED_THEMES, generatedArticles } from './generated-articles.ts';
import { referenceView } from './reference-view.ts';

/** The tables of the files buildDatasets writes for `articles`: the dashboard's way in. */
function tablesOf(articles: readonly ExtractedArticle[]): Tables {
  const files = buildDatasets(articles, { generatedAt: '2024-03-01T00:00:00.000Z', textChunkSize: 4 });
  return tablesFromFiles(JSON.parse(files.get('index.json')!) as ArticleIndexFile, JSON.parse(files.get('figures.json')!) as FigureFile);
}

const ALL: Filters = { provinces: [], themes: [], from: null, to: null };
const fixture = new Queries(tablesOf(FIXTURE_ARTICLES));
const ids = (v: View, t: Tables = fixture.tables) => [...v.articles].map((i) => t.articles.ids[i]);
const view = (f: Partial<Filters>) => fixture.view({ ...ALL, ...f });

describe('Queries.view on the fixture articles', () => {
  it('no filter keeps every article, newest first (by the page’s date)', () => {
    expect(ids(view({}))).toEqual([
      'zj-2022-refund', 'js-2022-members-again', 'js-2022-members', 'cn-2022-national', 'zj-2022-care',
      'zj-2021-refund', 'js-2021-members', 'unknown-contest', 'gd-2020-skills',
    ]);
  });
  it('a province keeps its articles and drops national and unknown ones', () => {
    expect(ids(view({ provinces: ['330000'] })).sort()).toEqual(['zj-2021-refund', 'zj-2022-care', 'zj-2022-refund']);
  });
  it('themes combine with provinces (any of the themes, in one of the provinces)', () => {
    expect(ids(view({ provinces: ['330000', '320000'], themes: ['services', 'labor-relations'] })).sort()).toEqual([
      'js-2021-members',
      'zj-2021-refund',
      'zj-2022-refund',
    ]);
  });
  it('a year range keeps the articles dated in it', () => {
    expect(ids(view({ from: 2021, to: 2021 })).sort()).toEqual(['js-2021-members', 'zj-2021-refund']);
  });
  it('without filters, funding leaves cumulative apart: 2800万 + 1.5亿 + 300万 + 10亿 annual/unspecified, 8亿 cumulative', () => {
    expect(view({}).keys).toEqual({ articles: 9, provinces: 3, funding: 28e6 + 1.5e8 + 3e6 + 1e9, fundingCumulative: 8e8, members: 18e6 });
  });
  it('Zhejiang in 2021 only: the 2021 cumulative total is the one kept', () => {
    expect(view({ provinces: ['330000'], from: 2021, to: 2021 }).keys).toMatchObject({ articles: 1, provinces: 1, funding: 0, fundingCumulative: 5e8 });
  });
  it('a theme filter counts only the chosen themes', () => {
    const v = view({ themes: ['organizing'] });
    expect(v.themes).toEqual([{ theme: 'organizing', articles: 3 }]);
    expect(v.timeline.every((r) => r.theme === 'organizing')).toBe(true);
    expect(v.keys.members).toBe(18e6);
  });
  it('without filters, funding and membership are the prep’s tables', () => {
    const { core } = coreDatasets(FIXTURE_ARTICLES, 4);
    const v = view({});
    expect(v.funding).toEqual(core.funding);
    expect(v.membership).toEqual(core.membership);
  });
  it('a filter nothing passes gives an empty view', () => {
    const v = view({ provinces: ['650000'] });
    expect([v.articles.length, v.provinces, v.themes, v.timeline, v.funding, v.membership]).toEqual([0, [], [], [], [], []]);
  });
});

// The filters tried on generated data: every combination of these.
const PROVINCES = [[], [GENERATED_PROVINCES[0]!], [GENERATED_PROVINCES[1]!, GENERATED_PROVINCES[3]!], ['650000']];
const THEMES = [[], [GENERATED_THEMES[0]!], [GENERATED_THEMES[1]!, GENERATED_THEMES[4]!]];
const YEARS: [number | null, number | null][] = [[null, null], [2019, 2021], [2020, null], [null, 2019], [2022, 2022], [2030, 2031]];
const FILTERS: Filters[] = PROVINCES.flatMap((provinces) =>
  THEMES.flatMap((themes) => YEARS.map(([from, to]) => ({ provinces, themes, from, to }))),
);

/** Asserts that `v` is what the prep's aggregate functions give on the rows passing `f`. */
function expectReference(q: Queries, f: Filters, articles: readonly ExtractedArticle[]): void {
  const { core } = coreDatasets(articles);
  const want = referenceView(core.index, core.figures, f);
  const v = q.view(f);
  const label = JSON.stringify(f);
  expect(ids(v, q.tables), label).toEqual(want.articles);
  expect(new Map(v.provinces.map((p) => [p.provinceCode, p.value])), label).toEqual(want.provinces);
  expect(new Map(v.themes.map((t) => [t.theme, t.articles])), label).toEqual(want.themes);
  expect(new Map(v.timeline.map((t) => [`${t.year} ${t.theme}`, t.articles])), label).toEqual(want.timeline);
  expect(v.funding, label).toEqual(want.funding);
  expect(v.membership, label).toEqual(want.membership);
  expect(v.keys, label).toEqual(want.keys);
}

describe('Queries.view equals the prep’s aggregation of the filtered rows', () => {
  it.each([1, 2, 3])('on 600 generated articles (seed %i), under %# every filter combination', (seed) => {
    const articles = generatedArticles(600, seed);
    const q = new Queries(tablesOf(articles));
    // The data must exercise the rules, or the comparison proves little.
    const all = q.view(ALL);
    expect(all.funding.some((r) => r.period === 'cumulative' && r.superseded.length > 0)).toBe(true);
    expect(all.membership.some((s) => s.points.some((p) => p.others.length > 0))).toBe(true);
    expect(all.funding.some((r) => r.year === null)).toBe(true);
    for (const f of FILTERS) expectReference(q, f, articles);
  });

  it('on tables built from rows (as with the reader’s imports), the same', () => {
    const articles = generatedArticles(300, 7);
    const { core } = coreDatasets(articles);
    const q = new Queries(tablesFromRows(core.index, core.figures));
    for (const f of FILTERS) expectReference(q, f, articles);
  });

  it('does not mutate the tables', () => {
    const q = new Queries(tablesOf(generatedArticles(100, 4)));
    const before = JSON.stringify([q.tables.articles.rows(), q.tables.facts.rows()]);
    for (const f of FILTERS) q.view(f);
    expect(JSON.stringify([q.tables.articles.rows(), q.tables.facts.rows()])).toBe(before);
  });
});
