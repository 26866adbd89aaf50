import { describe, expect, it } from 'vitest';
import { mapChart, mapTable, type MapDatum } from '../../src/lib/charts/map-chart.ts';
import { chartColors } from '../../src/lib/charts/palette.ts';
import { CHINA_NAME_MAP } from '../../src/lib/geo/china-map.ts';
import { ariaDescription, series } from './option.ts';

const ROWS: MapDatum[] = [
  { provinceCode: '320000', value: 21_560_000 },
  { provinceCode: '330000', value: 172_000_000 },
  { provinceCode: '999999', value: 5 },
];

type Tooltip = { formatter: (p: unknown) => string };
const tooltipOf = (o: ReturnType<typeof mapChart>) => o.tooltip as unknown as Tooltip;

describe('mapChart', () => {
  it('mapChart(rows) keys the series by province code through nameMap, dropping unknown codes', () => {
    const s = series(mapChart(ROWS, { lang: 'zh', dark: false, metric: 'funding' }))[0];
    expect(s).toMatchObject({ type: 'map', map: 'china', nameMap: CHINA_NAME_MAP });
    expect(s?.data?.slice(0, -1)).toEqual([
      { name: '330000', value: 172_000_000 },
      { name: '320000', value: 21_560_000 },
    ]);
    expect(s?.data?.at(-1)).toMatchObject({ name: '南海诸岛' });
    expect(s?.data?.at(-1)).not.toHaveProperty('value');
  });

  it('mapChart draws provinces without data in the grey no-data fill', () => {
    const s = series(mapChart(ROWS, { lang: 'zh', dark: true, metric: 'activities' }))[0];
    expect((s?.itemStyle as { areaColor: string }).areaColor).toBe(chartColors(true).noData);
  });

  it.each<['zh' | 'en', 'activities' | 'funding', unknown, string]>([
    ['zh', 'funding', { name: '330000', value: 172_000_000 }, '浙江<br/>172,000,000元'],
    ['en', 'funding', { name: '330000', value: 172_000_000 }, 'Zhejiang<br/>¥172,000,000'],
    ['zh', 'activities', { name: '320000', value: 2156 }, '江苏<br/>2,156 篇'],
    ['en', 'activities', { name: '320000', value: 1 }, 'Jiangsu<br/>1 article'],
    ['zh', 'activities', { name: '650000', value: NaN }, '新疆<br/>无相关报道'],
    ['en', 'activities', { name: '南海诸岛' }, 'South China Sea Islands'],
  ])('mapChart tooltip in %s for %s of %j is %s', (lang, metric, params, expected) => {
    expect(tooltipOf(mapChart(ROWS, { lang, dark: false, metric })).formatter(params)).toBe(expected);
  });

  it('mapChart scales the colours from 0 to the largest value', () => {
    const o = mapChart(ROWS, { lang: 'zh', dark: false, metric: 'funding' });
    expect(o.visualMap).toMatchObject({ min: 0, max: 172_000_000, show: true });
    expect(ariaDescription(o)).toContain('最高为浙江（1.72亿元）');
  });

  it.each<['zh' | 'en', 'activities' | 'funding', string[]]>([
    ['zh', 'funding', ['1.72亿元', '0元']],
    ['en', 'funding', ['¥172M', '¥0']],
    ['zh', 'activities', ['6 篇', '0 篇']],
    ['en', 'activities', ['6 articles', '0 articles']],
  ])('mapChart(%s, %s) labels the colour scale’s ends %j', (lang, metric, ends) => {
    const rows = metric === 'funding' ? ROWS : [{ provinceCode: '330000', value: 6 }, { provinceCode: '320000', value: 2 }];
    expect(mapChart(rows, { lang, dark: false, metric }).visualMap).toMatchObject({ text: ends });
  });

  it('mapChart([]) hides the colour scale', () => {
    expect(mapChart([], { lang: 'en', dark: false, metric: 'activities' }).visualMap).toMatchObject({ show: false });
  });

  it('mapTable matches the series, largest first', () => {
    const o = mapChart(ROWS, { lang: 'en', dark: false, metric: 'funding' });
    const t = mapTable(ROWS, { lang: 'en', metric: 'funding' });
    expect(t).toEqual({
      columns: ['Province', 'Amount (yuan)'],
      types: ['text', 'money'],
      rows: [
        ['Zhejiang', 172_000_000],
        ['Jiangsu', 21_560_000],
      ],
    });
    const values = series(o)[0]?.data?.flatMap((d) => ('value' in (d as object) ? [(d as { value: number }).value] : []));
    expect(t.rows.map((r) => r[1])).toEqual(values);
  });
});
