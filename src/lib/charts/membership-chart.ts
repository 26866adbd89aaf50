// Membership by year and place in up to three stacked panels sharing the year axis: members
// (lines), new members (bars) and membership rate (lines on a 0–100 % axis). Counts of people
// and rates never share an axis. A place keeps one colour in every panel, and the legend (one
// entry per place) shows or hides it everywhere. Running totals (period 'cumulative', e.g.
// 累计发展新会员) are their own series, drawn faded or dashed and named so in the tooltip.
import type { Period, Scope } from '../../../data-prep/core/types.ts';
import { periodLabel, provinceLabel } from '../format/labels.ts';
import { formatCompact, formatInteger } from '../format/number.ts';
import { formatPercent } from '../format/percent.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { MEMBERSHIP_KINDS, PERIODS, type MembershipKind } from '../i18n/vocabulary.ts';
import { baseOption, plotTop, tooltipStyle, type ChartOptions } from './base.ts';
import type { ECOption } from './echarts.ts';
import { chartColors, SERIES_PALETTE } from './palette.ts';
import type { TableData } from './table.ts';

/** One place's figure for a year: the largest reported when several articles give one. */
export interface MembershipSeriesPoint {
  provinceCode: string | null;
  /** Tells national from not-identified when provinceCode is null; absent, they share a series. */
  scope?: Scope;
  kind: MembershipKind;
  /** 'cumulative' marks running totals; absent means not stated. */
  period?: Period;
  year: number;
  /** People for members and new members; percentage points (92.5) for the rate. */
  value: number;
  /** How many reported figures the point rests on. */
  reports: number;
}

interface Place {
  key: string;
  label: string;
}

/** One drawn series: a kind, a period and a place. */
interface Line {
  kind: MembershipKind;
  period: Period;
  place: number;
}

interface Layout {
  years: number[];
  places: Place[];
  kinds: MembershipKind[];
  lines: Line[];
  /** `${kind}|${period}|${place key}|${year}` → value */
  values: Map<string, number>;
}

export function membershipChart(points: readonly MembershipSeriesPoint[], opts: ChartOptions): ECOption {
  const { lang } = opts;
  const m = messages(lang);
  const c = chartColors(opts.dark);
  const l = layout(points, lang);
  const kinds: MembershipKind[] = l.kinds.length ? l.kinds : ['members'];
  const legendTop = plotTop(opts) - 8;
  const axisName: Record<MembershipKind, string> = {
    members: m.charts.membership.axisMembers,
    'new-members': m.charts.membership.axisNewMembers,
    'membership-rate': m.charts.membership.axisRate,
  };
  const colour = (i: number) => SERIES_PALETTE[i % SERIES_PALETTE.length];
  const valueText = (kind: MembershipKind, v: unknown) =>
    typeof v !== 'number' ? '–' : kind === 'membership-rate' ? formatPercent(v, lang) : m.units.people(formatInteger(v, lang));
  return {
    ...baseOption(opts, {
      title: m.charts.membership.title,
      caption: m.charts.membership.caption,
      summary: l.years.length ? `${l.years[0]}–${l.years[l.years.length - 1]}` : m.empty.noMembership,
    }),
    tooltip: { ...tooltipStyle(opts.dark), trigger: 'axis' },
    legend: { type: 'scroll', top: legendTop, left: 12, right: 12, textStyle: { color: c.text } },
    // A fixed left edge keeps the panels' year axes aligned whatever their label widths. Sizes
    // are in pixels (see membershipHeight), so the legend, each panel's axis name above it and
    // the year labels of the panel before never run into each other.
    grid: kinds.map((_, i) => ({ left: 64, right: 16, top: panelTop(legendTop, i), height: PANEL })),
    xAxis: kinds.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: l.years.map(String),
      axisLabel: { color: c.subtext },
      axisLine: { lineStyle: { color: c.axisLine } },
    })),
    yAxis: kinds.map((kind, i) => ({
      type: 'value' as const,
      gridIndex: i,
      name: axisName[kind],
      nameTextStyle: { color: c.text, align: 'left' as const },
      ...(kind === 'membership-rate' ? { min: 0, max: 100 } : { minInterval: 1 }),
      axisLabel: {
        color: c.subtext,
        formatter: (v: number) => (kind === 'membership-rate' ? formatPercent(v, lang) : formatCompact(v, lang)),
      },
      splitLine: { lineStyle: { color: c.splitLine } },
    })),
    series: l.lines.map(({ kind, period, place }) => {
      const p = l.places[place] as Place;
      const panel = Math.max(kinds.indexOf(kind), 0);
      const running = period === 'cumulative';
      const common = {
        id: `${kind}:${period}:${p.key}`,
        name: p.label,
        xAxisIndex: panel,
        yAxisIndex: panel,
        itemStyle: { color: colour(place), opacity: running ? 0.5 : 1 },
        data: l.years.map((y) => l.values.get(key(kind, period, p.key, y)) ?? null),
        tooltip: {
          valueFormatter: (v: unknown) => (running ? aside(valueText(kind, v), periodLabel(period, lang), lang) : valueText(kind, v)),
        },
      };
      return kind === 'new-members'
        ? { ...common, type: 'bar' as const, barMaxWidth: 12 }
        : {
            ...common,
            type: 'line' as const,
            connectNulls: true,
            // A series is often one report; with decades of year categories ECharts would
            // otherwise thin the symbols out and a lone point would not be drawn at all.
            showAllSymbol: true,
            symbolSize: 6,
            lineStyle: { color: colour(place), type: running ? ('dashed' as const) : ('solid' as const) },
          };
    }),
  };
}

