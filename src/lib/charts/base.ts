// What every chart option shares: colours for the page's theme, the accessible description, and
// (for image export) a title and caption drawn inside the chart.
import type { Lang } from '../i18n/lang.ts';
import type { ECOption } from './echarts.ts';
import { chartColors } from './palette.ts';

/** Options every chart builder takes. */
export interface ChartOptions {
  lang: Lang;
  dark: boolean;
  /** Draw title and caption inside the chart, for an exported image; the page shows its own. */
  titled?: boolean;
}

/** The texts a chart carries: shown when titled, and read out by screen readers. */
export interface ChartText {
  title: string;
  caption: string;
  /** A sentence on what the data shows (largest value, count), appended to the caption. */
  summary: string;
}

/** The charts' font stack, also used for the texts drawn around exported charts. */
export const FONT = "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** Space above the plot: room for the title block when there is one. */
export function plotTop(opts: Pick<ChartOptions, 'titled'>): number {
  return opts.titled ? 88 : 16;
}

export function baseOption(opts: ChartOptions, text: ChartText): ECOption {
  const c = chartColors(opts.dark);
  const description = [opts.titled ? '' : text.title, text.caption, text.summary].filter(Boolean).join(' ');
  return {
    darkMode: opts.dark,
    // Bars and lines that appear with a filter change grow in as fast as the others move (ECharts'
    // default, a second, kept the charts busy well after the data was on screen).
    animationDuration: 300,
    backgroundColor: opts.titled ? c.background : 'transparent',
    textStyle: { color: c.text, fontFamily: FONT },
    aria: { enabled: true, label: { enabled: true, description } },
    title: opts.titled
      ? {
          text: text.title,
          subtext: text.caption,
          left: 12,
          top: 8,
          textStyle: { color: c.text, fontSize: 16 },
          subtextStyle: { color: c.subtext, fontSize: 12, width: 640, overflow: 'break' },
        }
      : undefined,
  };
}

/** Tooltip colours for the page's theme; each chart adds its trigger and formatter. */
export function tooltipStyle(dark: boolean) {
  const c = chartColors(dark);
  return {
    backgroundColor: c.tooltipBackground,
    borderColor: c.axisLine,
    textStyle: { color: c.text },
    confine: true,
  };
}
