// ECharts, registered once with only what the dashboard draws. Chart modules import the
// `ECOption` type from here (type-only, so building an option never loads ECharts); the chart
// component imports `echarts` and awaits `ensureChinaMap()` before setting a map option.
import type {
  BarSeriesOption,
  LineSeriesOption,
  MapSeriesOption,
} from 'echarts/charts';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
// SVG for export and server-side rendering, canvas for the live charts.
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { CHINA_MAP } from '../geo/china-map.ts';
import { loadChinaGeoJson } from '../geo/china-geojson.ts';

echarts.use([
  MapChart,
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** An option object built only from the series and components registered above. */
export type ECOption = ComposeOption<
  | MapSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export { echarts };

let chinaMap: Promise<void> | null = null;

/**
 * Registers the China map on first call (loading its data chunk) and resolves when map options
 * can be set. Safe to call before every map render; a failed load is retried on the next call.
 */
export function ensureChinaMap(): Promise<void> {
  chinaMap ??= loadChinaGeoJson().then(
    (geo) => {
      // The map data is ECharts' compressed GeoJSON; its declared type is structural only.
      echarts.registerMap(CHINA_MAP, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      decodeOutlines();
    },
    (error: unknown) => {
      chinaMap = null;
      throw error;
    },
  );
  return chinaMap;
}

/**
 * Has ECharts decode the outlines now, on a chart of one pixel: it keeps them per map, and the
 * first map drawn would otherwise spend a good part of its time on them. The dashboard asks for
 * the map while its data is still loading, so this runs while the page waits.
 */
function decodeOutlines(): void {
  if (typeof document === 'undefined') return;
  const chart = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width: 1, height: 1 });
  chart.setOption({ animation: false, series: [{ type: 'map', map: CHINA_MAP }] });
  chart.dispose();
}
