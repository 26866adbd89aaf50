import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../data-prep/core/aggregate.ts';
import type { ArticleIndexFile, FigureFile } from '../../../data-prep/core/dataset-types.ts';
import { isFigureFile, isIndexFile, isTextChunk } from '../../../src/lib/data/validate.ts';
import { FIXTURE_ARTICLES } from '../../fixtures/datasets/articles.ts';

const files = buildDatasets(FIXTURE_ARTICLES, { generatedAt: '2024-03-01T00:00:00.000Z', textChunkSize: 4 });
const index = JSON.parse(files.get('index.json')!) as ArticleIndexFile;
const figures = JSON.parse(files.get('figures.json')!) as FigureFile;
const n = index.id.length;
const m = figures.value.length;

describe('isIndexFile', () => {
  it('accepts index.json as the prep writes it', () => expect(isIndexFile(index, n)).toBe(true));
  it.each([
    ['another article count', index, n + 1],
    ['a column one row short', { ...index, title: index.title.slice(1) }, n],
    ['a code past its values', { ...index, scope: { ...index.scope, codes: [...index.scope.codes.slice(1), index.scope.values.length] } }, n],
    ['a code that is not an integer', { ...index, year: { ...index.year, codes: [0.5, ...index.year.codes.slice(1)] } }, n],
    ['a title that is not a string', { ...index, title: [1, ...index.title.slice(1)] }, n],
    ['an article twice in newest', { ...index, newest: [index.newest[0]!, ...index.newest.slice(0, -1)] }, n],
    ['no textChunkSize', { ...index, textChunkSize: 0 }, n],
  ])('rejects %s', (_, file, count) => expect(isIndexFile(file, count)).toBe(false));
});

describe('isFigureFile', () => {
  it('accepts figures.json as the prep writes it', () => expect(isFigureFile(figures, m, index)).toBe(true));
  it.each([
    ['another figure count', figures, m - 1],
    ['figure counts of the index that do not add up', figures, m, { ...index, figureCount: index.figureCount.map((c) => c + 1) }],
    ['valueMax rows out of order', { ...figures, valueMax: { at: [3, 1], values: [1, 2] } }, m],
    ['a funding flag that is not a boolean', { ...figures, funding: { ...figures.funding, values: ['yes'] } }, m],
  ])('rejects %s', (_, file, count, idx = index) => expect(isFigureFile(file, count, idx)).toBe(false));
});

describe('isTextChunk', () => {
  const chunk = JSON.parse(files.get('texts/0.json')!) as Record<string, { figures: unknown }>;
  it('accepts a text chunk with its figures’ quotes', () => expect(isTextChunk(chunk)).toBe(true));
  it('rejects an article text without them', () => {
    const [id, text] = Object.entries(chunk)[0]!;
    expect(isTextChunk({ ...chunk, [id]: { ...text, figures: undefined } })).toBe(false);
  });
});
