// A chart option drawn off-screen at a given size, without animation, for export (browser only):
// by the canvas renderer at a pixel ratio for PNG, by the SVG renderer as a string for SVG. The
// live chart on the page is left alone, so an export never catches it mid-animation or hovered.
import { echarts, ensureChinaMap, type ECOption } from '../charts/echarts.ts';

/** What to draw: the option, its CSS size, and whether it needs the China map. */
export interface ChartRenderInput {
  option: ECOption;
  width: number;
  height: number;
  map: boolean;
}

/** The chart on a canvas of width × scale by height × scale pixels over `background`. */
export async function renderChartCanvas(input: ChartRenderInput, background: string, scale: number): Promise<HTMLCanvasElement> {
  if (input.map) await ensureChinaMap();
  const chart = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: input.width,
    height: input.height,
    devicePixelRatio: scale,
  });
  try {
    chart.setOption({ ...input.option, animation: false });
    return chart.renderToCanvas({ backgroundColor: background, pixelRatio: scale });
  } finally {
    chart.dispose();
  }
}

/** The chart as an SVG document, its texts as text. */
export async function renderChartSvg(input: ChartRenderInput): Promise<string> {
  if (input.map) await ensureChinaMap();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: input.width, height: input.height });
  try {
    chart.setOption({ ...input.option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
