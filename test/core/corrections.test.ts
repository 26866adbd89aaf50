import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  correctArticle,
  describeProblem,
  findFigure,
  quoteHash,
  textHash,
  type ArticleCorrection,
} from '../../data-prep/core/corrections.ts';
import { parseCorrectionsFile, serializeCorrectionsFile } from '../../data-prep/core/corrections-file.ts';
import { coreDatasets } from '../../data-prep/core/aggregate.ts';
import type { ExtractedArticle } from '../../data-prep/core/types.ts';
import { FIXTURE_ARTICLES } from '../fixtures/datasets/articles.ts';

const NAMES: Record<string, string> = { '320000': '江苏省', '330000': '浙江省' };
const opts = { provinceName: (code: string) => NAMES[code] ?? null };
const care = FIXTURE_ARTICLES.find((a) => a.id === 'zj-2022-care')!;

function fixOf(a: ExtractedArticle, index: number) {
  const f = a.figures[index]!;
  return { index, raw: f.raw, quoteHash: quoteHash(f.quote) };
}

const toJiangsu: ArticleCorrection = {
  articleId: care.id,
  textHash: textHash(care.text),
  place: { scope: 'province', provinceCode: '320000' },
  date: '2021-06',
  themes: ['skills'],
  figures: [{ ...fixOf(care, 0), value: 2.5e7, category: 'prize' }, { ...fixOf(care, 1), wrong: true }],
};

