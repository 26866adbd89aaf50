// Option builders only: importing this never loads ECharts (echarts.ts is imported by the chart
// component, for `echarts`, `ensureChinaMap` and the `ECOption` type).
export type { ECOption } from './echarts.ts';
export type { ChartOptions } from './base.ts';
export { mapChart, mapTable, type MapChartOptions, type MapDatum, type MapMetric } from './map-chart.ts';
export { themesChart, themesTable, type ThemeCount } from './themes-chart.ts';
export { timelineChart, timelineTable, type YearThemeCount } from './timeline-chart.ts';
export { fundingChart, fundingTable, type FundingCell } from './funding-chart.ts';
export { membershipChart, membershipHeight, membershipTable, type MembershipSeriesPoint } from './membership-chart.ts';
export { formatCell, type ColumnType, type TableData } from './table.ts';
export { CATEGORY_COLORS, SERIES_PALETTE, THEME_COLORS, chartColors, type ChartColors } from './palette.ts';
