import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageToArticles } from '../../data-prep/core/articles.ts';
import { dedupKey } from '../../data-prep/core/normalize.ts';
import type { Article } from '../../data-prep/core/types.ts';

interface Label {
  title: string;
  kind: 'article' | 'caption';
  contains: string[];
  excludes?: string[];
}

const CORPUS = 'data-prep/corpus';
const labels = JSON.parse(readFileSync('test/golden/seeds/articles.labels.json', 'utf8')) as Record<string, Label[] | string>;
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const byFile = new Map<string, Article[]>(
  files.map((f) => [f, pageToArticles({ file: f, text: readFileSync(join(CORPUS, f), 'utf8'), published: null, publication: null })]),
);
const all = [...byFile.values()].flat();

describe('segmentation of the seed pages (hand-labelled)', () => {
  for (const f of files) {
    const expected = labels[f] as Label[];
    it(`${f} gives the ${expected.length} labelled items, in page order`, () => {
      const got = byFile.get(f)!;
      expect(got.map((a) => `${a.kind}: ${a.title}`)).toEqual(expected.map((l) => `${l.kind}: ${l.title}`));
    });
    for (const l of expected) {
      it(`${f} "${l.title}" holds its own text and no other article's`, () => {
        const a = byFile.get(f)!.find((x) => x.title === l.title);
        expect(a, 'article present').toBeDefined();
        for (const c of l.contains) expect(a!.text).toContain(c);
        for (const c of l.excludes ?? []) expect(a!.text).not.toContain(c);
      });
    }
  }

  it('gives about forty items across the five pages', () => {
    expect(all.length).toBeGreaterThanOrEqual(36);
    expect(all.length).toBeLessThanOrEqual(44);
  });

  it('cuts no article mid-sentence: every text ends a sentence or with its author', () => {
    const cut = all.filter((a) => !/([。！？!?…”"’』」)）]|——)$/.test(a.text.trim()));
    expect(cut.map((a) => `${a.title}: …${a.text.slice(-15)}`)).toEqual([]);
  });

  it('prints no paragraph twice anywhere in the output (the repeated Jiangsu article included)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const a of all) {
      for (const p of a.text.split('\n')) {
        const k = dedupKey(p);
        if (k.length < 12) continue;
        if (seen.has(k)) twice.push(`${a.title}: ${p.slice(0, 30)}`);
        seen.set(k, a.title);
      }
    }
    expect(twice).toEqual([]);
    const jiangsu = all.find((a) => a.title.startsWith('江苏工会五大行动'))!;
    expect(jiangsu.text.split('2020年5月28日,江苏省总工会通过网络直播').length - 1).toBe(1);
    expect(jiangsu.text.split('382名思政教师').length - 1).toBe(1);
  });

  it('gives the same ids for the same input', () => {
    const again = files.flatMap((f) =>
      pageToArticles({ file: f, text: readFileSync(join(CORPUS, f), 'utf8'), published: null, publication: null }),
    );
    expect(again.map((a) => a.id)).toEqual(all.map((a) => a.id));
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });

  it('splits the byline off the lead and keeps the dateline place', () => {
    const nat = all.find((a) => a.title.startsWith('全国工会联系引导'))!;
    expect(nat.byline).toBe('本报南京11月2日电 (记者王伟)');
    expect(nat.dateline).toBe('南京');
    expect(nat.text.startsWith('今天,全国工会联系引导社会组织服务职工工作会议在南京召开')).toBe(true);
  });
});
