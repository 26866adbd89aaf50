// Where the texts of an exported chart go: a band above the chart (title, caption, filter) and
// one below it (version, sources). In CSS pixels; the PNG is drawn at twice this, the SVG at it.
import type { ExportCaption } from './caption.ts';
import { wrapText } from './text-wrap.ts';

/** One line of text; `y` is its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  /** Main text colour, or the quieter one for captions and credits. */
  tone: 'text' | 'subtext';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chart with its caption bands: the whole image, where the chart goes, and the lines. */
export interface ChartExportLayout {
  width: number;
  height: number;
  chart: Box;
  lines: TextLine[];
}

/** How a kind of text is set: size and line height in px. */
export interface TextStyle {
  size: number;
  lead: number;
  bold?: boolean;
  tone: TextLine['tone'];
}

export const MARGIN = 16;
const BAND_PAD = 10;

export const STYLES = {
  title: { size: 16, lead: 22, bold: true, tone: 'text' },
  caption: { size: 12, lead: 17, tone: 'subtext' },
  filters: { size: 12, lead: 17, tone: 'text' },
  footer: { size: 11, lead: 15, tone: 'subtext' },
} satisfies Record<string, TextStyle>;

/**
 * Lays out `texts` from `top` down, each broken to `width`; returns the lines and the y below
 * the last one.
 */
export function textBlock(texts: readonly string[], style: TextStyle, x: number, top: number, width: number): { lines: TextLine[]; bottom: number } {
  const lines: TextLine[] = [];
  let y = top;
  for (const text of texts)
    for (const line of wrapText(text, width, style.size)) {
      lines.push({ text: line, x, y: baseline(y, style), size: style.size, bold: style.bold ?? false, tone: style.tone });
      y += style.lead;
    }
  return { lines, bottom: y };
}

/** The caption bands around a chart of the given CSS size (integers, as the page lays it out). */
export function chartExportLayout(c: ExportCaption, chartWidth: number, chartHeight: number): ChartExportLayout {
  const inner = Math.max(chartWidth - 2 * MARGIN, 80);
  const title = textBlock([c.title], STYLES.title, MARGIN, BAND_PAD, inner);
  const caption = textBlock([c.caption].filter(Boolean), STYLES.caption, MARGIN, title.bottom + 2, inner);
  const filters = textBlock([c.filters], STYLES.filters, MARGIN, caption.bottom + 2, inner);
  const header = Math.ceil(filters.bottom + BAND_PAD);
  const footer = textBlock(c.footer, STYLES.footer, MARGIN, header + chartHeight + BAND_PAD, inner);
  return {
    width: chartWidth,
    height: Math.ceil(footer.bottom + BAND_PAD),
    chart: { x: 0, y: header, width: chartWidth, height: chartHeight },
    lines: [...title.lines, ...caption.lines, ...filters.lines, ...footer.lines],
  };
}

// The baseline of a line set in a box of the style's line height starting at `top`.
function baseline(top: number, style: TextStyle): number {
  return Math.round((top + style.lead / 2 + style.size * 0.36) * 10) / 10;
}
