import { describe, expect, it } from 'vitest';
import { coreDatasets } from '../../../data-prep/core/aggregate.ts';
import type { ArticleIndexRow, FactFields } from '../../../data-prep/core/dataset-types.ts';
import { ArticleTable } from '../../../src/lib/data/article-table.ts';
import { FactTable } from '../../../src/lib/data/fact-table.ts';
import { tablesFromRows } from '../../../src/lib/data/tables.ts';
import { generatedArticles } from './generated-articles.ts';

const { core } = coreDatasets(generatedArticles(400, 5));
const facts: FactFields[] = core.figures.map(({ quote: _q, raw: _r, ...f }) => f);
const base = tablesFromRows(core.index, facts);
const snapshot = (t: { articles: ArticleTable; facts: FactTable }) => JSON.stringify([t.articles.rows(), [...t.articles.newest], t.facts.rows()]);
const before = snapshot(base);

/** Replaces rows at `at` with `change` applied, adds `extra` new rows; what withRows should give. */
function changed(at: number[], change: (r: ArticleIndexRow) => ArticleIndexRow, extra: ArticleIndexRow[]) {
  const replaced = new Map(at.map((i) => [i, change(core.index[i]!)]));
  const want = [...core.index.map((r, i) => replaced.get(i) ?? r), ...extra];
  return { replaced, want };
}

const newRow = (k: number): ArticleIndexRow => ({
  ...core.index[k]!,
  id: `new-${k}`,
  title: `新${k % 3}`,
  published: k % 2 ? '2030-01-01' : null,
  themes: ['women', 'care'],
  provinceCode: '650000',
  chunk: -1,
});

describe('ArticleTable.withRows', () => {
  it.each([
    ['a few rows re-dated and re-titled, two added', [3, 50, 399], 2],
    ['more rows moved than are patched one by one', Array.from({ length: 80 }, (_, i) => i * 5), 0],
    ['rows changed where the list’s order does not look (themes, province)', [7, 8], 0],
  ])('withRows(%s) is the table of the changed rows, list order included', (_, at, adding) => {
    const shift = at.length === 2 && adding === 0;
    const change = (r: ArticleIndexRow): ArticleIndexRow =>
      shift ? { ...r, themes: ['skills'], provinceCode: '110000', province: '北京市' } : { ...r, published: '2019-02-03', title: `改${r.title}` };
    const extra = Array.from({ length: adding }, (_, k) => newRow(k));
    const { replaced, want } = changed(at, change, extra);
    const got = base.articles.withRows(replaced, extra);
    const expected = ArticleTable.fromRows(want);
    expect(got.rows()).toEqual(expected.rows());
    expect([...got.newest]).toEqual([...expected.newest]);
    expect(got.indexOf('new-1')).toBe(adding > 1 ? 401 : -1);
    expect(snapshot(base)).toBe(before);
  });
});

describe('FactTable.withFacts', () => {
  it('replaces an article’s facts (fewer, more, none) and adds new articles’ facts, as a table of those rows would', () => {
    const withFacts = [...new Set(facts.map((f) => f.articleId))];
    const [a, b] = [withFacts[2]!, withFacts[10]!].map((id) => core.index.findIndex((r) => r.id === id));
    const noFacts = core.index.findIndex((r) => r.figureCount === 0);
    const extra = [newRow(0), newRow(1)];
    const mine = (i: number) => facts.filter((f) => f.articleId === core.index[i]!.id);
    const replaced = new Map<number, FactFields[]>([
      [a!, mine(a!).slice(1).map((f) => ({ ...f, value: f.value + 1, valueMax: 5e9 }))],
      [b!, [...mine(b!), { ...mine(b!)[0]!, index: 9, kind: 'money', category: 'loan', funding: true, period: 'annual', year: 2099 }]],
      [noFacts, [{ ...facts[0]!, articleId: core.index[noFacts]!.id, index: 0, qualifier: 'vague' }]],
    ]);
    const added: FactFields[] = [{ ...facts[1]!, articleId: 'new-1', index: 0 }];
    const articles = base.articles.withRows(new Map(), extra);
    const got = base.facts.withFacts(articles, replaced, added);
    const want = [...core.index.flatMap((r, i) => replaced.get(i) ?? facts.filter((f) => f.articleId === r.id)), ...added];
    expect(got.rows()).toEqual(FactTable.fromRows(want, articles).rows());
    expect(got.factsOf(noFacts)).toHaveLength(1);
    expect(snapshot(base)).toBe(before);
  });
});
