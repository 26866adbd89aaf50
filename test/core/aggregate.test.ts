import { describe, expect, it } from 'vitest';
import { buildDatasets, coreDatasets } from '../../data-prep/core/aggregate.ts';
import { articleMonth, attributedProvince } from '../../data-prep/core/aggregate-index.ts';
import { fundingRows } from '../../data-prep/core/aggregate-funding.ts';
import { indexRows } from '../../data-prep/core/aggregate-columns.ts';
import type {
  ActivityRow,
  ArticleIndexFile,
  DatasetManifest,
  FigureFile,
  FundingRow,
  MembershipSeries,
  TextChunk,
} from '../../data-prep/core/dataset-types.ts';
import { FIXTURE_ARTICLES } from '../fixtures/datasets/articles.ts';

const GENERATED_AT = '2024-03-01T00:00:00.000Z';
const { core, chunks } = coreDatasets(FIXTURE_ARTICLES, 4);

function fundingRow(province: string | null, category: string, period: string, year?: number | null): FundingRow | undefined {
  return core.funding.find(
    (r) => r.provinceCode === province && r.category === category && r.period === period && (year === undefined || r.year === year),
  );
}

describe('attributedProvince and articleMonth', () => {
  it.each([
    [{ scope: 'province', provinceCode: '330000' }, '330000'],
    [{ scope: 'national', provinceCode: '110000' }, null],
    [{ scope: 'unknown', provinceCode: null }, null],
  ] as const)('attributedProvince(%j) is %j', (a, want) => expect(attributedProvince(a)).toBe(want));
  it.each([
    [{ date: '2022-01-10', year: 2022 }, 1],
    [{ date: '2022-12', year: 2022 }, 12],
    [{ date: '2022', year: 2022 }, null],
    [{ date: '2021-05-01', year: 2022 }, null],
    [{ date: null, year: 2022 }, null],
  ] as const)('articleMonth(%j) is %j', (a, want) => expect(articleMonth(a)).toBe(want));
});

describe('coreDatasets(fixture articles)', () => {
  it('index has every article, in order, without its text', () => {
    expect(core.index.map((r) => r.id)).toEqual(FIXTURE_ARTICLES.map((a) => a.id));
    for (const row of core.index) expect(row).not.toHaveProperty('text');
  });
  it('a national article printed in Beijing is not attributed to Beijing', () => {
    const row = core.index.find((r) => r.id === 'cn-2022-national')!;
    expect([row.provinceCode, row.scope, row.province]).toEqual([null, 'national', null]);
  });
  it('texts are cut in chunks of 4 and each index row points at its chunk', () => {
    expect(chunks.map((c) => Object.keys(c).length)).toEqual([4, 4, 1]);
    for (const row of core.index) expect((chunks[row.chunk] as TextChunk)[row.id]?.text).toBe(FIXTURE_ARTICLES.find((a) => a.id === row.id)!.text);
  });
  it('figures.json has one fact per figure; a figure without a year takes its article’s', () => {
    expect(core.figures).toHaveLength(FIXTURE_ARTICLES.reduce((s, a) => s + a.figures.length, 0));
    expect(core.figures.find((f) => f.articleId === 'gd-2020-skills')?.year).toBe(2020);
  });
});

describe('activityRows', () => {
  const row = (p: string | null, theme: string | null, year: number | null, month: number | null): ActivityRow | undefined =>
    core.activities.find((r) => r.provinceCode === p && r.theme === theme && r.year === year && r.month === month);
  it.each([
    ['330000', 'care', 2022, 1, ['zj-2022-care']],
    ['330000', 'services', 2022, 12, ['zj-2022-refund']],
    ['330000', 'services', 2021, 12, ['zj-2021-refund']],
    ['320000', 'organizing', 2022, 5, ['js-2022-members']],
    ['320000', 'organizing', 2021, null, ['js-2021-members']],
    [null, 'care', 2022, 1, ['cn-2022-national']],
    [null, null, 2020, 9, ['unknown-contest']],
  ] as const)('activity(%j, %j, %j, %j) counts %j', (p, theme, year, month, ids) => {
    const r = row(p, theme, year, month);
    expect(r?.articleIds).toEqual(ids);
    expect(r?.articles).toBe(ids.length);
  });
  it('national and unknown rows keep their scope', () => {
    expect(row(null, 'care', 2022, 1)?.scope).toBe('national');
    expect(row(null, null, 2020, 9)?.scope).toBe('unknown');
  });
  it('each theme’s rows add up to the articles having that theme', () => {
    const themes = new Set(FIXTURE_ARTICLES.flatMap((a) => a.themes));
    for (const t of themes) {
      const sum = core.activities.filter((r) => r.theme === t).reduce((s, r) => s + r.articles, 0);
      expect(sum, t).toBe(FIXTURE_ARTICLES.filter((a) => a.themes.includes(t)).length);
    }
  });
});

