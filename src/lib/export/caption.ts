// The words an exported image carries, so it explains itself away from the page: the chart's
// title and what it counts, the filter in words, the data version and date, and the sources.
import type { FilterState } from '../state/filter-model.ts';
import { formatDate, formatYearRange } from '../format/date.ts';
import { themeLabel } from '../format/labels.ts';
import { provinceName } from '../geo/provinces.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';

/** What every export of the current view shares: language, theme, filter and data version. */
export interface ExportContext {
  lang: Lang;
  dark: boolean;
  filters: FilterState;
  /** The dataset version (manifest), shortened in the image as on the page. */
  version: string | null;
  /** When the dataset was generated: an ISO time or date. */
  generatedAt: string | null;
}

/** The texts drawn around a chart: above it title, caption and filter; below it the footer. */
export interface ExportCaption {
  title: string;
  caption: string;
  filters: string;
  /** Data version and date, source credit, and the map data's licence for a map. */
  footer: string[];
}

/** Characters of the version shown, as in the page header. */
export const VERSION_CHARS = 8;

export function exportCaption(title: string, caption: string, ctx: ExportContext, opts: { map?: boolean } = {}): ExportCaption {
  return { title, caption, filters: filterSummary(ctx.filters, ctx.lang), footer: footerLines(ctx, opts.map ?? false) };
}

/** The filter in words: 筛选：浙江、江苏 · 技能竞赛 · 2021–2022年 (or 全部省份 …). */
export function filterSummary(f: FilterState, lang: Lang): string {
  const m = messages(lang);
  const list = (names: string[]) => names.join(m.export.list);
  return m.export.filters(
    f.provinces.length ? list(f.provinces.map((c) => provinceName(c, lang))) : m.filters.allProvinces,
    f.themes.length ? list(f.themes.map((t) => themeLabel(t, lang))) : m.filters.allThemes,
    formatYearRange(f.from, f.to, lang) || m.filters.allYears,
  );
}

/** Version and date, the source credit, and for a map the map data's licence. */
export function footerLines(ctx: ExportContext, map: boolean): string[] {
  const version = versionLine(ctx);
  return [...(version ? [version] : []), ...creditLines(ctx.lang, map)];
}

/** 数据版本 a2ace27b · 生成于 2026年11月21日, or null when the version is not known. */
export function versionLine(ctx: Pick<ExportContext, 'lang' | 'version' | 'generatedAt'>): string | null {
  if (!ctx.version) return null;
  const date = ctx.generatedAt ? formatDate(ctx.generatedAt.slice(0, 10), ctx.lang) : '–';
  return messages(ctx.lang).export.version(ctx.version.slice(0, VERSION_CHARS), date);
}

/** Where the numbers come from, and the map data's licence when a map is shown. */
export function creditLines(lang: Lang, map: boolean): string[] {
  const m = messages(lang).export;
  return map ? [m.source, m.mapData] : [m.source];
}