// Pixel layout: a legend row, then per panel the axis name's row and the plot, the year labels
// under each plot.
const LEGEND = 24;
const AXIS_NAME = 32;
const PANEL = 150;
const YEAR_LABELS = 30;

const panelTop = (legendTop: number, i: number) => legendTop + LEGEND + AXIS_NAME + i * (PANEL + YEAR_LABELS + AXIS_NAME + 8);

/** The chart's height in CSS pixels for these points: one panel per kind reported. */
export function membershipHeight(points: readonly MembershipSeriesPoint[], opts: Pick<ChartOptions, 'titled'> = {}): number {
  const kinds = Math.max(1, layout(points, 'en').kinds.length);
  return panelTop(plotTop(opts) - 8, kinds - 1) + PANEL + YEAR_LABELS;
}

/** One row per place × year, one column per indicator and period ('' where none was reported). */
export function membershipTable(points: readonly MembershipSeriesPoint[], lang: Lang): TableData {
  const m = messages(lang);
  const l = layout(points, lang);
  const columns = l.lines.filter((line, i) => l.lines.findIndex((x) => x.kind === line.kind && x.period === line.period) === i);
  const rows: (string | number)[][] = [];
  for (const p of l.places)
    for (const year of l.years) {
      const values = columns.map((col) => l.values.get(key(col.kind, col.period, p.key, year)) ?? '');
      if (values.some((v) => v !== '')) rows.push([p.label, year, ...values]);
    }
  return {
    columns: [
      m.table.province,
      m.table.year,
      ...columns.map((col) =>
        col.period === 'cumulative' ? aside(m.membershipKinds[col.kind], periodLabel(col.period, lang), lang) : m.membershipKinds[col.kind],
      ),
    ],
    types: ['text', 'year', ...columns.map((col) => (col.kind === 'membership-rate' ? ('percent' as const) : ('count' as const)))],
    rows,
  };
}

/** A remark in brackets: 浙江（累计）, Zhejiang (Cumulative). */
const aside = (text: string, remark: string, lang: Lang) => (lang === 'zh' ? `${text}（${remark}）` : `${text} (${remark})`);

const key = (kind: MembershipKind, period: Period, place: string, year: number) => `${kind}|${period}|${place}|${year}`;

// Places in code order, then national, not identified and unscoped; every year between the first
// and last reported, so gaps in reporting show as gaps. Series: kind, then period, then place.
function layout(points: readonly MembershipSeriesPoint[], lang: Lang): Layout {
  const values = new Map<string, number>();
  const places = new Map<string, Place>();
  const lines = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const p of points) {
    if (!Number.isInteger(p.year) || !Number.isFinite(p.value)) continue;
    const place = p.provinceCode ?? `~${p.scope === 'national' ? 1 : p.scope ? 2 : 3}`;
    const period = p.period ?? 'unspecified';
    const k = key(p.kind, period, place, p.year);
    values.set(k, Math.max(values.get(k) ?? -Infinity, p.value));
    places.set(place, { key: place, label: provinceLabel(p.provinceCode, lang, p.scope) });
    lines.add(`${p.kind}|${period}|${place}`);
    first = Math.min(first, p.year);
    last = Math.max(last, p.year);
  }
  const years = first > last ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const sorted = [...places.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const position = new Map(sorted.map((p, i) => [p.key, i]));
  const out: Line[] = [];
  for (const kind of MEMBERSHIP_KINDS)
    for (const period of PERIODS)
      for (const p of sorted)
        if (lines.has(`${kind}|${period}|${p.key}`)) out.push({ kind, period, place: position.get(p.key) ?? 0 });
  return { years, places: sorted, kinds: MEMBERSHIP_KINDS.filter((k) => out.some((x) => x.kind === k)), lines: out, values };
}
