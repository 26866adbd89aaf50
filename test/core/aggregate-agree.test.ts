import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import type { ArticleIndexFile, FundingRow, TextChunk } from '../../data-prep/core/dataset-types.ts';
import { checkAggregatesAgree } from './aggregate-agree.ts';
import { FIXTURE_ARTICLES } from '../fixtures/datasets/articles.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Pipeline } from '../../data-prep/core/pipeline.ts';

const jsonl = FIXTURE_ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n';
const build = () => buildDatasets(FIXTURE_ARTICLES, { generatedAt: '2024-03-01T00:00:00.000Z', textChunkSize: 4 });

describe('checkAggregatesAgree', () => {
  it('finds nothing wrong with the datasets built from test/fixtures/datasets', () => {
    expect(checkAggregatesAgree(jsonl, build())).toEqual([]);
  });

  it('finds the seed corpus datasets in agreement with its articles.jsonl', () => {
    const pipeline = new Pipeline();
    const dir = 'data-prep/corpus';
    const articles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => pipeline.run({ file: f, text: readFileSync(join(dir, f), 'utf8'), published: null, publication: null }));
    expect(articles.length).toBeGreaterThan(30);
    const seedJsonl = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
    const files = buildDatasets(articles, { generatedAt: '2024-03-01T00:00:00.000Z' });
    expect(checkAggregatesAgree(seedJsonl, files)).toEqual([]);
  });
  it('reports a cumulative total added to an annual one', () => {
    const files = build();
    const funding = JSON.parse(files.get('funding.json')!) as FundingRow[];
    const annual = funding.find((r) => r.category === 'fee-refund' && r.period === 'annual')!;
    annual.figures.push(['zj-2022-refund', 0]);
    annual.total += 8e8;
    files.set('funding.json', JSON.stringify(funding));
    const problems = checkAggregatesAgree(jsonl, files);
    expect(problems.some((p) => p.includes('has period cumulative'))).toBe(true);
    expect(problems.some((p) => p.includes('hash differs'))).toBe(true);
  });
  it('reports an article missing from the index', () => {
    const files = build();
    const index = JSON.parse(files.get('index.json')!) as ArticleIndexFile;
    files.set('index.json', JSON.stringify({ ...index, id: index.id.slice(1) }));
    const problems = checkAggregatesAgree(jsonl, files);
    expect(problems.some((p) => p.includes('index ids differ'))).toBe(true);
    expect(problems.some((p) => p.includes('column title has 9 rows, id has 8'))).toBe(true);
  });
  it('reports a figure quote missing from its text chunk', () => {
    const files = build();
    const chunk = JSON.parse(files.get('texts/0.json')!) as TextChunk;
    chunk['zj-2022-care']!.figures.pop();
    files.set('texts/0.json', JSON.stringify(chunk));
    expect(checkAggregatesAgree(jsonl, files)).toContain('texts/0.json: figure quotes of zj-2022-care differ');
  });
});
