import { describe, expect, it } from 'vitest';
import { timelineChart, timelineTable, type YearThemeCount } from '../../src/lib/charts/timeline-chart.ts';
import { series, xAxes } from './option.ts';

const ROWS: YearThemeCount[] = [
  { year: 2019, theme: 'rights', articles: 2 },
  { year: 2021, theme: 'skills', articles: 5 },
  { year: 2021, theme: 'rights', articles: 1 },
  { year: 2022, theme: 'skills', articles: 3 },
];

describe('timelineChart', () => {
  it('timelineChart(rows, zh) stacks one series per theme over every year', () => {
    const o = timelineChart(ROWS, { lang: 'zh', dark: false });
    expect(xAxes(o)[0]?.data).toEqual(['2019', '2020', '2021', '2022']);
    expect(series(o).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['技能竞赛', 'articles', [0, 0, 5, 3]],
      ['维权', 'articles', [2, 0, 1, 0]],
    ]);
  });

  it('timelineChart(rows, en) names the series in English', () => {
    expect(series(timelineChart(ROWS, { lang: 'en', dark: false })).map((s) => s.name)).toEqual(['Skills contests', 'Rights protection']);
  });

  it('timelineTable has a row per year and a column per series', () => {
    const o = timelineChart(ROWS, { lang: 'en', dark: false });
    const t = timelineTable(ROWS, 'en');
    expect(t.columns).toEqual(['Year', ...series(o).map((s) => s.name)]);
    expect(t.rows).toEqual([
      [2019, 0, 2],
      [2020, 0, 0],
      [2021, 5, 1],
      [2022, 3, 0],
    ]);
    series(o).forEach((s, i) => expect(t.rows.map((r) => r[i + 1])).toEqual(s.data));
  });

  it('timelineChart([]) has no series', () => {
    expect(series(timelineChart([], { lang: 'zh', dark: false }))).toEqual([]);
  });
});
