// The per-page stages split among workers give what one thread gives: the same articles, ids
// and duplicates, in the same order, and the CLI writes the same files either way.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PageProcessor, Pipeline } from '../../data-prep/core/pipeline.ts';
import { Admission, type PageArticle } from '../../data-prep/core/admission.ts';
import type { Page } from '../../data-prep/core/types.ts';
import { loadSeeds } from '../../scripts/bench-seeds.ts';
import { corpusPages } from '../../scripts/bench-corpus.ts';
import { generateCorpus } from '../../scripts/gen-corpus.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'prep-workers-'));
  made.push(d);
  return d;
}

/** Generated pages, some of them given twice, and records whose ids clash. */
function corpus(): Page[] {
  const pages: Page[] = [];
  for (const p of corpusPages(loadSeeds('data-prep/corpus'), { seed: 5 })) {
    if (pages.length === 24) break;
    pages.push({ file: p.file, text: p.text, published: p.published, publication: p.source, region: p.region });
  }
  const again = pages.slice(3, 6).map((p) => ({ ...p, file: `copy/${p.file}` }));
  const record = (line: number, text: string): Page => ({
    file: 'records.jsonl',
    text,
    published: null,
    publication: null,
    preSegmented: { id: 'r1', line },
  });
  return [
    ...pages.slice(0, 12),
    ...again,
    record(1, '浙江省总工会投入100万元慰问一线职工，惠及职工3000余人。'),
    record(2, '江苏省总工会举办技能竞赛，共有200名职工参赛。'),
    ...pages.slice(12),
  ];
}

describe('PageProcessor and Admission', () => {
  it('give what Pipeline gives when pages are dealt to three processors', () => {
    const pages = corpus();
    const single = new Pipeline();
    const expected = pages.flatMap((p) => single.run(p));

    const processors = [new PageProcessor(), new PageProcessor(), new PageProcessor()];
    // Dealt round-robin, each processor sees its pages in corpus order, as a worker does.
    const results: PageArticle[][] = pages.map((p, i) => processors[i % 3]!.process(p));
    const admission = new Admission();
    const got = results.flatMap((items) => admission.admit(items));

    expect(single.stats.duplicates).toBeGreaterThan(0);
    expect(got.map((a) => a.id)).toContain('r1-2');
    expect(admission.stats).toEqual(single.stats);
    expect(got.map((a) => JSON.stringify(a))).toEqual(expected.map((a) => JSON.stringify(a)));
  });
});

/** Every file under `dir` with its text; manifest.json without its timestamp. */
function outputFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8').replace(/"generatedAt": "[^"]*"/, ''));
    }
  };
  walk(dir);
  return out;
}

function prep(...args: string[]): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'data-prep/cli.ts', '--quiet', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stderr: r.stderr };
}

describe('npm run prep --workers', { timeout: 180_000 }, () => {
  it('writes the same files with two workers as in one thread', () => {
    const input = temp();
    generateCorpus({ out: join(input, 'generated'), mb: 0.6, seed: 9, manifest: false });
    // The same pages again under another folder: corpus-level duplicates across workers.
    mkdirSync(join(input, 'again'));
    for (const name of readdirSync(join(input, 'generated', '2015')).slice(0, 6)) {
      copyFileSync(join(input, 'generated', '2015', name), join(input, 'again', name));
    }
    writeFileSync(join(input, 'records.jsonl'), '{"id":"x","text":"浙江省总工会投入100万元慰问职工。"}\n{"id":"x","text":"江苏省总工会举办技能竞赛。"}\n');
    const one = join(temp(), 'one');
    const two = join(temp(), 'two');
    const r1 = prep('--in', input, '--out', one, '--workers', '0');
    const r2 = prep('--in', input, '--out', two, '--workers', '2');
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r1.stderr).toMatch(/duplicate article/);
    expect(r2.stderr.replace(two, one)).toBe(r1.stderr);
    const a = outputFiles(one);
    const b = outputFiles(two);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, content] of a) expect(b.get(name) === content, name).toBe(true);
  });
});
