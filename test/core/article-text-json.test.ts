import { describe, expect, it } from 'vitest';
import { articleText } from '../../data-prep/core/aggregate-index.ts';
import { articlePieces } from '../../data-prep/core/article-pieces.ts';
import { articleTextJson } from '../../data-prep/core/article-text-json.ts';
import type { ExtractedArticle } from '../../data-prep/core/types.ts';

const encoder = new TextEncoder();

const base: ExtractedArticle = {
  id: 'a1b2c3d4e5f60718',
  source: { file: '2024/x.txt', publication: '工人日报' },
  kind: 'article',
  title: '标题 "引号" \\ 反斜杠',
  subtitles: ['副题一', '副题"二"'],
  byline: '本报讯 (记者王威)',
  text: '第一段,"引号"和\\反斜杠\\\\",还有\n换行、\t制表、\u0001控制、\ud800孤立代理、𠀀。\n'.repeat(5),
  published: '2024-01-02',
  dateline: '南京',
  scope: 'province',
  provinceCode: '320000',
  province: '江苏省',
  places: [{ name: '南京市', code: '320100', level: 'city' } as never],
  date: '2024-01-02',
  year: 2024,
  themes: ['wages' as never],
  figures: [
    { kind: 'money', value: 1, qualifier: 'exact', year: 2024, quote: '发放"慰问金"1万元。\\', raw: '1万元' } as never,
    { quote: 'x', kind: 'members', value: 2, qualifier: 'exact', year: null, raw: '2人', period: 'annual' } as never,
  ],
};

const expected = (a: ExtractedArticle): Uint8Array => encoder.encode(JSON.stringify(articleText(a)));
const fromLine = (a: ExtractedArticle, tail = '\n'): Uint8Array => articleTextJson(encoder.encode(JSON.stringify(a) + tail));

describe('articleTextJson', () => {
  it.each<[string, ExtractedArticle]>([
    ['a full article, escapes and all', base],
    ['no figures, no places, no subtitles', { ...base, figures: [], places: [], subtitles: [] }],
    ['a null dateline and byline', { ...base, dateline: null, byline: null }],
    ['no dateline at all', (({ dateline: _d, ...a }) => a as ExtractedArticle)(base)],
    ['an undefined dateline', { ...base, dateline: undefined }],
    ['a figure without raw, one without quote, an empty one', { ...base, figures: [{ quote: 'q' }, { raw: 'r' }, {}] as never }],
    ['fields in another order', { figures: base.figures, places: base.places, text: base.text, id: base.id, source: base.source, subtitles: [], byline: null, dateline: 'x' } as never],
    ['empty strings', { ...base, text: '', id: '', byline: '' }],
    ['a text of backslashes and quotes only', { ...base, text: '\\"\\\\"'.repeat(40) }],
  ])('is the JSON of articleText for %s', (_name, a) => {
    expect(Buffer.from(fromLine(a)).toString()).toBe(Buffer.from(expected(a)).toString());
    expect(fromLine(a, '')).toEqual(expected(a));
  });

  it('gives articlePieces its text and line', () => {
    const p = articlePieces(base);
    expect(p.text).toEqual(expected(base));
    expect(p.line).toEqual(encoder.encode(JSON.stringify(base) + '\n'));
    // A second article through the same buffers gets its own bytes.
    const q = articlePieces({ ...base, text: '短' });
    expect(p.line).toEqual(encoder.encode(JSON.stringify(base) + '\n'));
    expect(q.line).toEqual(encoder.encode(JSON.stringify({ ...base, text: '短' }) + '\n'));
  });
});

describe('factFields', () => {
  it('is figureFacts([a]) without quote and raw, keys in the same order', async () => {
    const { factFields, figureFacts } = await import('../../data-prep/core/aggregate-facts.ts');
    const a: ExtractedArticle = {
      ...base,
      figures: [
        ...base.figures,
        { kind: 'money', value: 5, valueMax: 9, qualifier: 'range', category: 'relief', funding: true, period: 'annual', year: null, quote: 'q', raw: 'r' } as never,
      ],
    };
    for (const x of [a, { ...a, scope: 'national' as never }, { ...a, figures: [] }]) {
      const want = figureFacts([x]).map(({ quote: _q, raw: _r, ...f }) => f);
      expect(JSON.stringify(factFields(x))).toBe(JSON.stringify(want));
      expect(factFields(x)).toEqual(want);
    }
  });
});
