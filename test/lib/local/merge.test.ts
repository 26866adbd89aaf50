import { describe, expect, it } from 'vitest';
import { buildDatasets, coreDatasets } from '../../../data-prep/core/aggregate.ts';
import type { ArticleIndexFile, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import { applyCorrections, quoteHash, textHash, type ArticleCorrection } from '../../../data-prep/core/corrections.ts';
import { mergeLocal, type LoadedText } from '../../../src/lib/local/merge.ts';
import { tablesFromFiles, type Tables } from '../../../src/lib/data/tables.ts';
import { Queries } from '../../../src/lib/data/queries.ts';
import { correctionFrom, formFrom } from '../../../src/lib/local/form.ts';
import { FIXTURE_ARTICLES } from '../../fixtures/datasets/articles.ts';

/** The tables the dashboard loads for `articles`. */
function tablesOf(articles: readonly ExtractedArticle[]): Tables {
  const files = buildDatasets(articles, { generatedAt: '2024-03-01T00:00:00.000Z' });
  return tablesFromFiles(JSON.parse(files.get('index.json')!) as ArticleIndexFile, JSON.parse(files.get('figures.json')!) as FigureFile);
}
const ALL = { provinces: [], themes: [], from: null, to: null };
const withoutText = ({ quote: _q, raw: _r, ...f }: { quote: string; raw: string }) => f;

const opts = { provinceName: (code: string) => code };
const [care, refund, ...rest] = FIXTURE_ARTICLES;
const base = tablesOf(FIXTURE_ARTICLES);
const texts = new Map<string, LoadedText>(FIXTURE_ARTICLES.map((a) => [a.id, { hash: textHash(a.text), figures: a.figures }]));
const fix: ArticleCorrection = {
  articleId: care!.id,
  textHash: textHash(care!.text),
  place: { scope: 'national' },
  date: '2020-03-04',
  figures: [
    { index: 0, raw: care!.figures[0]!.raw, quoteHash: quoteHash(care!.figures[0]!.quote), wrong: true },
    { index: 1, raw: care!.figures[1]!.raw, quoteHash: quoteHash(care!.figures[1]!.quote), value: 7e6, category: 'loan' },
  ],
};

describe('mergeLocal', () => {
  it('mergeLocal(built tables, a correction) gives the tables of the corrected articles', () => {
    const merged = mergeLocal({ base, imported: [], corrections: new Map([[fix.articleId, fix]]), texts }, opts);
    const want = coreDatasets(applyCorrections(FIXTURE_ARTICLES, [fix], opts).articles).core;
    // The prep renumbers the figures left; the dashboard keeps their indices (the text's quotes are by index).
    expect(merged.tables.facts.rows()).toEqual(want.figures.map((f) => withoutText(f.articleId === care!.id ? { ...f, index: f.index + 1 } : f)));
    const v = new Queries(merged.tables).view(ALL);
    expect(v.funding.map((r) => r.total)).toEqual(want.funding.map((r) => r.total));
    expect(v.keys.articles).toBe(want.index.length);
    const i = merged.tables.articles.indexOf(care!.id);
    expect(merged.tables.articles.row(i)).toMatchObject({ scope: 'national', provinceCode: null, year: 2020, month: 3, figureCount: 1 });
    expect(merged.states.get(care!.id)).toEqual({ state: 'applied', staleFigures: 0 });
  });

  it('mergeLocal(imported articles) adds them as the prep would', () => {
    const merged = mergeLocal({ base: tablesOf([care!, refund!]), imported: rest, corrections: new Map(), texts }, opts);
    const want = coreDatasets(FIXTURE_ARTICLES).core;
    expect(merged.tables.articles.rows().map(({ chunk: _, ...r }) => r)).toEqual(want.index.map(({ chunk: _, ...r }) => r));
    expect(merged.tables.articles.chunk.slice(2).every((c) => c === -1)).toBe(true);
    const v = new Queries(merged.tables).view(ALL);
    expect(v.funding).toEqual(want.funding);
    expect(v.membership).toEqual(want.membership);
    expect([...merged.imported.keys()]).toEqual(rest.map((a) => a.id));
  });

  it.each([
    ['text changed', new Map([[care!.id, { hash: 'other', figures: [] }]]), 'stale'],
    ['text not loaded', new Map<string, LoadedText>(), 'pending'],
  ] as const)('a correction whose %s is %s and not applied', (_, known, state) => {
    const merged = mergeLocal({ base, imported: [], corrections: new Map([[fix.articleId, fix]]), texts: known }, opts);
    expect(merged.states.get(care!.id)?.state).toBe(state);
    expect(merged.tables).toBe(base);
  });

  it('a correction naming no article is missing; nothing of the reader gives the base itself', () => {
    const gone = { ...fix, articleId: 'gone' };
    expect(mergeLocal({ base, imported: [], corrections: new Map([['gone', gone]]), texts }, opts).states.get('gone')?.state).toBe('missing');
    expect(mergeLocal({ base, imported: [], corrections: new Map(), texts }, opts).tables).toBe(base);
  });

  it('does not mutate the base tables', () => {
    const before = JSON.stringify([base.articles.rows(), base.facts.rows()]);
    mergeLocal({ base, imported: rest, corrections: new Map([[fix.articleId, fix]]), texts }, opts);
    expect(JSON.stringify([base.articles.rows(), base.facts.rows()])).toBe(before);
  });
});

describe('the correction form', () => {
  const core = coreDatasets(FIXTURE_ARTICLES).core;
  const original = { row: core.index[0]!, facts: core.figures.filter((f) => f.articleId === care!.id) };
  it('formFrom then correctionFrom without changes is no correction', () => {
    expect(correctionFrom(formFrom(original, null), original, 'h')).toBeNull();
  });
  it('formFrom(stored correction) then correctionFrom gives the same correction back', () => {
    expect(correctionFrom(formFrom(original, fix), original, fix.textHash)).toEqual(fix);
  });
  it('correctionFrom(date "2020-13") is bad-date', () => {
    expect(correctionFrom({ ...formFrom(original, null), date: '2020-13' }, original, 'h')).toBe('bad-date');
  });
});
