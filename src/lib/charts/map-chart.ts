// Choropleth of China by province. Series data is keyed by GB/T 2260 code (see geo/china-map.ts);
// provinces without data keep the grey `noData` fill, which the colour scale never uses.
// The map must be registered (ensureChinaMap) before this option is set.
import { formatInteger } from '../format/number.ts';
import { formatMoney, formatMoneyFull } from '../format/money.ts';
import { CHINA_MAP, CHINA_NAME_MAP, SOUTH_CHINA_SEA_REGION } from '../geo/china-map.ts';
import { isProvinceCode, provinceName } from '../geo/provinces.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { baseOption, plotTop, tooltipStyle, type ChartOptions } from './base.ts';
import type { ECOption } from './echarts.ts';
import { chartColors } from './palette.ts';
import type { TableData } from './table.ts';

/** One province's value: article count or yuan, by metric. */
export interface MapDatum {
  provinceCode: string;
  value: number;
}

export type MapMetric = 'activities' | 'funding';

export interface MapChartOptions extends ChartOptions {
  metric: MapMetric;
}

export function mapChart(rows: readonly MapDatum[], opts: MapChartOptions): ECOption {
  const { lang, metric } = opts;
  const m = messages(lang).charts.map;
  const c = chartColors(opts.dark);
  const data = provinceRows(rows);
  const max = data.reduce((acc, d) => Math.max(acc, d.value), 0);
  const top = data.reduce<MapDatum | null>((best, d) => (!best || d.value > best.value ? d : best), null);
  const region = (name: string) => (name === SOUTH_CHINA_SEA_REGION ? m.southChinaSea : provinceName(name, lang));
  const label = { show: false, color: c.text, fontSize: 10, formatter: (p: { name: string }) => region(p.name) };
  return {
    ...baseOption(opts, {
      title: metric === 'activities' ? m.titleActivities : m.titleFunding,
      caption: metric === 'activities' ? m.captionActivities : m.captionFunding,
      summary: top
        ? m.summary(formatInteger(data.length, lang), provinceName(top.provinceCode, lang), valueText(top.value, metric, lang))
        : messages(lang).charts.summaryEmpty,
    }),
    tooltip: {
      ...tooltipStyle(opts.dark),
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { name: string; value?: unknown };
        const value = typeof p.value === 'number' && !Number.isNaN(p.value) ? p.value : null;
        if (p.name === SOUTH_CHINA_SEA_REGION) return region(p.name);
        return `${region(p.name)}<br/>${value === null ? m.noData : valueText(value, metric, lang, true)}`;
      },
    },
    visualMap: {
      type: 'continuous',
      show: data.length > 0,
      min: 0,
      max: Math.max(max, 1),
      left: 12,
      bottom: 12,
      itemHeight: 100,
      calculable: false,
      // The scale's ends, with their unit: 6 篇 / 6 articles, 1078万元 / ¥10.8M.
      text: [valueText(Math.max(max, 1), metric, lang), valueText(0, metric, lang)],
      inRange: { color: c.sequential },
      textStyle: { color: c.subtext },
      formatter: (v: unknown) => (typeof v === 'number' ? axisText(v, metric, lang) : String(v)),
    },
    series: [
      {
        type: 'map',
        map: CHINA_MAP,
        nameMap: { ...CHINA_NAME_MAP },
        roam: false,
        selectedMode: false,
        top: plotTop(opts),
        bottom: 12,
        itemStyle: { areaColor: c.noData, borderColor: c.regionBorder, borderWidth: 0.8 },
        emphasis: { itemStyle: { areaColor: c.highlight }, label: { ...label, show: true } },
        label,
        data: [
          ...data.map((d) => ({ name: d.provinceCode, value: d.value })),
          // The inset is a frame with island marks, not a region with data: drawn in axis grey.
          {
            name: SOUTH_CHINA_SEA_REGION,
            itemStyle: { areaColor: c.axisLine, borderColor: c.axisLine, borderWidth: 0.5 },
            emphasis: { disabled: true },
          },
        ],
      },
    ],
  };
}

/** The map's data as a table: province and value, largest first, as the map shades them. */
export function mapTable(rows: readonly MapDatum[], opts: { lang: Lang; metric: MapMetric }): TableData {
  const t = messages(opts.lang).table;
  return {
    columns: [t.province, opts.metric === 'activities' ? t.articles : t.amount],
    types: ['text', opts.metric === 'activities' ? 'count' : 'money'],
    rows: provinceRows(rows).map((d) => [provinceName(d.provinceCode, opts.lang), d.value]),
  };
}

// Known provinces only, largest value first (ties in code order), so map and table agree.
function provinceRows(rows: readonly MapDatum[]): MapDatum[] {
  return rows
    .filter((r) => isProvinceCode(r.provinceCode) && Number.isFinite(r.value))
    .sort((a, b) => b.value - a.value || a.provinceCode.localeCompare(b.provinceCode));
}

function valueText(value: number, metric: MapMetric, lang: Lang, full = false): string {
  if (metric === 'funding') return full ? formatMoneyFull(value, lang) : formatMoney(value, lang);
  return messages(lang).units.articles(formatInteger(value, lang));
}

function axisText(value: number, metric: MapMetric, lang: Lang): string {
  return metric === 'funding' ? formatMoney(value, lang) : formatInteger(value, lang);
}
