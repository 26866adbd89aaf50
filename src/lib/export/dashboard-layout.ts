// The whole dashboard as one image: header (title, filter, data version), the key figures, then
// every chart panel at its page size, packed in rows in page order, and the sources at the
// bottom. CSS pixels; the PNG is drawn at twice this.
import { MARGIN, textBlock, type Box, type TextLine, type TextStyle } from './layout.ts';

/** A chart panel to place: its title and the chart's CSS size, or the message it shows instead. */
export interface DashboardPanel {
  id: string;
  title: string;
  width: number;
  height: number;
  empty: string | null;
}

export interface DashboardInput {
  title: string;
  subtitle: string;
  filters: string;
  version: string | null;
  keys: readonly { value: string; label: string }[];
  panels: readonly DashboardPanel[];
  footer: readonly string[];
}

export interface PlacedPanel {
  id: string;
  /** The panel's frame. */
  box: Box;
  /** Where its chart image goes; null for a panel showing a message. */
  chart: Box | null;
  lines: TextLine[];
}

export interface DashboardLayout {
  width: number;
  height: number;
  /** Header and footer lines. */
  lines: TextLine[];
  keys: { box: Box; lines: TextLine[] }[];
  panels: PlacedPanel[];
}

const GAP = 12;
const PAD = 12;
const STYLES = {
  title: { size: 22, lead: 30, bold: true, tone: 'text' },
  subtitle: { size: 13, lead: 19, tone: 'subtext' },
  filters: { size: 13, lead: 19, tone: 'text' },
  version: { size: 12, lead: 17, tone: 'subtext' },
  keyValue: { size: 20, lead: 26, bold: true, tone: 'text' },
  keyLabel: { size: 11, lead: 15, tone: 'subtext' },
  panelTitle: { size: 14, lead: 20, bold: true, tone: 'text' },
  empty: { size: 12, lead: 17, tone: 'subtext' },
  footer: { size: 11, lead: 15, tone: 'subtext' },
} satisfies Record<string, TextStyle>;

/** Lays the dashboard out `width` wide (wider if a panel needs it). */
export function dashboardLayout(input: DashboardInput, width: number): DashboardLayout {
  const full = Math.max(width, ...input.panels.map((p) => p.width + 2 * PAD + 2 * MARGIN));
  const inner = full - 2 * MARGIN;
  const lines: TextLine[] = [];
  let y = MARGIN;
  for (const [texts, style] of [
    [[input.title], STYLES.title],
    [[input.subtitle], STYLES.subtitle],
    [[input.filters], STYLES.filters],
    [input.version ? [input.version] : [], STYLES.version],
  ] as const) {
    const block = textBlock(texts, style, MARGIN, y, inner);
    lines.push(...block.lines);
    y = block.bottom;
  }
  y += GAP;

  const keys = keyBoxes(input.keys, y, inner);
  if (keys.length) y = Math.max(...keys.map((k) => k.box.y + k.box.height)) + GAP;

  const panels = packPanels(input.panels, y, inner);
  if (panels.length) y = Math.max(...panels.map((p) => p.box.y + p.box.height)) + GAP;

  const footer = textBlock(input.footer, STYLES.footer, MARGIN, y, inner);
  lines.push(...footer.lines);
  return { width: full, height: Math.ceil(footer.bottom + MARGIN), lines, keys, panels };
}

// The key figures side by side in equal boxes, as tall as the longest label needs.
function keyBoxes(keys: DashboardInput['keys'], top: number, inner: number): DashboardLayout['keys'] {
  if (!keys.length) return [];
  const w = (inner - GAP * (keys.length - 1)) / keys.length;
  const placed = keys.map((k, i) => {
    const x = MARGIN + i * (w + GAP);
    const value = textBlock([k.value], STYLES.keyValue, x + PAD, top + 8, w - 2 * PAD);
    const label = textBlock([k.label], STYLES.keyLabel, x + PAD, value.bottom, w - 2 * PAD);
    return { box: { x, y: top, width: w, height: label.bottom + 8 - top }, lines: [...value.lines, ...label.lines] };
  });
  const height = Math.max(...placed.map((k) => k.box.height));
  for (const k of placed) k.box.height = height;
  return placed;
}

// Panels left to right, a new row when the next does not fit; a row's frames share its height.
function packPanels(panels: readonly DashboardPanel[], top: number, inner: number): PlacedPanel[] {
  const out: PlacedPanel[] = [];
  let row: PlacedPanel[] = [];
  let x = MARGIN;
  let y = top;
  const endRow = () => {
    const height = Math.max(0, ...row.map((p) => p.box.height));
    for (const p of row) p.box.height = height;
    // A row that nearly fills the width is squared off at the right edge.
    const last = row.at(-1);
    const slack = last ? MARGIN + inner - (last.box.x + last.box.width) : 0;
    if (last && slack > 0 && slack < 48) last.box.width += slack;
    y += height + GAP;
    x = MARGIN;
    row = [];
  };
  for (const p of panels) {
    const w = p.width + 2 * PAD;
    if (row.length && x + w > MARGIN + inner + 0.5) endRow();
    const title = textBlock([p.title], STYLES.panelTitle, x + PAD, y + PAD, p.width);
    const body = title.bottom + 6;
    const empty = p.empty === null ? null : textBlock([p.empty], STYLES.empty, x + PAD, body, p.width);
    const chart = empty ? null : { x: x + PAD, y: body, width: p.width, height: p.height };
    const bottom = empty ? empty.bottom : body + p.height;
    const placed = { id: p.id, box: { x, y, width: w, height: bottom + PAD - y }, chart, lines: [...title.lines, ...(empty?.lines ?? [])] };
    row.push(placed);
    out.push(placed);
    x += w + GAP;
  }
  if (row.length) endRow();
  return out;
}
