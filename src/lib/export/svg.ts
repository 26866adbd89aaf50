// SVG export: the chart as ECharts draws it with its SVG renderer (text stays text), nested in a
// document that adds the caption bands. Every text and attribute value written here goes through
// escapeXml; ECharts escapes the text it writes itself.
import type { ChartExportLayout, TextLine } from './layout.ts';

/** The colours and font the caption bands are drawn with. */
export interface BandStyle {
  background: string;
  text: string;
  subtext: string;
  font: string;
}

// Characters XML 1.0 does not allow at all: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An element with escaped attribute values and text; names are the caller's constants. */
export function element(name: string, attributes: Readonly<Record<string, string | number>>, text?: string): string {
  const a = attrs(attributes);
  return text === undefined ? `<${name}${a}/>` : `<${name}${a}>${escapeXml(text)}</${name}>`;
}

/**
 * ECharts' server-side SVG made a static picture: its hover styles and `ecmeta_*` attributes
 * (hooks for interactivity) are removed, and characters XML forbids dropped.
 */
export function cleanChartSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('not an SVG document');
  return svg
    .slice(start)
    .replace(NOT_XML, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\s+ecmeta_[a-z_]+="[^"]*"/g, '')
    .trim();
}

/**
 * The exported SVG: the caption bands' text around the chart's own SVG, which keeps its size and
 * is placed at the layout's chart position. Title and description are also the document's
 * accessible name.
 */
export function composeChartSvg(layout: ChartExportLayout, chartSvg: string, style: BandStyle, title: string, description: string): string {
  const { width, height, chart } = layout;
  const nested = cleanChartSvg(chartSvg).replace(/^<svg\b/, `<svg x="${chart.x}" y="${chart.y}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    element('title', {}, title),
    element('desc', {}, description),
    element('rect', { width, height, fill: style.background }),
    `<g${attrs({ 'font-family': style.font })}>`,
    ...layout.lines.map((l) => textElement(l, style)),
    '</g>',
    nested,
    '</svg>',
  ].join('\n');
}

function textElement(l: TextLine, style: BandStyle): string {
  const a: Record<string, string | number> = { x: l.x, y: l.y, 'font-size': l.size, fill: l.tone === 'text' ? style.text : style.subtext };
  if (l.bold) a['font-weight'] = 'bold';
  return element('text', a, l.text);
}

function attrs(a: Readonly<Record<string, string | number>>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}
