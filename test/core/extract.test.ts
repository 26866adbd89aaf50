// Extraction on the seed pages against labels written by reading them.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Pipeline } from '../../data-prep/core/pipeline.ts';
import type { ExtractedArticle, ThemeId } from '../../data-prep/core/types.ts';

interface Label {
  province: string[];
  year: number;
  themes: ThemeId[];
  money: [number, string, boolean, string][];
  members?: [string, number, number | null][];
}

const CORPUS = 'data-prep/corpus';
const labels = JSON.parse(readFileSync('test/golden/seeds/extraction.labels.json', 'utf8')) as Record<string, Label>;
delete (labels as Record<string, unknown>)['_comment'];
const pipeline = new Pipeline();
const articles: ExtractedArticle[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => pipeline.run({ file: f, text: readFileSync(join(CORPUS, f), 'utf8'), published: null, publication: null }));
const byTitle = new Map(articles.map((a) => [a.title, a]));
const where = (a: ExtractedArticle) => (a.scope === 'province' ? a.provinceCode! : a.scope);

describe('extraction on the seed pages (hand-labelled)', () => {
  it('labels every article the segmentation gives', () => {
    expect([...byTitle.keys()].sort()).toEqual(Object.keys(labels).sort());
  });

  it('attributes the right province to at least 95% of articles', () => {
    const wrong = Object.entries(labels).filter(([t, l]) => !l.province.includes(where(byTitle.get(t)!)));
    expect(wrong.map(([t]) => `${t}: ${where(byTitle.get(t)!)}`).length).toBeLessThanOrEqual(Math.floor(articles.length * 0.05));
  });

  for (const [title, l] of Object.entries(labels)) {
    it(`"${title}": every money figure with its value, category, funding flag and period`, () => {
      const a = byTitle.get(title)!;
      const got = new Set(a.figures.filter((f) => f.kind === 'money').map((f) => JSON.stringify([f.value, f.category, f.funding, f.period])));
      const want = new Set(l.money.map((m) => JSON.stringify(m)));
      expect([...got].sort()).toEqual([...want].sort());
    });

    it(`"${title}": year ${l.year}`, () => {
      expect(byTitle.get(title)!.year).toBe(l.year);
    });

    if (l.members) {
      it(`"${title}": membership figures`, () => {
        const a = byTitle.get(title)!;
        for (const [kind, value, year] of l.members!) {
          const f = a.figures.find((x) => x.kind === kind && x.value === value);
          expect(f, `${kind} ${value}`).toBeDefined();
          if (year !== null) expect(f!.year).toBe(year);
        }
      });
    }
  }

  it('files at least 85% of articles under the theme a reader would put first', () => {
    const labelled = Object.entries(labels).filter(([, l]) => l.themes.length);
    const hits = labelled.filter(([t, l]) => byTitle.get(t)!.themes.slice(0, 3).includes(l.themes[0]!));
    expect(hits.length / labelled.length).toBeGreaterThanOrEqual(0.85);
  });

  it("finds Jiangsu's 1953→now membership series and Beijing's 707.7万 members", () => {
    const js = byTitle.get('江苏工会五大行动引领职工建功新时代')!;
    const series = js.figures.filter((f) => f.kind === 'members').map((f) => [f.year, f.value]);
    expect(series).toEqual([
      [1953, 840000],
      [2021, 21560000],
    ]);
    const bj = byTitle.get('在服务首都发展大局中贡献工会力量')!;
    expect(bj.figures.some((f) => f.kind === 'members' && f.value === 7077000)).toBe(true);
    expect(bj.provinceCode).toBe('110000');
  });

  it('doubles no figure: repeated paragraphs give each figure once', () => {
    for (const a of articles) {
      // The same value twice in one sentence is two figures only where the sentence prints it
      // twice (入会率100%, …入会率100%).
      const counts = new Map<string, number>();
      for (const f of a.figures) {
        const k = `${f.kind}|${f.value}|${f.category}|${f.year}|${f.quote}|${f.raw}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      for (const [k, n] of counts) {
        const [, , , , quote, raw] = k.split('|');
        expect(n, `${a.title}: ${k}`).toBeLessThanOrEqual(quote!.split(raw!).length - 1);
      }
    }
    const js = byTitle.get('江苏工会五大行动引领职工建功新时代')!;
    expect(js.figures.filter((f) => f.value === 884000)).toHaveLength(1);
  });

  it('quotes each figure with the sentence it came from, as printed', () => {
    for (const a of articles) for (const f of a.figures) {
      expect(a.text).toContain(f.quote);
      expect(f.quote).toContain(f.raw);
    }
  });

  it('takes no telephone number, postcode, year, ordinal, view count or firm count as a figure', () => {
    const values = articles.flatMap((a) => a.figures.map((f) => f.value));
    for (const v of [87160990, 310017, 2021, 835000000, 359400, 71000]) expect(values).not.toContain(v);
  });
});
