// Articles per theme as horizontal bars, largest at the top, each theme in its own colour.
import type { ThemeId } from '../../../data-prep/core/types.ts';
import { formatInteger } from '../format/number.ts';
import { themeLabel } from '../format/labels.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { THEME_IDS } from '../i18n/vocabulary.ts';
import { baseOption, plotTop, tooltipStyle, type ChartOptions } from './base.ts';
import type { ECOption } from './echarts.ts';
import { chartColors, THEME_COLORS } from './palette.ts';
import type { TableData } from './table.ts';

/** Articles counted under one theme (an article with several themes counts under each). */
export interface ThemeCount {
  theme: ThemeId;
  articles: number;
}

export function themesChart(counts: readonly ThemeCount[], opts: ChartOptions): ECOption {
  const { lang } = opts;
  const m = messages(lang);
  const c = chartColors(opts.dark);
  const rows = sortedCounts(counts);
  const first = rows[0];
  return {
    ...baseOption(opts, {
      title: m.charts.themes.title,
      caption: m.charts.themes.caption,
      summary: first
        ? `${themeLabel(first.theme, lang)}: ${m.units.articles(formatInteger(first.articles, lang))}`
        : m.charts.summaryEmpty,
    }),
    tooltip: {
      ...tooltipStyle(opts.dark),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? m.units.articles(formatInteger(v, lang)) : String(v)),
    },
    grid: { left: 12, right: 48, top: plotTop(opts), bottom: 12 },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: c.subtext, formatter: (v: number) => formatInteger(v, lang) },
      splitLine: { lineStyle: { color: c.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => themeLabel(r.theme, lang)),
      axisLabel: { color: c.text },
      axisLine: { lineStyle: { color: c.axisLine } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: m.table.articles,
        data: rows.map((r) => ({ value: r.articles, itemStyle: { color: THEME_COLORS[r.theme] } })),
        label: {
          show: true,
          position: 'right',
          color: c.subtext,
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? formatInteger(p.value, lang) : ''),
        },
        barMaxWidth: 22,
      },
    ],
  };
}

/** The bars as a table, in the chart's order. */
export function themesTable(counts: readonly ThemeCount[], lang: Lang): TableData {
  const t = messages(lang).table;
  return {
    columns: [t.theme, t.articles],
    types: ['text', 'count'],
    rows: sortedCounts(counts).map((r) => [themeLabel(r.theme, lang), r.articles]),
  };
}

const ORDER = new Map<string, number>(THEME_IDS.map((id, i) => [id, i]));

// Largest first; ties keep the taxonomy's order so the bars do not jump between renders.
function sortedCounts(counts: readonly ThemeCount[]): ThemeCount[] {
  return counts
    .filter((r) => ORDER.has(r.theme))
    .sort((a, b) => b.articles - a.articles || (ORDER.get(a.theme) ?? 0) - (ORDER.get(b.theme) ?? 0));
}
