// npm run prep -- --corrections FILE: corrections applied by id and text hash, imported articles
// added, and a warning naming the article of each correction that could not be applied.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textHash } from '../data-prep/core/corrections.ts';
import { serializeCorrectionsFile } from '../data-prep/core/corrections-file.ts';
import type { ExtractedArticle } from '../data-prep/core/types.ts';
import { FIXTURE_ARTICLES } from './fixtures/datasets/articles.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'prep-corrections-'));
  made.push(d);
  return d;
}
function prep(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'data-prep/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stderr: r.stderr };
}
const articles = (dir: string) => readFileSync(join(dir, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExtractedArticle);

describe('npm run prep -- --corrections FILE', { timeout: 60_000 }, () => {
  it('applies corrections, adds imported articles, and names the stale and missing ones', () => {
    const input = temp();
    copyFileSync('data-prep/corpus/000_7a33cf45b0819f1d.txt', join(input, 'page.txt'));
    const first = articles((() => {
      const out = join(temp(), 'data');
      expect(prep('--in', input, '--out', out).code).toBe(0);
      return out;
    })());
    const [a, b] = first;
    const file = join(temp(), 'fixes.json');
    writeFileSync(
      file,
      serializeCorrectionsFile(
        [
          { articleId: a!.id, textHash: textHash(a!.text), place: { scope: 'province', provinceCode: '650000' }, themes: ['women'] },
          { articleId: b!.id, textHash: 'not-its-hash', themes: [] },
          { articleId: 'no-such-id', textHash: 'x', themes: [] },
        ],
        [FIXTURE_ARTICLES[0]!],
      ),
    );
    const out = join(temp(), 'data');
    const r = prep('--in', input, '--out', out, '--corrections', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`article ${b!.id}: its text changed`);
    expect(r.stderr).toContain('article no-such-id: not found');
    const got = articles(out);
    expect(got.find((x) => x.id === a!.id)).toMatchObject({ provinceCode: '650000', province: '新疆维吾尔自治区', themes: ['women'] });
    expect(got.find((x) => x.id === b!.id)).toEqual(b);
    expect(got.at(-1)).toEqual(FIXTURE_ARTICLES[0]);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.articles).toBe(first.length + 1);

    expect(prep('--in', input, '--out', join(temp(), 'strict'), '--corrections', file, '--strict').code).toBe(1);
  });

  it('a file that is not a corrections file stops the run before anything is written', () => {
    const file = join(temp(), 'bad.json');
    writeFileSync(file, '{"hello": 1}');
    const out = join(temp(), 'data');
    const r = prep('--out', out, '--corrections', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json.*not a corrections file/);
    expect(existsSync(out)).toBe(false);
  });
});