describe('fundingRows', () => {
  it('annual spending of Zhejiang 2022 is the sum of its two figures, 2800万', () => {
    const r = fundingRow('330000', 'spending', 'annual', 2022)!;
    expect(r.total).toBe(28e6);
    expect(r.figures).toEqual([['zj-2022-care', 0], ['zj-2022-care', 1]]);
    expect(r.approximate).toBe(false);
  });
  it('the annual fee refund (1.5亿) is not added to the cumulative (8亿)', () => {
    expect(fundingRow('330000', 'fee-refund', 'annual', 2022)?.total).toBe(1.5e8);
    expect(fundingRow('330000', 'fee-refund', 'cumulative')?.total).toBe(8e8);
  });
  it('two cumulative totals are not added: the larger (2022) one is kept, the 2021 one superseded', () => {
    const rows = core.funding.filter((r) => r.provinceCode === '330000' && r.category === 'fee-refund' && r.period === 'cumulative');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2022, total: 8e8, figures: [['zj-2022-refund', 0]], superseded: [['zj-2021-refund', 0]] });
  });
  it.each([
    ['the larger of two years', [[2021, 5e8], [2022, 8e8]], 1],
    ['the larger even when older', [[2021, 9e8], [2022, 8e8]], 0],
    ['the later of two equal ones', [[2022, 8e8], [2021, 8e8]], 0],
    ['a known year over an unknown one', [[null, 8e8], [2020, 8e8]], 1],
  ] as const)('cumulative supersession keeps %s', (_, figs, keptIndex) => {
    const facts = figs.map(([year, value], index) => ({
      articleId: 'a', index, provinceCode: '330000', scope: 'province' as const, kind: 'money' as const, value,
      qualifier: 'exact' as const, category: 'fee-refund' as const, funding: true, year, period: 'cumulative' as const, quote: '', raw: '',
    }));
    const [row] = fundingRows(facts);
    expect(row?.figures).toEqual([['a', keptIndex]]);
    expect(row?.superseded).toEqual([['a', 1 - keptIndex]]);
    expect(row?.total).toBe(figs[keptIndex]![1]);
  });
  it('a range counts its lower bound and is marked approximate; no period means unspecified', () => {
    expect(fundingRow('440000', 'spending', 'unspecified', 2020)).toMatchObject({ total: 3e6, approximate: true });
  });
  it('national funding is its own row; money not flagged as funding is left out', () => {
    expect(fundingRow(null, 'spending', 'annual', 2022)).toMatchObject({ scope: 'national', total: 1e9 });
    expect(core.funding.some((r) => r.category === 'prize')).toBe(false);
  });
  it('the grand annual total equals the sum of annual funding figures', () => {
    const annual = core.funding.filter((r) => r.period === 'annual').reduce((s, r) => s + r.total, 0);
    const figures = FIXTURE_ARTICLES.flatMap((a) => a.figures).filter((f) => f.kind === 'money' && f.funding && f.period === 'annual');
    expect(annual).toBe(figures.reduce((s, f) => s + f.value, 0));
  });
});

describe('membershipSeries', () => {
  const series = (p: string | null, kind: string): MembershipSeries | undefined =>
    core.membership.find((s) => s.provinceCode === p && s.kind === kind);
  it('Jiangsu members by year: 1750万 in 2021, 1800万 in 2022 reported twice and not doubled', () => {
    const s = series('320000', 'members')!;
    expect(s.points.map((p) => [p.year, p.value])).toEqual([[2021, 17.5e6], [2022, 18e6]]);
    expect(s.points[1]).toMatchObject({ figure: ['js-2022-members', 0], others: [['js-2022-members-again', 0]] });
  });
  it.each([
    ['320000', 'new-members', [[2022, 6e5]]],
    ['320000', 'membership-rate', [[2021, 92]]],
    [null, 'members', [[2022, 3e8]]],
  ] as const)('series(%j, %j) is %j', (p, kind, points) => {
    expect(series(p, kind)?.points.map((x) => [x.year, x.value])).toEqual(points);
  });
});

describe('buildDatasets', () => {
  const files = buildDatasets(FIXTURE_ARTICLES, { generatedAt: GENERATED_AT, warnings: 2, textChunkSize: 4 });
  const manifest = JSON.parse(files.get('manifest.json')!) as DatasetManifest;
  it('writes the core files, three text chunks and the manifest last', () => {
    expect([...files.keys()]).toEqual([
      'index.json', 'figures.json', 'activities.json', 'funding.json', 'membership.json',
      'texts/0.json', 'texts/1.json', 'texts/2.json', 'manifest.json',
    ]);
  });
  it('manifest counts agree with the articles', () => {
    expect(manifest.counts).toEqual({ articles: 9, provinces: 3, figures: 15, warnings: 2 });
    expect(manifest.textChunks).toBe(3);
    expect(manifest.generatedAt).toBe(GENERATED_AT);
  });
  it('the version depends on the content only, not on generatedAt', () => {
    const again = buildDatasets(FIXTURE_ARTICLES, { generatedAt: '2030-01-01T00:00:00Z', textChunkSize: 4 });
    expect((JSON.parse(again.get('manifest.json')!) as DatasetManifest).version).toBe(manifest.version);
    const changed = buildDatasets(FIXTURE_ARTICLES.slice(1), { generatedAt: GENERATED_AT, textChunkSize: 4 });
    expect((JSON.parse(changed.get('manifest.json')!) as DatasetManifest).version).not.toBe(manifest.version);
  });
  it('does not mutate its input', () => {
    const before = JSON.stringify(FIXTURE_ARTICLES);
    buildDatasets(FIXTURE_ARTICLES, { generatedAt: GENERATED_AT });
    expect(JSON.stringify(FIXTURE_ARTICLES)).toBe(before);
  });
  it('no articles gives empty datasets and no text chunk', () => {
    const empty = buildDatasets([], { generatedAt: GENERATED_AT });
    expect(indexRows(JSON.parse(empty.get('index.json')!) as ArticleIndexFile)).toEqual([]);
    expect((JSON.parse(empty.get('figures.json')!) as FigureFile).value).toEqual([]);
    expect((JSON.parse(empty.get('manifest.json')!) as DatasetManifest).textChunks).toBe(0);
  });
  it('rejects a textChunkSize of 0', () => {
    expect(() => buildDatasets(FIXTURE_ARTICLES, { generatedAt: GENERATED_AT, textChunkSize: 0 })).toThrow(RangeError);
  });
});
