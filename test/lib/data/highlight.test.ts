import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../src/lib/data/highlight.ts';

describe('highlightSegments', () => {
  it('highlightSegments marks "2300万元" inside its quote', () => {
    expect(highlightSegments('前言。投入资金2300万元。', [{ key: 0, quote: '投入资金2300万元。', raw: '2300万元' }])).toEqual([
      { text: '前言。投入资金' },
      { text: '2300万元', mark: 0 },
      { text: '。' },
    ]);
  });
  it('the same number in two sentences: each figure marks the one in its own quote', () => {
    const text = '甲投入500万元。乙投入500万元。';
    const segs = highlightSegments(text, [{ key: 7, quote: '乙投入500万元。', raw: '500万元' }]);
    expect(segs.map((s) => s.mark ?? '-')).toEqual(['-', 7, '-']);
    expect(segs[0]!.text).toBe('甲投入500万元。乙投入');
  });
  it('two figures with the same number in one quote take successive occurrences', () => {
    const text = '新增60万人，其中农民工60万人。';
    const q = text;
    const segs = highlightSegments(text, [
      { key: 1, quote: q, raw: '60万人' },
      { key: 2, quote: q, raw: '60万人' },
    ]);
    expect(segs.filter((s) => s.mark !== undefined).map((s) => s.mark)).toEqual([1, 2]);
  });
  it('a quote not found in the text falls back to the number anywhere; a missing number is skipped', () => {
    const segs = highlightSegments('会员达1800万人。', [
      { key: 0, quote: '（改写过的句子）', raw: '1800万人' },
      { key: 1, quote: 'x', raw: '3亿元' },
    ]);
    expect(segs).toEqual([{ text: '会员达' }, { text: '1800万人', mark: 0 }, { text: '。' }]);
  });
  it('markup in the text stays text', () => {
    const segs = highlightSegments('<b>10亿元</b>', [{ key: 0, quote: '<b>10亿元</b>', raw: '10亿元' }]);
    expect(segs.map((s) => s.text).join('')).toBe('<b>10亿元</b>');
  });
});
