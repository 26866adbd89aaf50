import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../data-prep/core/aggregate.ts';
import type { FundingRow } from '../../data-prep/core/dataset-types.ts';
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
    files.set('index.json', JSON.stringify(JSON.parse(files.get('index.json')!).slice(1)));
    expect(checkAggregatesAgree(jsonl, files).some((p) => p.includes('index ids differ'))).toBe(true);
  });
});
