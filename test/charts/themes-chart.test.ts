import { describe, expect, it } from 'vitest';
import { themesChart, themesTable, type ThemeCount } from '../../src/lib/charts/themes-chart.ts';
import { THEME_COLORS } from '../../src/lib/charts/palette.ts';
import { ariaDescription, series, valueOf, yAxes } from './option.ts';

const COUNTS: ThemeCount[] = [
  { theme: 'care', articles: 3 },
  { theme: 'skills', articles: 12 },
  { theme: 'rights', articles: 3 },
  { theme: 'women', articles: 7 },
];

describe('themesChart', () => {
  it('themesChart(counts, zh) draws bars largest first with zh labels and theme colours', () => {
    const o = themesChart(COUNTS, { lang: 'zh', dark: false });
    expect(yAxes(o)[0]?.data).toEqual(['技能竞赛', '女职工', '维权', '关爱慰问']);
    const bars = series(o)[0]?.data ?? [];
    expect(bars.map(valueOf)).toEqual([12, 7, 3, 3]);
    expect(bars.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color)).toEqual([
      THEME_COLORS.skills, THEME_COLORS.women, THEME_COLORS.rights, THEME_COLORS.care,
    ]);
  });

  it('themesChart(counts, en) labels in English and describes itself for screen readers', () => {
    const o = themesChart(COUNTS, { lang: 'en', dark: true });
    expect(yAxes(o)[0]?.data).toEqual(['Skills contests', 'Women workers', 'Rights protection', 'Care and visits']);
    expect(ariaDescription(o)).toContain('Skills contests: 12 articles');
    expect(o.darkMode).toBe(true);
  });

  it('themesChart([]) is an empty chart that says so', () => {
    const o = themesChart([], { lang: 'zh', dark: false });
    expect(series(o)[0]?.data).toEqual([]);
    expect(ariaDescription(o)).toContain('没有可显示的数据');
  });

  it('themesTable matches the bars', () => {
    const o = themesChart(COUNTS, { lang: 'zh', dark: false });
    const t = themesTable(COUNTS, 'zh');
    expect(t.columns).toEqual(['主题', '报道篇数']);
    expect(t.rows.map((r) => r[0])).toEqual(yAxes(o)[0]?.data);
    expect(t.rows.map((r) => r[1])).toEqual((series(o)[0]?.data ?? []).map(valueOf));
  });

  it('themesChart does not mutate its input', () => {
    const copy = structuredClone(COUNTS);
    themesChart(COUNTS, { lang: 'zh', dark: false });
    expect(COUNTS).toEqual(copy);
  });
});
