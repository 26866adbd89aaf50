import { describe, expect, it } from 'vitest';
import { categoryLabel, membershipKindLabel, periodLabel, provinceLabel, themeLabel } from '../../src/lib/format/labels.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { THEME_IDS } from '../../src/lib/i18n/vocabulary.ts';
import { zh } from '../../src/lib/i18n/zh.ts';

const ZH_THEMES = ['技能竞赛', '维权', '困难帮扶', '关爱慰问', '建会入会', '职工文化', '教育培训', '思想引领', '劳模工匠', '产改', '劳动关系', '服务阵地', '就业服务', '女职工', '安全健康'];

describe('labels', () => {
  it.each<[string | null, 'zh' | 'en', string]>([
    ['330000', 'zh', '浙江'],
    ['330000', 'en', 'Zhejiang'],
    ['150000', 'en', 'Inner Mongolia'],
    ['610000', 'en', 'Shaanxi'],
    ['820000', 'zh', '澳门'],
    ['999999', 'zh', '999999'],
    [null, 'zh', '全国或未识别省份'],
  ])('provinceLabel(%s, %s) is %s', (code, lang, expected) => {
    expect(provinceLabel(code, lang)).toBe(expected);
  });

  it('themeLabel gives the taxonomy zh labels in order', () => {
    expect(THEME_IDS.map((t) => themeLabel(t, 'zh'))).toEqual(ZH_THEMES);
  });

  it('themeLabel(model-workers, en) is Model workers and craftsmen', () => {
    expect(themeLabel('model-workers', 'en')).toBe('Model workers and craftsmen');
  });

  it.each([
    [categoryLabel('wages-recovered', 'zh'), '追回欠薪'],
    [categoryLabel('fee-refund', 'en'), 'Dues refunds'],
    [periodLabel('cumulative', 'zh'), '累计'],
    [periodLabel('annual', 'en'), 'Annual'],
    [membershipKindLabel('membership-rate', 'zh'), '入会率'],
  ])('label %s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

// Every string the Chinese table has, the English one has too (functions included).
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
}

describe('message tables', () => {
  it('en has the same keys and function arities as zh', () => {
    expect(shape(en)).toEqual(shape(zh));
  });

  it('the titles are 工会新闻数据看板 and Trade-Union Press Dashboard', () => {
    expect([zh.app.title, en.app.title]).toEqual(['工会新闻数据看板', 'Trade-Union Press Dashboard']);
  });

  it('filter names are 省份/Province, 主题/Theme, 年份/Years', () => {
    expect([zh.filters.province, zh.filters.theme, zh.filters.years]).toEqual(['省份', '主题', '年份']);
    expect([en.filters.province, en.filters.theme, en.filters.years]).toEqual(['Province', 'Theme', 'Years']);
  });

  it('no string is empty except the exact qualifier', () => {
    const empty: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string' && v === '' && !path.endsWith('qualifiers.exact')) empty.push(path);
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(zh, 'zh');
    walk(en, 'en');
    expect(empty).toEqual([]);
  });
});