describe('correctArticle', () => {
  it('correctArticle(care, to Jiangsu) sets place, date, year, themes and figures', () => {
    const r = correctArticle(care, toJiangsu, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    const a = r.article;
    expect([a.scope, a.provinceCode, a.province]).toEqual(['province', '320000', '江苏省']);
    expect([a.date, a.year]).toEqual(['2021-06', 2021]);
    expect(a.themes).toEqual(['skills']);
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ value: 2.5e7, category: 'prize', raw: '2300万元' });
    expect(r.staleFigures).toEqual([]);
  });

  it('correctArticle(article with changed text, c) is stale and changes nothing', () => {
    const edited = { ...care, text: care.text + '补记。' };
    expect(correctArticle(edited, toJiangsu, opts)).toEqual({ status: 'stale' });
  });

  it.each([
    ['national', { scope: 'national' } as const, ['national', null, null]],
    ['unknown', { scope: 'unknown' } as const, ['unknown', null, null]],
  ])('correctArticle(care, place %s) clears the province', (_, place, want) => {
    const r = correctArticle(care, { articleId: care.id, textHash: textHash(care.text), place }, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    expect([r.article.scope, r.article.provinceCode, r.article.province]).toEqual(want);
    expect(r.article.figures).toEqual(care.figures);
  });

  it('correctArticle(care, date null) clears date and year', () => {
    const r = correctArticle(care, { articleId: care.id, textHash: textHash(care.text), date: null }, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    expect([r.article.date, r.article.year]).toEqual([null, null]);
  });

  it('a value fix turns a range into one exact number', () => {
    const ranged = { ...care, figures: [{ ...care.figures[0]!, valueMax: 3e7, qualifier: 'range' as const }] };
    const r = correctArticle(ranged, { articleId: care.id, textHash: textHash(care.text), figures: [{ ...fixOf(care, 0), value: 2.8e7 }] }, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    expect(r.article.figures[0]).toMatchObject({ value: 2.8e7, qualifier: 'exact' });
    expect(r.article.figures[0]).not.toHaveProperty('valueMax');
  });

  it('a figure fix whose figure moved is applied where the number and sentence are now', () => {
    const moved = { ...care, figures: [care.figures[1]!, care.figures[0]!] };
    const r = correctArticle(moved, { articleId: care.id, textHash: textHash(care.text), figures: [{ ...fixOf(care, 0), value: 1 }] }, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    expect(r.article.figures.map((f) => f.value)).toEqual([5e6, 1]);
  });

  it('a figure fix whose figure is gone is reported; a wrong figure already gone is not', () => {
    const fewer = { ...care, figures: [care.figures[0]!] };
    const c: ArticleCorrection = { articleId: care.id, textHash: textHash(care.text), figures: [{ ...fixOf(care, 1), value: 1 }, { ...fixOf(care, 1), wrong: true }] };
    const r = correctArticle(fewer, c, opts);
    if (r.status !== 'applied') throw new Error('not applied');
    expect(r.staleFigures.map((f) => f.value)).toEqual([1]);
    expect(r.article.figures).toEqual(fewer.figures);
  });

  it('applying a correction twice gives what applying it once gives', () => {
    const once = correctArticle(care, toJiangsu, opts);
    if (once.status !== 'applied') throw new Error('not applied');
    const twice = correctArticle(once.article, toJiangsu, opts);
    expect(twice).toEqual({ ...once, staleFigures: [] });
  });
});

describe('findFigure', () => {
  it.each([
    ['at its index', [0, 1], 0, 0],
    ['moved', [1, 0], 0, 1],
    ['gone', [1], 0, -1],
  ])('findFigure(%s) is right', (_, order, index, want) => {
    const figures = order.map((i) => care.figures[i]!);
    expect(findFigure(figures, fixOf(care, index))).toBe(want);
  });
});

describe('applyCorrections', () => {
  it('applies by id and text hash and reports stale and missing corrections by article id', () => {
    const stale: ArticleCorrection = { articleId: 'zj-2022-refund', textHash: 'ffffffffffffffff', themes: [] };
    const missing: ArticleCorrection = { articleId: 'no-such-article', textHash: 'x', themes: [] };
    const r = applyCorrections(FIXTURE_ARTICLES, [toJiangsu, stale, missing], opts);
    expect(r.applied).toBe(1);
    expect(r.articles.find((a) => a.id === care.id)!.provinceCode).toBe('320000');
    expect(r.articles.find((a) => a.id === 'zj-2022-refund')).toBe(FIXTURE_ARTICLES.find((a) => a.id === 'zj-2022-refund'));
    expect(r.problems.map((p) => [p.articleId, p.reason])).toEqual([
      ['zj-2022-refund', 'text-changed'],
      ['no-such-article', 'missing'],
    ]);
    expect(r.problems.map(describeProblem).join('\n')).toMatch(/zj-2022-refund.*changed/);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(FIXTURE_ARTICLES);
    const corrections = [structuredClone(toJiangsu)];
    applyCorrections(FIXTURE_ARTICLES, corrections, opts);
    expect(FIXTURE_ARTICLES).toEqual(before);
    expect(corrections).toEqual([toJiangsu]);
  });

  it('the corrected articles give datasets with the corrected province and amounts', () => {
    const { core } = coreDatasets(applyCorrections(FIXTURE_ARTICLES, [toJiangsu], opts).articles);
    const row = core.index.find((r) => r.id === care.id)!;
    expect([row.provinceCode, row.year, row.month, row.figureCount]).toEqual(['320000', 2021, 6, 1]);
    const prize = core.funding.find((r) => r.provinceCode === '320000' && r.category === 'prize');
    expect(prize?.total).toBe(2.5e7);
  });
});

describe('the corrections file', () => {
  it('serializeCorrectionsFile then parseCorrectionsFile gives the same corrections and articles', () => {
    const text = serializeCorrectionsFile([toJiangsu], [care]);
    const { file, problems } = parseCorrectionsFile(JSON.parse(text));
    expect(problems).toEqual([]);
    expect(file.corrections).toEqual([toJiangsu]);
    expect(file.imported).toEqual([care]);
  });

  it('parseCorrectionsFile keeps the good entries and names the bad ones by position', () => {
    const json = {
      version: 1,
      corrections: [toJiangsu, { articleId: 'a', textHash: 'h', place: { scope: 'province', provinceCode: '3300' } }, { articleId: 'b', textHash: 'h', date: '2021-13-01' }],
      imported: [care, { id: 'x' }],
    };
    const { file, problems } = parseCorrectionsFile(json);
    expect(file.corrections).toEqual([toJiangsu]);
    expect(file.imported).toEqual([care]);
    expect(problems).toEqual([expect.stringMatching(/^corrections\[1\]: place/), expect.stringMatching(/^corrections\[2\]: date/), expect.stringMatching(/^imported\[1\]:/)]);
  });

  it.each([[null], [[]], [{ version: 1, corrections: [] }], [{ version: 2, corrections: [], imported: [] }]])('parseCorrectionsFile(%j) throws', (json) => {
    expect(() => parseCorrectionsFile(json)).toThrow(/corrections file/);
  });
});
