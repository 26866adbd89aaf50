// The incremental dataset builder writes what buildDatasets writes, byte for byte.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import { DatasetBuilder, type Piece } from '../../data-prep/core/aggregate-stream.ts';
import { sha256, utf8Bytes } from '../../data-prep/core/aggregate-hash.ts';
import type { ManifestFile } from '../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../data-prep/core/types.ts';
import { Pipeline } from '../../data-prep/core/pipeline.ts';
import { FIXTURE_ARTICLES } from '../fixtures/datasets/articles.ts';

const OPTS = { generatedAt: '2024-03-01T00:00:00.000Z', warnings: 2 };

function streamed(articles: readonly ExtractedArticle[], textChunkSize?: number): Map<string, string> {
  const builder = new DatasetBuilder(textChunkSize);
  const files = new Map<string, string>();
  const closed = new Set<string>();
  const append = ([name, chunk, last]: Piece) => {
    // A file said to be complete gets nothing more: the writer has closed it.
    expect(closed.has(name), name).toBe(false);
    files.set(name, (files.get(name) ?? '') + (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)));
    if (last) closed.add(name);
  };
  // A copy per article, as the CLI gets them from a worker: the builder keeps no reference.
  for (const a of articles) builder.add(structuredClone(a)).forEach(append);
  for (const piece of builder.finish()) append(piece);
  expect([...closed].sort()).toEqual([...files.keys()].sort());
  const sums: Record<string, ManifestFile> = {};
  for (const [name, content] of files) sums[name] = { bytes: utf8Bytes(content), sha256: sha256(content) };
  files.set('manifest.json', builder.manifest(sums, OPTS));
  return files;
}

function seedArticles(): ExtractedArticle[] {
  const pipeline = new Pipeline();
  const dir = 'data-prep/corpus';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => pipeline.run({ file: f, text: readFileSync(join(dir, f), 'utf8'), published: null, publication: null }));
}

/** Ids a JavaScript object orders its own way: integer-like ones first; no own "__proto__". */
function oddArticles(): ExtractedArticle[] {
  const ids = ['x1', '42', '7', '__proto__', '007', '4294967295', '3'];
  return FIXTURE_ARTICLES.slice(0, ids.length).map((a, i) => ({ ...a, id: ids[i]! }));
}

describe('DatasetBuilder', () => {
  const cases: [string, () => readonly ExtractedArticle[], number | undefined][] = [
    ['articles with integer-like ids and a __proto__ id, chunks of 4', oddArticles, 4],
    ['the dataset fixture, chunks of 4', () => FIXTURE_ARTICLES, 4],
    ['the dataset fixture, chunks of 1', () => FIXTURE_ARTICLES, 1],
    ['the seed corpus, default chunks', seedArticles, undefined],
    ['the seed corpus, chunks of 7', seedArticles, 7],
    ['no article at all', () => [], undefined],
  ];
  for (const [name, articles, size] of cases) {
    it(`streams ${name} into the same files as buildDatasets`, () => {
      const list = articles();
      const whole = buildDatasets(list, { ...OPTS, textChunkSize: size });
      const parts = streamed(list, size);
      expect([...parts.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [file, content] of whole) expect(parts.get(file), file).toBe(content);
    });
  }

  it('refuses a chunk size that is not a positive integer, as buildDatasets does', () => {
    expect(() => new DatasetBuilder(0)).toThrow(RangeError);
    expect(() => buildDatasets([], { ...OPTS, textChunkSize: 0 })).toThrow(RangeError);
  });
});
