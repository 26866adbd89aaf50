// Draws options with ECharts' server-side SVG renderer, to prove they render, not just type-check.
import { afterEach, describe, expect, it } from 'vitest';
import { echarts, ensureChinaMap, type ECOption } from '../../src/lib/charts/echarts.ts';
import { fundingChart } from '../../src/lib/charts/funding-chart.ts';
import { mapChart } from '../../src/lib/charts/map-chart.ts';
import { membershipChart } from '../../src/lib/charts/membership-chart.ts';
import { themesChart } from '../../src/lib/charts/themes-chart.ts';
import { timelineChart } from '../../src/lib/charts/timeline-chart.ts';
import { series } from './option.ts';

let chart: ReturnType<typeof echarts.init> | null = null;
afterEach(() => {
  chart?.dispose(); // an undisposed SSR chart keeps its animation timer and the run alive
  chart = null;
});

function render(option: ECOption, width = 800, height = 600): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  // The first frame of an animated chart has bars of zero size: draw the final state.
  chart.setOption({ ...option, animation: false });
  return chart.renderToSVGString();
}

// Labels shown on every region, so the SVG text tells which regions were drawn.
function labelled(option: ECOption): ECOption {
  const [s] = series(option);
  return { ...option, series: [{ ...s, label: { ...(s?.label as object), show: true } }] } as ECOption;
}

describe('rendering to SVG', () => {
  it('mapChart renders every province and the South China Sea Islands inset', async () => {
    await ensureChinaMap();
    const svg = render(labelled(mapChart([{ provinceCode: '330000', value: 3 }], { lang: 'zh', dark: false, metric: 'activities' })));
    for (const name of ['浙江', '新疆', '台湾', '澳门', '南海诸岛']) expect(svg).toContain(`>${name}<`);
  });

  it('mapChart in English labels the regions in English', async () => {
    await ensureChinaMap();
    const svg = render(labelled(mapChart([], { lang: 'en', dark: true, metric: 'funding' })));
    for (const name of ['Zhejiang', 'Inner Mongolia', 'South China Sea Islands']) expect(svg).toContain(`>${name}<`);
  });

  it.each<[string, ECOption]>([
    ['themesChart', themesChart([{ theme: 'skills', articles: 4 }], { lang: 'zh', dark: false, titled: true })],
    ['timelineChart', timelineChart([{ year: 2020, theme: 'rights', articles: 2 }], { lang: 'en', dark: false })],
    ['fundingChart', fundingChart([{ provinceCode: '330000', category: 'spending', period: 'cumulative', total: 1e8, figures: 1 }], { lang: 'zh', dark: true })],
    ['membershipChart', membershipChart([{ provinceCode: '330000', kind: 'members', year: 2021, value: 1e6, reports: 1 }], { lang: 'en', dark: false })],
  ])('%s renders', (_name, option) => {
    const svg = render(option);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.length).toBeGreaterThan(1000);
  });

  it('fundingChart draws a bar for each cell', () => {
    const svg = render(
      fundingChart(
        [
          { provinceCode: '330000', category: 'spending', period: 'annual', total: 2e8, figures: 1 },
          { provinceCode: '330000', category: 'spending', period: 'cumulative', total: 9e8, figures: 1 },
        ],
        { lang: 'zh', dark: false },
      ),
    );
    expect(svg.match(/<path d="M[^"]*" fill="#4E79A7"/gi)?.length).toBe(2);
  });

  it('themesChart titled draws its title in the image', () => {
    expect(render(themesChart([{ theme: 'skills', articles: 4 }], { lang: 'zh', dark: false, titled: true }))).toContain('报道主题');
  });
});
