import { describe, expect, it } from 'vitest';
import { coreDatasets } from '../../../data-prep/core/aggregate.ts';
import { applyCorrections, quoteHash, textHash, type ArticleCorrection } from '../../../data-prep/core/corrections.ts';
import { mergeLocal } from '../../../src/lib/local/merge.ts';
import { correctionFrom, formFrom } from '../../../src/lib/local/form.ts';
import { FIXTURE_ARTICLES } from '../../fixtures/datasets/articles.ts';

const opts = { provinceName: (code: string) => code };
const [care, refund, ...rest] = FIXTURE_ARTICLES;
const base = coreDatasets(FIXTURE_ARTICLES).core;
const hashes = new Map(FIXTURE_ARTICLES.map((a) => [a.id, textHash(a.text)]));
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
  it('mergeLocal(built core, a correction) gives the datasets of the corrected articles', () => {
    const merged = mergeLocal({ base, imported: [], corrections: new Map([[fix.articleId, fix]]), hashes }, opts);
    const want = coreDatasets(applyCorrections(FIXTURE_ARTICLES, [fix], opts).articles).core;
    expect(merged.core.figures).toEqual(want.figures.map((f) => (f.articleId === care!.id ? { ...f, index: f.index + 1 } : f)));
    expect(merged.core.funding.map((r) => r.total)).toEqual(want.funding.map((r) => r.total));
    expect(merged.core.activities).toEqual(want.activities);
    expect(merged.core.index.find((r) => r.id === care!.id)).toMatchObject({ scope: 'national', provinceCode: null, year: 2020, month: 3, figureCount: 1 });
    expect(merged.states.get(care!.id)).toEqual({ state: 'applied', staleFigures: 0 });
  });

  it('mergeLocal(imported articles) adds them as the prep would', () => {
    const builtOnly = coreDatasets([care!, refund!]).core;
    const merged = mergeLocal({ base: builtOnly, imported: rest, corrections: new Map(), hashes }, opts);
    const want = coreDatasets(FIXTURE_ARTICLES).core;
    expect(merged.core.index.map(({ chunk: _, ...r }) => r)).toEqual(want.index.map(({ chunk: _, ...r }) => r));
    expect(merged.core.funding).toEqual(want.funding);
    expect(merged.core.membership).toEqual(want.membership);
  });

  it.each([
    ['text changed', new Map([[care!.id, 'other']]), 'stale'],
    ['text not loaded', new Map<string, string>(), 'pending'],
  ] as const)('a correction whose %s is %s and not applied', (_, known, state) => {
    const merged = mergeLocal({ base, imported: [], corrections: new Map([[fix.articleId, fix]]), hashes: known }, opts);
    expect(merged.states.get(care!.id)?.state).toBe(state);
    expect(merged.core.index).toEqual(base.index);
  });

  it('a correction naming no article is missing; nothing of the reader gives the base itself', () => {
    const gone = { ...fix, articleId: 'gone' };
    expect(mergeLocal({ base, imported: [], corrections: new Map([['gone', gone]]), hashes }, opts).states.get('gone')?.state).toBe('missing');
    expect(mergeLocal({ base, imported: [], corrections: new Map(), hashes }, opts).core).toBe(base);
  });
});

describe('the correction form', () => {
  const original = { row: base.index[0]!, facts: base.figures.filter((f) => f.articleId === care!.id) };
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
