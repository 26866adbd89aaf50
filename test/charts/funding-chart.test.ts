import { describe, expect, it } from 'vitest';
import { fundingChart, fundingTable, type FundingCell } from '../../src/lib/charts/funding-chart.ts';
import { grids, series, xAxes, yAxes } from './option.ts';

const cell = (provinceCode: string | null, category: FundingCell['category'], period: FundingCell['period'], total: number): FundingCell => ({
  provinceCode, category, period, total, figures: 1,
});

const CELLS: FundingCell[] = [
  cell('330000', 'spending', 'annual', 150),
  cell('330000', 'spending', 'cumulative', 1000),
  cell('330000', 'wages-recovered', 'annual', 70),
  cell('320000', 'spending', 'annual', 400),
  cell('320000', 'spending', 'cumulative', 500),
  cell(null, 'spending', 'cumulative', 9000),
];

describe('fundingChart', () => {
  const o = fundingChart(CELLS, { lang: 'zh', dark: false });

  it('fundingChart(cells, zh) puts annual and cumulative in separate grids with their own axes', () => {
    expect(grids(o)).toHaveLength(2);
    expect(xAxes(o).map((a) => a.name)).toEqual(['年度金额（元）', '累计金额（元）']);
    expect(series(o).map((s) => [s.id, s.xAxisIndex, s.yAxisIndex])).toEqual([
      ['annual:spending', 0, 0],
      ['annual:wages-recovered', 0, 0],
      ['cumulative:spending', 1, 1],
      ['cumulative:wages-recovered', 1, 1],
    ]);
  });

  it('fundingChart never stacks a series', () => {
    expect(series(o).every((s) => s.stack === undefined)).toBe(true);
  });

  it('fundingChart orders provinces by annual total, national last, the same in each panel', () => {
    const rows = ['江苏', '浙江', '全国或未识别省份'];
    expect(yAxes(o).map((a) => a.data)).toEqual([rows, rows]);
    expect(series(o).map((s) => s.data)).toEqual([
      [400, 150, null],
      [null, 70, null],
      [500, 1000, 9000],
      [null, null, null],
    ]);
  });

  it('fundingChart names series by category, in English too', () => {
    const en = fundingChart(CELLS, { lang: 'en', dark: false });
    expect(series(en).map((s) => s.name)).toEqual(['Spending', 'Wages recovered', 'Spending', 'Wages recovered']);
    expect(xAxes(en).map((a) => a.name)).toEqual(['Annual amount (yuan)', 'Cumulative amount (yuan)']);
  });

  it('fundingTable lists every drawn bar once', () => {
    const t = fundingTable(CELLS, 'zh');
    expect(t.columns).toEqual(['省份', '期间', '类别', '金额（元）', '报道条数']);
    expect(t.rows).toEqual([
      ['江苏', '年度', '资金投入', 400, 1],
      ['江苏', '累计', '资金投入', 500, 1],
      ['浙江', '年度', '资金投入', 150, 1],
      ['浙江', '年度', '追回欠薪', 70, 1],
      ['浙江', '累计', '资金投入', 1000, 1],
      ['全国或未识别省份', '累计', '资金投入', 9000, 1],
    ]);
    const drawn = series(o).flatMap((s) => (s.data ?? []).filter((v) => v !== null));
    expect(t.rows.map((r) => r[3]).sort()).toEqual(drawn.sort());
  });

  it('fundingChart tells national from not-identified rows when cells carry a scope', () => {
    const o2 = fundingChart(
      [
        { ...cell(null, 'spending', 'annual', 5), scope: 'unknown' },
        { ...cell(null, 'spending', 'annual', 9), scope: 'national' },
        { ...cell('330000', 'spending', 'annual', 1), scope: 'province' },
      ],
      { lang: 'en', dark: false },
    );
    expect(yAxes(o2)[0]?.data).toEqual(['Zhejiang', 'National', 'Province not identified']);
    expect(series(o2)[0]?.data).toEqual([1, 9, 5]);
  });

  it('fundingChart([]) draws no panel', () => {
    expect(series(fundingChart([], { lang: 'zh', dark: false }))).toEqual([]);
  });
});
