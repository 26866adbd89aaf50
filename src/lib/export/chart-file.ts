// One chart's export as a named file: PNG (2× pixels, caption bands, opaque background), SVG
// (vector, same bands, text as text) or CSV (the chart's table). Browser only for PNG and SVG.
import { FONT } from '../charts/base.ts';
import type { ECOption } from '../charts/echarts.ts';
import { chartColors } from '../charts/palette.ts';
import type { TableData } from '../charts/table.ts';
import { canvasToPng, composeChartCanvas, PNG_SCALE } from './canvas.ts';
import { exportCaption, type ExportContext } from './caption.ts';
import { tableToCsv } from './csv.ts';
import { exportFileName, filterFileParts } from './file-name.ts';
import { chartExportLayout } from './layout.ts';
import { renderChartCanvas, renderChartSvg } from './render.ts';
import { composeChartSvg, type BandStyle } from './svg.ts';

export type ExportKind = 'png' | 'svg' | 'csv';

/** Everything a chart panel knows that its exports need. */
export interface ChartExportSpec {
  /** What the file name starts with: the chart, and the map's metric (map_activities). */
  name: string[];
  title: string;
  /** What the chart counts (the chart's caption, without page-only hints). */
  caption: string;
  table: TableData;
  option: ECOption;
  map: boolean;
  /** The chart's CSS size on the page. */
  width: number;
  height: number;
  context: ExportContext;
}

export interface ExportFile {
  name: string;
  blob: Blob;
}

/** The file name of an export: chart, filter, extension. */
export function chartFileName(spec: Pick<ChartExportSpec, 'name' | 'context'>, kind: ExportKind): string {
  return exportFileName([...spec.name, ...filterFileParts(spec.context.filters, spec.context.lang)], kind);
}

export function bandStyle(dark: boolean): BandStyle {
  const c = chartColors(dark);
  return { background: c.background, text: c.text, subtext: c.subtext, font: FONT };
}

export async function chartFile(spec: ChartExportSpec, kind: ExportKind): Promise<ExportFile> {
  const name = chartFileName(spec, kind);
  if (kind === 'csv') return { name, blob: new Blob([tableToCsv(spec.table)], { type: 'text/csv;charset=utf-8' }) };
  const caption = exportCaption(spec.title, spec.caption, spec.context, { map: spec.map });
  const layout = chartExportLayout(caption, spec.width, spec.height);
  const style = bandStyle(spec.context.dark);
  const input = { option: spec.option, width: spec.width, height: spec.height, map: spec.map };
  if (kind === 'png') {
    const chart = await renderChartCanvas(input, style.background, PNG_SCALE);
    return { name, blob: await canvasToPng(composeChartCanvas(layout, chart, style)) };
  }
  const description = [caption.caption, caption.filters, ...caption.footer].join('\n');
  const svg = composeChartSvg(layout, await renderChartSvg(input), style, caption.title, description);
  return { name, blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) };
}
