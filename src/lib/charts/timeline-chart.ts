// Articles per year, stacked by theme. Every year between the first and last is on the axis,
// so a year without articles shows as a gap rather than disappearing.
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

/** Articles of one theme in one year. */
export interface YearThemeCount {
  year: number;
  theme: ThemeId;
  articles: number;
}

/** Years on the axis, themes present (taxonomy order) and counts[theme][year position]. */
interface Grid {
  years: number[];
  themes: ThemeId[];
  counts: number[][];
}

export function timelineChart(rows: readonly YearThemeCount[], opts: ChartOptions): ECOption {
  const { lang } = opts;
  const m = messages(lang);
  const c = chartColors(opts.dark);
  const g = toGrid(rows);
  const count = (v: unknown) => (typeof v === 'number' ? m.units.articles(formatInteger(v, lang)) : String(v));
  return {
    ...baseOption(opts, {
      title: m.charts.timeline.title,
      caption: m.charts.timeline.caption,
      summary: g.years.length ? `${g.years[0]}–${g.years[g.years.length - 1]}` : m.charts.summaryEmpty,
    }),
    tooltip: { ...tooltipStyle(opts.dark), trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: count },
    legend: { type: 'scroll', top: plotTop(opts) - 8, left: 12, right: 12, textStyle: { color: c.text } },
    grid: { left: 12, right: 16, top: plotTop(opts) + 32, bottom: 12 },
    xAxis: {
      type: 'category',
      data: g.years.map(String),
      axisLabel: { color: c.subtext },
      axisLine: { lineStyle: { color: c.axisLine } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: c.subtext, formatter: (v: number) => formatInteger(v, lang) },
      splitLine: { lineStyle: { color: c.splitLine } },
    },
    series: g.themes.map((theme, i) => ({
      type: 'bar' as const,
      id: theme,
      name: themeLabel(theme, lang),
      stack: 'articles',
      itemStyle: { color: THEME_COLORS[theme] },
      emphasis: { focus: 'series' as const },
      data: g.counts[i] ?? [],
    })),
  };
}

/** One row per year, one column per theme, as stacked in the chart. */
export function timelineTable(rows: readonly YearThemeCount[], lang: Lang): TableData {
  const g = toGrid(rows);
  return {
    columns: [messages(lang).table.year, ...g.themes.map((t) => themeLabel(t, lang))],
    types: ['year', ...g.themes.map(() => 'count' as const)],
    rows: g.years.map((year, y) => [year, ...g.themes.map((_, t) => g.counts[t]?.[y] ?? 0)]),
  };
}

function toGrid(rows: readonly YearThemeCount[]): Grid {
  let first = Infinity;
  let last = -Infinity;
  const present = new Set<ThemeId>();
  for (const r of rows) {
    if (!Number.isInteger(r.year) || r.articles <= 0) continue;
    first = Math.min(first, r.year);
    last = Math.max(last, r.year);
    present.add(r.theme);
  }
  if (first > last) return { years: [], themes: [], counts: [] };
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const themes = THEME_IDS.filter((t) => present.has(t));
  const position = new Map<ThemeId, number>(themes.map((t, i) => [t, i]));
  const counts = themes.map(() => years.map(() => 0));
  for (const r of rows) {
    const t = position.get(r.theme);
    const line = t === undefined ? undefined : counts[t];
    if (line && Number.isInteger(r.year) && r.articles > 0) line[r.year - first] = (line[r.year - first] ?? 0) + r.articles;
  }
  return { years, themes, counts };
}
