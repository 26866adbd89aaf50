import { describe, expect, it } from 'vitest';
import { coreDatasets } from '../../data-prep/core/aggregate.ts';
import { factRows, figureFile, indexFile, indexRows, jsonPieces } from '../../data-prep/core/aggregate-columns.ts';
import { newestFirst } from '../../data-prep/core/aggregate-index.ts';
import type { ArticleIndexRow } from '../../data-prep/core/dataset-types.ts';
import { FIXTURE_ARTICLES } from '../fixtures/datasets/articles.ts';

const { core } = coreDatasets(FIXTURE_ARTICLES, 4);

describe('indexFile and indexRows', () => {
  it('indexRows(indexFile(rows)) gives the rows back', () => {
    expect(indexRows(indexFile(core.index, 4))).toEqual(core.index);
  });
  it('a repeated value is stored once and coded; theme lists keep their order', () => {
    const rows: ArticleIndexRow[] = [
      { ...core.index[0]!, themes: ['care', 'rights'] },
      { ...core.index[1]!, themes: ['rights', 'care'] },
      { ...core.index[2]!, themes: ['care', 'rights'] },
    ];
    const file = indexFile(rows, 100);
    expect(file.themes).toEqual({ values: [['care', 'rights'], ['rights', 'care']], codes: [0, 1, 0] });
    expect(indexRows(file).map((r) => r.themes)).toEqual(rows.map((r) => r.themes));
  });
  it('a row’s chunk follows from textChunkSize', () => {
    expect(indexRows(indexFile(core.index, 4)).map((r) => r.chunk)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2]);
  });
});

describe('figureFile and factRows', () => {
  const index = indexFile(core.index, 4);
  it('factRows(figureFile(facts)) gives the facts back without quote and raw', () => {
    expect(factRows(figureFile(core.figures), index)).toEqual(core.figures.map(({ quote: _q, raw: _r, ...f }) => f));
  });
  it('only ranges carry valueMax', () => {
    const file = figureFile(core.figures);
    const ranges = core.figures.flatMap((f, i) => (f.valueMax === undefined ? [] : [i]));
    expect(ranges.length).toBeGreaterThan(0);
    expect(file.valueMax.at).toEqual(ranges);
  });
  it('does not mutate its input', () => {
    const before = JSON.stringify(core);
    factRows(figureFile(core.figures), indexFile(core.index, 4));
    expect(JSON.stringify(core)).toBe(before);
  });
});

describe('newestFirst', () => {
  it.each([
    ['newest date first', ['2021-01-02', '2022-03-04', '2020-05-06'], ['a', 'b', 'c'], [1, 0, 2]],
    ['same date: by title, by code unit', ['2021-01-02', '2021-01-02', '2021-01-02'], ['甲', 'B', '乙'], [1, 2, 0]],
    ['same date and title: file order', ['2021', '2021'], ['x', 'x'], [0, 1]],
    ['no date last', ['', '2021-01', '2021-01-01'], ['a', 'b', 'c'], [2, 1, 0]],
  ] as const)('newestFirst: %s', (_, dates, titles, want) => {
    expect(newestFirst(dates, titles)).toEqual(want);
  });
});

describe('jsonPieces', () => {
  it.each([
    ['a file', { textChunkSize: 4, id: ['a', 'b'], kind: { values: ['article'], codes: [0, 0] } }],
    ['no field', {}],
  ])('jsonPieces(%s) joined is JSON.stringify', (_, file) => {
    expect(jsonPieces(file).join('')).toBe(JSON.stringify(file));
  });
});
