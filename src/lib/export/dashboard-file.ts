// The whole dashboard as one PNG (browser only): header, key figures, every chart panel drawn
// off-screen at its page size, and the sources, composed on one canvas.
import type { KeyFigures } from '../data/queries.ts';
import { chartColors } from '../charts/palette.ts';
import { keyFigureItems } from '../format/key-figures.ts';
import { messages } from '../i18n/messages.ts';
import { canvasToPng, composeDashboardCanvas, PNG_SCALE } from './canvas.ts';
import { creditLines, filterSummary, versionLine, type ExportContext } from './caption.ts';
import { bandStyle, type ChartExportSpec, type ExportFile } from './chart-file.ts';
import { dashboardLayout } from './dashboard-layout.ts';
import { exportFileName, filterFileParts } from './file-name.ts';
import { renderChartCanvas } from './render.ts';

/** A panel of the dashboard: its chart, or the message it shows instead. */
export interface DashboardPanelSpec extends Pick<ChartExportSpec, 'title' | 'option' | 'map' | 'width' | 'height'> {
  id: string;
  empty: string | null;
}

export interface DashboardExportSpec {
  context: ExportContext;
  keys: KeyFigures;
  panels: readonly DashboardPanelSpec[];
  /** The CSS width the panels were laid out in on the page. */
  width: number;
}

export function dashboardFileName(context: ExportContext): string {
  return exportFileName(['dashboard', ...filterFileParts(context.filters, context.lang)], 'png');
}

export async function dashboardFile(spec: DashboardExportSpec): Promise<ExportFile> {
  const { context: ctx } = spec;
  const m = messages(ctx.lang);
  const layout = dashboardLayout(
    {
      title: m.app.title,
      subtitle: m.app.subtitle,
      filters: filterSummary(ctx.filters, ctx.lang),
      version: versionLine(ctx),
      keys: keyFigureItems(spec.keys, ctx.lang).map((k) => ({ value: k.value, label: k.label })),
      panels: spec.panels.map((p) => ({ id: p.id, title: p.title, width: p.width, height: p.height, empty: p.empty })),
      footer: creditLines(ctx.lang, spec.panels.some((p) => p.map && p.empty === null)),
    },
    spec.width,
  );
  const style = { ...bandStyle(ctx.dark), border: chartColors(ctx.dark).splitLine };
  const charts = new Map<string, HTMLCanvasElement>();
  for (const p of spec.panels) {
    if (p.empty === null) charts.set(p.id, await renderChartCanvas(p, style.background, PNG_SCALE));
  }
  return { name: dashboardFileName(ctx), blob: await canvasToPng(composeDashboardCanvas(layout, charts, style)) };
}
