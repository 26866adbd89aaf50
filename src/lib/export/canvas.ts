// Drawing the exports into a canvas (browser only): the caption bands around a chart, or the
// whole dashboard, at `scale` device pixels per CSS pixel.
import type { DashboardLayout } from './dashboard-layout.ts';
import type { ChartExportLayout, TextLine } from './layout.ts';
import type { BandStyle } from './svg.ts';

/** Device pixels per CSS pixel of exported PNGs. */
export const PNG_SCALE = 2;

/** The band style plus the dashboard's panel frames. */
export interface DashboardStyle extends BandStyle {
  border: string;
}

/** A chart's picture with its caption bands; `chart` is the chart drawn at `scale`. */
export function composeChartCanvas(layout: ChartExportLayout, chart: CanvasImageSource, style: BandStyle, scale = PNG_SCALE): HTMLCanvasElement {
  const { canvas, ctx } = sheet(layout.width, layout.height, style.background, scale);
  drawLines(ctx, layout.lines, style, layout.width);
  const b = layout.chart;
  ctx.drawImage(chart, b.x, b.y, b.width, b.height);
  return canvas;
}

/** The dashboard: texts, key-figure boxes, panel frames and each panel's chart by id. */
export function composeDashboardCanvas(
  layout: DashboardLayout,
  charts: ReadonlyMap<string, CanvasImageSource>,
  style: DashboardStyle,
  scale = PNG_SCALE,
): HTMLCanvasElement {
  const { canvas, ctx } = sheet(layout.width, layout.height, style.background, scale);
  ctx.strokeStyle = style.border;
  ctx.lineWidth = 1;
  for (const { box } of [...layout.keys, ...layout.panels]) ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
  drawLines(ctx, layout.lines, style, layout.width);
  for (const k of layout.keys) drawLines(ctx, k.lines, style, k.box.x + k.box.width);
  for (const p of layout.panels) {
    drawLines(ctx, p.lines, style, p.box.x + p.box.width);
    const image = charts.get(p.id);
    if (p.chart && image) ctx.drawImage(image, p.chart.x, p.chart.y, p.chart.width, p.chart.height);
  }
  return canvas;
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

function sheet(width: number, height: number, background: string, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  // Opaque, in the theme's colour: a transparent PNG turns unreadable on the wrong background.
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  return { canvas, ctx };
}

// Each line at its baseline; squeezed rather than cut should the width estimate fall short.
function drawLines(ctx: CanvasRenderingContext2D, lines: readonly TextLine[], style: BandStyle, right: number): void {
  ctx.textBaseline = 'alphabetic';
  for (const l of lines) {
    ctx.font = `${l.bold ? 'bold ' : ''}${l.size}px ${style.font}`;
    ctx.fillStyle = l.tone === 'text' ? style.text : style.subtext;
    ctx.fillText(l.text, l.x, l.y, Math.max(right - l.x - 8, 10));
  }
}
