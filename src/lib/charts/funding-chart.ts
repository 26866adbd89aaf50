// Funding reported, by province and category, one panel per period. Annual amounts and
// cumulative totals sit in separate panels with their own axes and are never stacked or added
// together; within a panel the categories are grouped bars, not stacked, since spending, dues
// refunds and recovered wages are different kinds of money.
import type { MoneyCategory, Period, Scope } from '../../../data-prep/core/types.ts';
import { categoryLabel, periodLabel, provinceLabel } from '../format/labels.ts';
import { formatMoney, formatMoneyFull } from '../format/money.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { MONEY_CATEGORIES, PERIODS } from '../i18n/vocabulary.ts';
import { baseOption, plotTop, tooltipStyle, type ChartOptions } from './base.ts';
import type { ECOption } from './echarts.ts';
import { CATEGORY_COLORS, chartColors } from './palette.ts';
import type { TableData } from './table.ts';

/**
 * Funding in one province × category × period: annual and unspecified totals are sums over the
 * selected years, a cumulative total is the largest one reported (see data/queries.ts and the
 * funding rules in docs/DATA.md).
 */
export interface FundingCell {
  provinceCode: string | null;
  /** Tells national from not-identified rows when provinceCode is null; absent, they share a row. */
  scope?: Scope;
  category: MoneyCategory;
  period: Period;
  total: number;
  /** How many reported figures the total rests on. */
  figures: number;
}

/** A bar row: a province, or the national / not-identified reports. */
interface Place {
  key: string;
  provinceCode: string | null;
  scope: Scope | undefined;
}

interface Layout {
  places: Place[];
  periods: Period[];
  categories: MoneyCategory[];
  /** `${period}|${category}|${place key}` → cell */
  cells: Map<string, FundingCell>;
}

export function fundingChart(rows: readonly FundingCell[], opts: ChartOptions): ECOption {
  const { lang } = opts;
  const m = messages(lang);
  const c = chartColors(opts.dark);
  const l = layout(rows);
  const n = Math.max(l.periods.length, 1);
  const width = 96 / n;
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyFull(v, lang) : '–');
  return {
    ...baseOption(opts, {
      title: m.charts.funding.title,
      caption: m.charts.funding.caption,
      summary: l.periods.length ? l.periods.map((p) => periodLabel(p, lang)).join(' / ') : m.empty.noFunding,
    }),
    tooltip: { ...tooltipStyle(opts.dark), trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money },
    legend: { type: 'scroll', top: plotTop(opts) - 8, left: 12, right: 12, textStyle: { color: c.text } },
    grid: l.periods.map((_, i) => ({ left: `${2 + i * width}%`, width: `${width - 7}%`, top: plotTop(opts) + 64, bottom: 12 })),
    xAxis: l.periods.map((period, i) => ({
      type: 'value' as const,
      gridIndex: i,
      position: 'top' as const,
      name: m.charts.funding.axis(periodLabel(period, lang)),
      nameLocation: 'middle' as const,
      nameGap: 28,
      nameTextStyle: { color: c.text, fontWeight: 'bold' as const },
      axisLabel: { color: c.subtext, formatter: (v: number) => formatMoney(v, lang), hideOverlap: true },
      splitLine: { lineStyle: { color: c.splitLine } },
    })),
    yAxis: l.periods.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      inverse: true,
      data: l.places.map((p) => provinceLabel(p.provinceCode, lang, p.scope)),
      axisLabel: { show: i === 0, color: c.text },
      axisLine: { lineStyle: { color: c.axisLine } },
      axisTick: { show: false },
    })),
    series: l.periods.flatMap((period, i) =>
      l.categories.map((category) => ({
        type: 'bar' as const,
        id: `${period}:${category}`,
        name: categoryLabel(category, lang),
        xAxisIndex: i,
        yAxisIndex: i,
        itemStyle: { color: CATEGORY_COLORS[category] },
        barMaxWidth: 10,
        data: l.places.map((p) => l.cells.get(key(period, category, p.key))?.total ?? null),
      })),
    ),
  };
}

/** One row per cell drawn, in the chart's order: province, then period, then category. */
export function fundingTable(rows: readonly FundingCell[], lang: Lang): TableData {
  const t = messages(lang).table;
  const l = layout(rows);
  const out: (string | number)[][] = [];
  for (const p of l.places)
    for (const period of l.periods)
      for (const category of l.categories) {
        const cell = l.cells.get(key(period, category, p.key));
        if (cell)
          out.push([
            provinceLabel(p.provinceCode, lang, p.scope),
            periodLabel(period, lang),
            categoryLabel(category, lang),
            cell.total,
            cell.figures,
          ]);
      }
  return {
    columns: [t.province, t.period, t.category, t.amount, t.reports],
    types: ['text', 'text', 'text', 'money', 'count'],
    rows: out,
  };
}

const key = (period: Period, category: MoneyCategory, place: string) => `${period}|${category}|${place}`;

// Rows without a province sort after the provinces: national, not identified, then unscoped.
const placeKey = (c: Pick<FundingCell, 'provinceCode' | 'scope'>) => c.provinceCode ?? `~${c.scope === 'national' ? 1 : c.scope ? 2 : 3}`;

const NONE: Record<Period, number> = { annual: 0, cumulative: 0, unspecified: 0 };

// Provinces ordered by their annual total, then cumulative, then unspecified (each compared on
// its own, never added across periods); rows without a province last.
function layout(rows: readonly FundingCell[]): Layout {
  const cells = new Map<string, FundingCell>();
  const places = new Map<string, Place>();
  const byPeriod = new Map<string, Record<Period, number>>();
  const periods = new Set<Period>();
  const categories = new Set<MoneyCategory>();
  for (const r of rows) {
    if (!(r.total > 0)) continue;
    const place = placeKey(r);
    cells.set(key(r.period, r.category, place), r);
    places.set(place, { key: place, provinceCode: r.provinceCode, scope: r.scope });
    periods.add(r.period);
    categories.add(r.category);
    const sums = byPeriod.get(place) ?? { ...NONE };
    sums[r.period] += r.total;
    byPeriod.set(place, sums);
  }
  const ordered = [...places.values()].sort((a, b) => {
    if (a.provinceCode === null || b.provinceCode === null) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    const x = byPeriod.get(a.key) ?? NONE;
    const y = byPeriod.get(b.key) ?? NONE;
    return y.annual - x.annual || y.cumulative - x.cumulative || y.unspecified - x.unspecified || a.key.localeCompare(b.key);
  });
  return {
    places: ordered,
    periods: PERIODS.filter((p) => periods.has(p)),
    categories: MONEY_CATEGORIES.filter((k) => categories.has(k)),
    cells,
  };
}
