import { describe, expect, it } from 'vitest';
import { membershipChart, membershipHeight, membershipTable, type MembershipSeriesPoint } from '../../src/lib/charts/membership-chart.ts';
import { grids, series, xAxes, yAxes } from './option.ts';

const point = (provinceCode: string | null, kind: MembershipSeriesPoint['kind'], year: number, value: number): MembershipSeriesPoint => ({
  provinceCode, kind, year, value, reports: 1,
});

const POINTS: MembershipSeriesPoint[] = [
  point('330000', 'members', 2019, 1_200_000),
  point('330000', 'members', 2021, 1_300_000),
  point('320000', 'members', 2020, 2_000_000),
  point('330000', 'new-members', 2021, 50_000),
  point('320000', 'membership-rate', 2021, 92.5),
];

describe('membershipChart', () => {
  const o = membershipChart(POINTS, { lang: 'zh', dark: false });

  it('membershipChart(points, zh) gives members, new members and rate a panel and axis each', () => {
    expect(grids(o)).toHaveLength(3);
    expect(yAxes(o).map((a) => a.name)).toEqual(['会员人数', '新发展会员', '入会率（%）']);
    expect(yAxes(o)[2]).toMatchObject({ min: 0, max: 100 });
    expect(xAxes(o).map((a) => a.data)).toEqual(Array(3).fill(['2019', '2020', '2021']));
  });

  it('membershipChart draws members and rates as lines, new members as bars, per province reported', () => {
    expect(series(o).map((s) => [s.id, s.type, s.name, s.xAxisIndex, s.data])).toEqual([
      ['members:unspecified:320000', 'line', '江苏', 0, [null, 2_000_000, null]],
      ['members:unspecified:330000', 'line', '浙江', 0, [1_200_000, null, 1_300_000]],
      ['new-members:unspecified:330000', 'bar', '浙江', 1, [null, null, 50_000]],
      ['membership-rate:unspecified:320000', 'line', '江苏', 2, [null, null, 92.5]],
    ]);
  });

  it('membershipChart draws running totals as their own faded series, national and unidentified apart', () => {
    const o2 = membershipChart(
      [
        { ...point('330000', 'new-members', 2021, 50_000), period: 'annual' },
        { ...point('330000', 'new-members', 2021, 400_000), period: 'cumulative' },
        { ...point(null, 'members', 2021, 3e8), scope: 'national' },
        { ...point(null, 'members', 2021, 7), scope: 'unknown' },
      ],
      { lang: 'en', dark: false },
    );
    expect(series(o2).map((s) => [s.id, s.name, (s.itemStyle as { opacity: number }).opacity])).toEqual([
      ['members:unspecified:~1', 'National', 1],
      ['members:unspecified:~2', 'Province not identified', 1],
      ['new-members:annual:330000', 'Zhejiang', 1],
      ['new-members:cumulative:330000', 'Zhejiang', 0.5],
    ]);
    const running = series(o2)[3]?.tooltip as { valueFormatter: (v: number) => string };
    expect(running.valueFormatter(400_000)).toBe('400,000 people (Cumulative)');
  });

  it('membershipChart keeps a province’s colour in every panel', () => {
    const colours = new Map<string, Set<string>>();
    for (const s of series(o)) {
      const c = (s.itemStyle as { color: string }).color;
      colours.set(String(s.name), (colours.get(String(s.name)) ?? new Set()).add(c));
    }
    expect([...colours.values()].map((c) => c.size)).toEqual([1, 1]);
  });

  it('membershipChart(points, en) names provinces in English', () => {
    expect(new Set(series(membershipChart(POINTS, { lang: 'en', dark: false })).map((s) => s.name))).toEqual(new Set(['Jiangsu', 'Zhejiang']));
  });

  it('membershipChart with members only draws one panel', () => {
    expect(grids(membershipChart(POINTS.slice(0, 3), { lang: 'zh', dark: false }))).toHaveLength(1);
  });

  it.each([false, true])('membershipChart(titled: %s) keeps the legend, the axis names and the panels apart', (titled) => {
    const option = membershipChart(POINTS, { lang: 'zh', dark: false, titled });
    const legend = option.legend as { top: number };
    const g = grids(option) as unknown as { top: number; height: number }[];
    // The legend row is 24 px; each panel's axis name sits 15 px above it and is 12 px tall.
    expect(g[0]!.top - 15 - 14).toBeGreaterThanOrEqual(legend.top + 24);
    for (let i = 1; i < g.length; i++) expect(g[i]!.top - 15 - 14).toBeGreaterThanOrEqual(g[i - 1]!.top + g[i - 1]!.height + 24);
    expect(membershipHeight(POINTS, { titled })).toBeGreaterThanOrEqual(g.at(-1)!.top + g.at(-1)!.height + 24);
  });

  it('membershipHeight grows with the panels: one for members only, three for every kind', () => {
    expect(membershipHeight(POINTS.slice(0, 3))).toBeLessThan(membershipHeight(POINTS));
    expect(membershipHeight([])).toBe(membershipHeight(POINTS.slice(0, 1)));
  });

  it('membershipTable has a row per province-year reported and a column per indicator', () => {
    const t = membershipTable(POINTS, 'en');
    expect(t.columns).toEqual(['Province', 'Year', 'Members', 'New members', 'Membership rate']);
    expect(t.types).toEqual(['text', 'year', 'count', 'count', 'percent']);
    expect(t.rows).toEqual([
      ['Jiangsu', 2020, 2_000_000, '', ''],
      ['Jiangsu', 2021, '', '', 92.5],
      ['Zhejiang', 2019, 1_200_000, '', ''],
      ['Zhejiang', 2021, 1_300_000, 50_000, ''],
    ]);
  });
});
