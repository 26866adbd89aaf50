import { describe, expect, it } from 'vitest';
import { coreDatasets } from '../../../data-prep/core/aggregate.ts';
import { type Filters, filterIndex, inYearRange, view } from '../../../src/lib/data/queries.ts';
import { FIXTURE_ARTICLES } from '../../fixtures/datasets/articles.ts';

const { core } = coreDatasets(FIXTURE_ARTICLES);
const ALL: Filters = { provinces: [], themes: [], from: null, to: null };
const ids = (f: Partial<Filters>) => filterIndex(core.index, { ...ALL, ...f }).map((a) => a.id);

describe('inYearRange', () => {
  it.each([
    [2021, null, null, true],
    [null, null, null, true],
    [null, 2020, null, false],
    [2021, 2021, 2021, true],
    [2022, null, 2021, false],
    [2019, 2020, null, false],
  ] as const)('inYearRange(%j, from %j, to %j) is %j', (year, from, to, want) => {
    expect(inYearRange(year, { from, to })).toBe(want);
  });
});

describe('filterIndex', () => {
  it('no filter keeps every article', () => expect(ids({})).toHaveLength(FIXTURE_ARTICLES.length));
  it('a province keeps its articles and drops national and unknown ones', () => {
    expect(ids({ provinces: ['330000'] })).toEqual(['zj-2022-care', 'zj-2022-refund', 'zj-2021-refund']);
  });
  it('themes combine with provinces (any of the themes, in one of the provinces)', () => {
    expect(ids({ provinces: ['330000', '320000'], themes: ['services', 'labor-relations'] })).toEqual([
      'zj-2022-refund',
      'zj-2021-refund',
      'js-2021-members',
    ]);
  });
  it('a year range keeps the articles dated in it', () => {
    expect(ids({ from: 2021, to: 2021 })).toEqual(['zj-2021-refund', 'js-2021-members']);
  });
});

describe('view', () => {
  it('without filters, funding leaves cumulative apart: 2800万 + 1.5亿 + 300万 + 10亿 annual/unspecified, 8亿 cumulative', () => {
    const v = view(core, ALL);
    expect(v.keys).toEqual({ articles: 9, provinces: 3, funding: 28e6 + 1.5e8 + 3e6 + 1e9, fundingCumulative: 8e8, members: 18e6 });
  });
  it('Zhejiang in 2021 only: the 2021 cumulative total is the one kept', () => {
    const v = view(core, { ...ALL, provinces: ['330000'], from: 2021, to: 2021 });
    expect(v.keys).toMatchObject({ articles: 1, provinces: 1, funding: 0, fundingCumulative: 5e8 });
  });
  it('a theme filter re-aggregates activities from the index', () => {
    const v = view(core, { ...ALL, themes: ['organizing'] });
    expect(v.activities.reduce((s, r) => s + r.articles, 0)).toBe(3);
    expect(v.activities.every((r) => r.theme === 'organizing')).toBe(true);
    expect(v.keys.members).toBe(18e6);
  });
  it('without filters, the prep’s tables equal what re-aggregation gives', () => {
    const { activities, funding, membership } = core;
    const fromTables = view(core, ALL);
    const recomputed = view({ index: core.index, figures: core.figures }, ALL);
    expect(fromTables.activities).toBe(activities);
    expect(fromTables.funding).toBe(funding);
    expect(fromTables.membership).toBe(membership);
    expect(recomputed).toEqual(fromTables);
  });
  it('does not mutate the datasets', () => {
    const before = JSON.stringify(core);
    view(core, { ...ALL, provinces: ['330000'], themes: ['care'], from: 2020, to: 2022 });
    expect(JSON.stringify(core)).toBe(before);
  });
});
