// The benchmark corpus generator: deterministic by seed, and pages that look like the seed pages.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { loadSeeds } from '../../scripts/bench-seeds.ts';
import { corpusPages, type CorpusPage } from '../../scripts/bench-corpus.ts';
import { Rng } from '../../scripts/bench-prng.ts';
import { Pipeline } from '../../data-prep/core/pipeline.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
  made.push(d);
  return d;
}

/** Every file under `dir`, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const seeds = loadSeeds('data-prep/corpus');
const take = (seed: number, n: number): CorpusPage[] => {
  const out: CorpusPage[] = [];
  for (const p of corpusPages(seeds, { seed })) {
    if (out.length === n) break;
    out.push(p);
  }
  return out;
};

describe('Rng', () => {
  it('new Rng(1) gives the same sequence every time, and new Rng(2) another', () => {
    const draw = (seed: number) => {
      const r = new Rng(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(2)).not.toEqual(draw(1));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateCorpus', { timeout: 60_000 }, () => {
  it('writes the same bytes for the same seed', () => {
    const a = temp();
    const b = temp();
    generateCorpus({ out: a, mb: 0.3, seed: 7 });
    generateCorpus({ out: b, mb: 0.3, seed: 7 });
    const sa = snapshot(a);
    const sb = snapshot(b);
    expect([...sa.keys()]).toEqual([...sb.keys()]);
    for (const [name, bytes] of sa) expect(bytes.equals(sb.get(name)!), name).toBe(true);
  });

  it('writes other pages for another seed', () => {
    const a = temp();
    const b = temp();
    generateCorpus({ out: a, mb: 0.2, seed: 7 });
    generateCorpus({ out: b, mb: 0.2, seed: 8 });
    const sa = snapshot(a);
    const sb = snapshot(b);
    const same = [...sa].filter(([name, bytes]) => name.endsWith('.txt') && sb.get(name)?.equals(bytes));
    expect(same).toEqual([]);
  });

  it('stops at about --mb and lists every page with its date in manifest.json', () => {
    const dir = temp();
    const r = generateCorpus({ out: dir, mb: 0.5, seed: 1 });
    expect(r.bytes).toBeGreaterThanOrEqual(0.5 * 2 ** 20);
    expect(r.bytes).toBeLessThan(0.5 * 2 ** 20 + 64 * 1024);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { published: string }> };
    const pages = [...snapshot(dir).keys()].filter((n) => n.endsWith('.txt'));
    expect(Object.keys(manifest.files).sort()).toEqual(pages.sort());
    for (const [file, meta] of Object.entries(manifest.files)) expect(file).toContain(meta.published);
  });

  it('refuses a folder that is not empty', () => {
    const dir = temp();
    generateCorpus({ out: dir, mb: 0.05, seed: 1 });
    expect(() => generateCorpus({ out: dir, mb: 0.05, seed: 1 })).toThrow(/not empty/);
  });
});

describe('corpusPages', () => {
  const pages = take(1, 40);

  it('prints pages the way the seed pages are printed', () => {
    const all = pages.map((p) => p.text).join('\n');
    expect(pages.filter((p) => /本报讯/.test(p.text)).length).toBeGreaterThan(pages.length * 0.8);
    expect(all).toMatch(/本报(通讯员|记者) \S+ 摄/);
    expect(all).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]/);
    expect(new Set(pages.map((p) => p.text)).size).toBe(pages.length);
    const size = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / pages.length;
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(25_000);
  });

  it('moves the seed articles to other provinces, and the prep finds them there', () => {
    const pipeline = new Pipeline();
    const articles = pages.flatMap((p) =>
      pipeline.run({ file: p.file, text: p.text, published: p.published, publication: p.source, region: p.region }),
    );
    expect(articles.length).toBeGreaterThan(pages.length * 5);
    expect(new Set(articles.map((a) => a.provinceCode).filter((c) => c !== null)).size).toBeGreaterThan(20);
    expect(articles.filter((a) => a.figures.length > 0).length).toBeGreaterThan(articles.length / 3);
    // Recombined articles repeat only rarely: the prep keeps corpus-level duplicates once.
    expect(pipeline.stats.duplicates).toBeLessThan(articles.length * 0.05);
  });
});
